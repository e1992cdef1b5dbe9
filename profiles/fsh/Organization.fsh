Profile: NoIpOrganization
Parent: $NoBasisOrganization
Id: no-ip-Organization
Title: "IP Virksomhet"
Description: "A service or agency in the plan work: municipality and its koordinerende enhet, health trust, fastlege practice, NAV office, school, kindergarten, PPT. Derived from HL7 Norway's no-basis-Organization (identifier slices ENH and RSH, type slices for organisatorisk nivå 8628 and betegnelse 8624, no-basis-Address); the IP adds the HER-id and kommunenummer slices, which no-basis does not have, and the service sector."
* identifier 1..* MS
* identifier[ENH] 0..1 MS
* identifier[ENH] obeys no-ip-orgnr
* identifier[RSH] 0..1 MS
* identifier contains HER 0..1 MS and KOMMUNENR 0..1 MS
* identifier[HER] ^short = "HER-id (Adresseregisteret)"
* identifier[HER].system 1..1
* identifier[HER].system = $herid (exactly)
* identifier[HER].value 1..1
* identifier[KOMMUNENR] ^short = "Kommunenummer, for a municipality"
* identifier[KOMMUNENR] obeys no-ip-kommunenr
* identifier[KOMMUNENR].system 1..1
* identifier[KOMMUNENR].system = $kommunenr (exactly)
* identifier[KOMMUNENR].value 1..1
* active MS
* type MS
* type from NoIpTjenestesektorVS (extensible)
* type ^short = "Service sector: kommune, spesialisthelsetjeneste, NAV, skole …"
* name 1..1 MS
* telecom MS
* address MS
* partOf MS
* partOf only Reference(NoIpOrganization)

Invariant: no-ip-kommunenr
Description: "Kommunenummer has four digits."
Severity: #error
Expression: "value.all(matches('^[0-9]{4}$'))"
