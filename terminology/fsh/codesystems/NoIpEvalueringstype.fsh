CodeSystem: NoIpEvalueringstype
Id: no-ip-evalueringstype
Title: "Evalueringstype"
Description: "Typer registreringer i evaluering av individuell plan. (Kinds of records made when an individual plan is evaluated.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #maloppnaelse "Måloppnåelse" "Vurdering av framdrift mot et mål på et tidspunkt."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Måloppnåing"
  * ^designation[1].language = #en
  * ^designation[1].value = "Goal attainment"
