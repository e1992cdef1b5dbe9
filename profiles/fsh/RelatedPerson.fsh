Profile: NoIpRelatedPerson
Parent: RelatedPerson
Id: no-ip-RelatedPerson
Title: "IP Pårørende"
Description: "A relative (pårørende), parent or guardian (verge) who takes part in the plan work as far as the patient wishes. Identifier slices and systems as for no-basis persons."
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains FNR 0..1 MS and DNR 0..1 MS
* identifier[FNR] ^short = "Fødselsnummer"
* identifier[FNR] obeys no-ip-fnr
* identifier[FNR].system 1..1
* identifier[FNR].system = $fnr (exactly)
* identifier[FNR].value 1..1
* identifier[DNR] ^short = "D-nummer"
* identifier[DNR] obeys no-ip-dnr
* identifier[DNR].system 1..1
* identifier[DNR].system = $dnr (exactly)
* identifier[DNR].value 1..1
* active MS
* patient MS
* patient only Reference(NoIpPatient)
* relationship 1..* MS
* relationship ^short = "How the person is related to the patient (e.g. v3-RoleCode MTH, FTH, SPS, GUARD)"
* name 1..* MS
* telecom MS
