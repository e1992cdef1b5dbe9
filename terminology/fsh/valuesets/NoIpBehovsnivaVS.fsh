ValueSet: NoIpBehovsnivaVS
Id: no-ip-behovsniva
Title: "Behovsnivå"
Description: "Alle koder i behovsnivå. (Need levels used in planning.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpBehovsniva
