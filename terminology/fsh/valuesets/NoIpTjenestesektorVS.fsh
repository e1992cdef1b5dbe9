ValueSet: NoIpTjenestesektorVS
Id: no-ip-tjenestesektor
Title: "Tjenestesektor"
Description: "Alle koder i tjenestesektor. (Services, sectors and agencies taking part in the plan work.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpTjenestesektor
