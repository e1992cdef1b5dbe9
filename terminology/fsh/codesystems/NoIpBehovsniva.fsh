CodeSystem: NoIpBehovsniva
Id: no-ip-behovsniva
Title: "Behovsnivå"
Description: "Nivå på pasientens behov for koordinerte tjenester, brukt i planleggingen. (Need levels used in planning.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #mindre "Mindre behov" "Behov som kan dekkes med få tjenester og enkel koordinering."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Mindre behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Minor needs"
* #middels "Middels behov" "Behov for flere tjenester over tid."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Middels behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Moderate needs"
* #omfattende "Omfattende behov" "Sammensatte behov for mange tjenester og tett koordinering."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Omfattande behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Extensive needs"
