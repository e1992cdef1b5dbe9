ValueSet: NoIpEvalueringstypeVS
Id: no-ip-evalueringstype
Title: "Evalueringstype"
Description: "Alle koder i evalueringstype. (Kinds of records made when an individual plan is evaluated.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpEvalueringstype
