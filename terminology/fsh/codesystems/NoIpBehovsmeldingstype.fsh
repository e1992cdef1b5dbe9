CodeSystem: NoIpBehovsmeldingstype
Id: no-ip-behovsmeldingstype
Title: "Behovsmeldingstype"
Description: "Hva en melding om behov til koordinerende enhet gjelder. (What a report of need to the koordinerende enhet asks for.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #individuell-plan "Individuell plan" "Melding om at personen kan ha behov for individuell plan (og koordinator)."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Individuell plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Individual plan"
* #koordinator "Koordinator" "Melding om at personen kan ha behov for koordinator, også der individuell plan ikke er ønsket."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Koordinator"
  * ^designation[1].language = #en
  * ^designation[1].value = "Coordinator"
