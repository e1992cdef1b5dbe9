CodeSystem: NoIpTjenestesektor
Id: no-ip-tjenestesektor
Title: "Tjenestesektor"
Description: "Tjenester, sektorer og etater som deltar i planarbeidet. (Services, sectors and agencies taking part in the plan work.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #kommune "Kommunale helse- og omsorgstjenester" "Kommunens helse- og omsorgstjenester, inkludert koordinerende enhet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kommunale helse- og omsorgstenester"
  * ^designation[1].language = #en
  * ^designation[1].value = "Municipal health and care services"
* #spesialisthelsetjeneste "Spesialisthelsetjenesten" "Helseforetak, f.eks. habiliterings- eller rehabiliteringstjenesten."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Spesialisthelsetenesta"
  * ^designation[1].language = #en
  * ^designation[1].value = "Specialist health service"
* #fastlege "Fastlege" "Fastlegeordningen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fastlege"
  * ^designation[1].language = #en
  * ^designation[1].value = "Regular general practitioner"
* #nav "NAV" "Arbeids- og velferdsforvaltningen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "NAV"
  * ^designation[1].language = #en
  * ^designation[1].value = "Norwegian Labour and Welfare Administration"
* #skole "Skole" "Grunnskole og videregående skole."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Skule"
  * ^designation[1].language = #en
  * ^designation[1].value = "School"
* #barnehage "Barnehage" "Barnehage."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Barnehage"
  * ^designation[1].language = #en
  * ^designation[1].value = "Kindergarten"
* #ppt "Pedagogisk-psykologisk tjeneste (PPT)" "PP-tjenesten."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Pedagogisk-psykologisk teneste (PPT)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Educational-psychological service"
* #barnevern "Barnevern" "Barnevernstjenesten."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Barnevern"
  * ^designation[1].language = #en
  * ^designation[1].value = "Child welfare service"
* #frivillig "Frivillig organisasjon" "Frivillige organisasjoner, f.eks. brukerorganisasjoner."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Frivillig organisasjon"
  * ^designation[1].language = #en
  * ^designation[1].value = "Voluntary organisation"
* #laering-mestring "Lærings- og mestringstjeneste" "Lærings- og mestringssentre i kommune og helseforetak."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Lærings- og meistringsteneste"
  * ^designation[1].language = #en
  * ^designation[1].value = "Learning and coping service"
