ValueSet: NoIpFunksjonsomradeVS
Id: no-ip-funksjonsomrade
Title: "Funksjonsområde"
Description: "Alle koder i funksjonsområde. (Functional areas the plan's goals and measures span.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpFunksjonsomrade
