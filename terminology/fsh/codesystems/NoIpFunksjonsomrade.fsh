CodeSystem: NoIpFunksjonsomrade
Id: no-ip-funksjonsomrade
Title: "Funksjonsområde"
Description: "Funksjonsområdene planens mål og tiltak spenner over. (Functional areas the plan's goals and measures span.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #fysisk "Fysisk" "Fysisk funksjon, motorikk og mobilitet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fysisk"
  * ^designation[1].language = #en
  * ^designation[1].value = "Physical"
* #kognitiv "Kognitiv" "Hukommelse, oppmerksomhet, språk og problemløsning."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kognitiv"
  * ^designation[1].language = #en
  * ^designation[1].value = "Cognitive"
* #sosial "Sosial" "Sosialt samspill og deltakelse."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Sosial"
  * ^designation[1].language = #en
  * ^designation[1].value = "Social"
* #psykisk "Psykisk" "Psykisk helse."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Psykisk"
  * ^designation[1].language = #en
  * ^designation[1].value = "Mental"
* #psykososial "Psykososial" "Samspillet mellom psykiske og sosiale forhold."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Psykososial"
  * ^designation[1].language = #en
  * ^designation[1].value = "Psychosocial"
* #medisinsk "Medisinsk" "Medisinsk oppfølging og behandling."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Medisinsk"
  * ^designation[1].language = #en
  * ^designation[1].value = "Medical"
* #sanseomradet "Sanseområdet" "Syn, hørsel og andre sanser."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Sanseområdet"
  * ^designation[1].language = #en
  * ^designation[1].value = "Sensory"
* #laering-mestring "Læring og mestring" "Læring, mestring av hverdagen og egen helse."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Læring og meistring"
  * ^designation[1].language = #en
  * ^designation[1].value = "Learning and coping"
* #arbeid-utdanning "Arbeid og utdanning" "Arbeid, skole og utdanning."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Arbeid og utdanning"
  * ^designation[1].language = #en
  * ^designation[1].value = "Work and education"
