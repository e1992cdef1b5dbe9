ValueSet: NoIpRolleVS
Id: no-ip-rolle
Title: "IP-roller"
Description: "Alle koder i ip-roller. (Roles in the work on an individual plan and in the ansvarsgruppe (responsible group).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpRolle
