ValueSet: NoIpKartleggingVS
Id: no-ip-kartlegging
Title: "Kartleggingstype"
Description: "Alle koder i kartleggingstype. (Whether a mapped circumstance is a need or a resource (strength) of the patient.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpKartlegging
