CodeSystem: NoIpSamtykketype
Id: no-ip-samtykketype
Title: "Samtykketype"
Description: "Hva et samtykke i planarbeidet gjelder. (What a consent in the plan work is about.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #individuell-plan "Samtykke til individuell plan" "Samtykke til at det utarbeides individuell plan og oppnevnes koordinator, og til hvem som får se hvilke opplysninger."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Samtykke til individuell plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Consent to an individual plan"
