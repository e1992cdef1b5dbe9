Profile: NoIpPatient
Parent: Patient
Id: no-ip-Patient
Title: "IP Pasient"
Description: "The person the individual plan belongs to. Identified by fødselsnummer, D-nummer or FH-nummer with the systems of HL7 Norway's no-basis-Patient, so the resource is also a valid no-basis Patient."
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Slices as in no-basis-Patient: one per Norwegian person identifier system."
* identifier contains FNR 0..1 MS and DNR 0..1 MS and FHN 0..1 MS
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
* identifier[FHN] ^short = "Felles hjelpenummer"
* identifier[FHN] obeys no-ip-fhn
* identifier[FHN].system 1..1
* identifier[FHN].system = $fhn (exactly)
* identifier[FHN].value 1..1
* name 1..* MS
* birthDate MS
* address MS
* telecom MS
* contact MS

