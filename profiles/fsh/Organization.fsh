Profile: NoIpOrganization
Parent: Organization
Id: no-ip-Organization
Title: "IP Virksomhet"
Description: "A service or agency in the plan work: municipality and its koordinerende enhet, health trust, fastlege practice, NAV office, school, kindergarten, PPT. Identifier slices and systems as in no-basis-Organization."
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Slices as in no-basis-Organization, plus the kommunenummer for municipalities."
* identifier contains ENH 0..1 MS and RSH 0..1 MS and HER 0..1 MS and KOMMUNENR 0..1 MS
* identifier[ENH] ^short = "Organisasjonsnummer (Enhetsregisteret)"
* identifier[ENH] obeys no-ip-orgnr
* identifier[ENH].system 1..1
* identifier[ENH].system = $orgnr (exactly)
* identifier[ENH].value 1..1
* identifier[RSH] ^short = "RESH-id (Register for enheter i spesialisthelsetjenesten)"
* identifier[RSH].system 1..1
* identifier[RSH].system = $resh (exactly)
* identifier[RSH].value 1..1
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
