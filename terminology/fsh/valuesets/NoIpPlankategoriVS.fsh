ValueSet: NoIpPlankategoriVS
Id: no-ip-plankategori
Title: "Plankategori"
Description: "Alle koder i plankategori. (Plan categories: the individual plan and the sub-plans that hang under it (CarePlan.partOf).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpPlankategori
