Profile: NoIpPractitioner
Parent: Practitioner
Id: no-ip-Practitioner
Title: "IP Helsepersonell og tjenesteyter"
Description: "A person who provides services in the plan work. Health personnel are identified by HPR-nummer; other service providers (teacher, NAV advisor) may carry only a fødselsnummer or no national identifier. Identifier slices and systems as in no-basis-Practitioner."
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Slices as in no-basis-Practitioner."
* identifier contains HPR 0..1 MS and FNR 0..1 MS and DNR 0..1 MS
* identifier[HPR] ^short = "HPR-nummer (Helsepersonellregisteret)"
* identifier[HPR] obeys no-ip-hpr
* identifier[HPR].system 1..1
* identifier[HPR].system = $hpr (exactly)
* identifier[HPR].value 1..1
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
* name 1..* MS
* telecom MS
* qualification MS
* qualification.code from HelsepersonellkategoriVS (extensible)
* qualification.code ^short = "Health personnel category (Volven 9060)"
