ValueSet: NoIpSamtykketypeVS
Id: no-ip-samtykketype
Title: "Samtykketype"
Description: "Alle koder i samtykketype. (What a consent in the plan work is about.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpSamtykketype
