// Volven 9060 Kategori helsepersonell, under its official OID. Only the categories this guide
// uses are listed (content = fragment); the full list is published in Volven by the Norwegian
// Directorate of Health.

CodeSystem: Helsepersonellkategori
Id: volven-9060
Title: "Kategori helsepersonell (Volven 9060)"
Description: "Kategorier av helsepersonell etter helsepersonelloven (Volven 9060). Utdrag. (Health personnel categories, excerpt.)"
* ^url = "urn:oid:2.16.578.1.12.4.1.1.9060"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #fragment
* #AA "Ambulansearbeider"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Ambulansearbeidar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Ambulance worker"
* #AU "Audiograf"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Audiograf"
  * ^designation[1].language = #en
  * ^designation[1].value = "Audiologist"
* #BI "Bioingeniør"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Bioingeniør"
  * ^designation[1].language = #en
  * ^designation[1].value = "Biomedical laboratory scientist"
* #ET "Ergoterapeut"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Ergoterapeut"
  * ^designation[1].language = #en
  * ^designation[1].value = "Occupational therapist"
* #FT "Fysioterapeut"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fysioterapeut"
  * ^designation[1].language = #en
  * ^designation[1].value = "Physiotherapist"
* #HF "Helsefagarbeider"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Helsefagarbeidar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Health care worker"
* #HP "Hjelpepleier"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Hjelpepleiar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Auxiliary nurse"
* #JO "Jordmor"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Jordmor"
  * ^designation[1].language = #en
  * ^designation[1].value = "Midwife"
* #KI "Kiropraktor"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kiropraktor"
  * ^designation[1].language = #en
  * ^designation[1].value = "Chiropractor"
* #LE "Lege"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Lege"
  * ^designation[1].language = #en
  * ^designation[1].value = "Physician"
* #OP "Optiker"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Optiker"
  * ^designation[1].language = #en
  * ^designation[1].value = "Optician"
* #PS "Psykolog"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Psykolog"
  * ^designation[1].language = #en
  * ^designation[1].value = "Psychologist"
* #RA "Radiograf"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Radiograf"
  * ^designation[1].language = #en
  * ^designation[1].value = "Radiographer"
* #SP "Sykepleier"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Sjukepleiar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Nurse"
* #TL "Tannlege"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Tannlege"
  * ^designation[1].language = #en
  * ^designation[1].value = "Dentist"
* #VP "Vernepleier"
  * ^designation[0].language = #nn
  * ^designation[0].value = "Vernepleiar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Social educator"
