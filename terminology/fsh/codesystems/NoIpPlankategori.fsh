CodeSystem: NoIpPlankategori
Id: no-ip-plankategori
Title: "Plankategori"
Description: "Kategorier av planer: individuell plan og delplaner som henger under den. (Plan categories: the individual plan and the sub-plans that hang under it (CarePlan.partOf).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #individuell-plan "Individuell plan" "Pasientens ene individuelle plan (IP)."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Individuell plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Individual plan"
* #behandlingsplan "Behandlingsplan" "Delplan for behandling i en helsetjeneste."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Behandlingsplan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Treatment plan"
* #iop "Individuell opplæringsplan (IOP)" "Delplan for spesialundervisning i skolen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Individuell opplæringsplan (IOP)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Individual education plan"
* #treningsplan "Treningsplan" "Delplan for trening, f.eks. fysioterapi eller ergoterapi."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Treningsplan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Training plan"
* #aktivitetsplan "Aktivitetsplan (NAV)" "Delplan for arbeidsrettet oppfølging i NAV."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Aktivitetsplan (NAV)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Activity plan (NAV)"
* #tiltaksplan "Tiltaksplan (barnevern)" "Delplan for tiltak i barnevernet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Tiltaksplan (barnevern)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Measures plan (child welfare)"
