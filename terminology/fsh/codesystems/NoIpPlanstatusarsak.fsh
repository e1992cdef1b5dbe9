CodeSystem: NoIpPlanstatusarsak
Id: no-ip-planstatusarsak
Title: "Årsak til planstatus"
Description: "Hvorfor en plan er avsluttet før tiden (CarePlan.status = revoked). (Why a plan was ended early (CarePlan.status = revoked).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #samtykke-trukket "Samtykke trukket" "Pasienten (eller den som samtykker på vegne av pasienten) har trukket samtykket."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Samtykke trekt"
  * ^designation[1].language = #en
  * ^designation[1].value = "Consent withdrawn"
* #behov-opphort "Behovet har opphørt" "Pasienten har ikke lenger behov for langvarige og koordinerte tjenester."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Behovet har opphøyrt"
  * ^designation[1].language = #en
  * ^designation[1].value = "Need has ended"
* #flyttet "Flyttet" "Pasienten har flyttet, og planen videreføres av en annen kommune."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Flytta"
  * ^designation[1].language = #en
  * ^designation[1].value = "Moved"
* #dod "Død" "Pasienten er død."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Død"
  * ^designation[1].language = #en
  * ^designation[1].value = "Deceased"
* #erstattet "Erstattet av ny plan" "Planen er erstattet av en ny plan."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Erstatta av ny plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Replaced by a new plan"
* #annet "Annet" "Annen årsak, beskrevet i tekst."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Anna"
  * ^designation[1].language = #en
  * ^designation[1].value = "Other"
