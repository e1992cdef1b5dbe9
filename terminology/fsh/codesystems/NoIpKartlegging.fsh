CodeSystem: NoIpKartlegging
Id: no-ip-kartlegging
Title: "Kartleggingstype"
Description: "Om et kartlagt forhold er et behov eller en ressurs hos pasienten. (Whether a mapped circumstance is a need or a resource (strength) of the patient.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #behov "Behov" "Noe pasienten trenger hjelp eller tjenester til."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Need"
* #ressurs "Ressurs" "Noe pasienten mestrer eller har med seg, og som planen kan bygge på."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Ressurs"
  * ^designation[1].language = #en
  * ^designation[1].value = "Resource (strength)"
