CodeSystem: NoIpRolle
Id: no-ip-rolle
Title: "IP-roller"
Description: "Roller i arbeidet med individuell plan og i ansvarsgruppen. Det finnes ingen nasjonal kode for disse rollene. (Roles in the work on an individual plan and in the ansvarsgruppe (responsible group).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #koordinator "Koordinator" "Tjenesteyteren med hovedansvar for oppfølging, samordning og framdrift i planen. Nøyaktig én til enhver tid."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Koordinator"
  * ^designation[1].language = #en
  * ^designation[1].value = "Coordinator"
* #kontaktperson "Kontaktperson" "Fast kontaktperson i en tjeneste som deltar i planarbeidet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kontaktperson"
  * ^designation[1].language = #en
  * ^designation[1].value = "Contact person"
* #fastlege "Fastlege" "Pasientens fastlege."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fastlege"
  * ^designation[1].language = #en
  * ^designation[1].value = "Regular general practitioner"
* #pasient "Pasient/bruker" "Personen planen tilhører."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Pasient/brukar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Patient/service user"
* #parorende "Pårørende" "Pårørende som deltar så langt pasienten ønsker det."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Pårørande"
  * ^designation[1].language = #en
  * ^designation[1].value = "Next of kin"
* #verge "Verge" "Verge eller foresatt som ivaretar pasientens rettigheter."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Verje"
  * ^designation[1].language = #en
  * ^designation[1].value = "Legal guardian"
* #tjenesteyter "Tjenesteyter" "Representant for en tjeneste eller etat som bidrar med tiltak."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Tenesteytar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Service provider"
* #leder-ansvarsgruppe "Leder av ansvarsgruppe" "Leder møtene i ansvarsgruppen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Leiar av ansvarsgruppe"
  * ^designation[1].language = #en
  * ^designation[1].value = "Chair of the responsible group"
* #koordinerende-enhet "Koordinerende enhet" "Representant for koordinerende enhet i kommunen eller helseforetaket."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Koordinerande eining"
  * ^designation[1].language = #en
  * ^designation[1].value = "Coordinating unit"
