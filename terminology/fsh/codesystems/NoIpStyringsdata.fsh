CodeSystem: NoIpStyringsdata
Id: no-ip-styringsdata
Title: "Styringsdata"
Description: "Koder for indikatorene om individuell plan: hvordan tallene er delt opp (stratifisering) og hvilket mål en gruppe gir. (Codes of the individual-plan indicators: stratifiers and the figure a group reports.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #kommune "Kommune" "Kommunen som har ansvaret for planen: kommunenummeret til ansvarsgruppens koordinerende enhet (eller virksomheten den er del av)."
* #helseforetak "Helseforetak" "Helseforetaket som deltar i ansvarsgruppen (øverste virksomhet i spesialisthelsetjenesten blant deltakerne)."
* #aldersgruppe "Aldersgruppe" "Personens alder ved periodens slutt: 0-17, 18-66 eller 67+."
* #median "Median" "Medianen (50-persentilen) av målingene, i dager."
* #p90 "90-persentil" "90-persentilen av målingene, i dager."
