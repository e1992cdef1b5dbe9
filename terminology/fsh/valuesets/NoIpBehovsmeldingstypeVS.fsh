ValueSet: NoIpBehovsmeldingstypeVS
Id: no-ip-behovsmeldingstype
Title: "Behovsmeldingstype"
Description: "Alle koder i behovsmeldingstype. (What a report of need asks for.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpBehovsmeldingstype
