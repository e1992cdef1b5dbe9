ValueSet: NoIpDelplankategoriVS
Id: no-ip-delplankategori
Title: "Delplankategori"
Description: "Kategorier for delplaner som henger under en individuell plan (CarePlan.partOf). (Sub-plan categories.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpPlankategori
* exclude NoIpPlankategori#individuell-plan
