Profile: NoIpPractitioner
Parent: $NoBasisPractitioner
Id: no-ip-Practitioner
Title: "IP Helsepersonell og tjenesteyter"
Description: "A person who provides services in the plan work. Derived from HL7 Norway's no-basis-Practitioner (identifier slices HPR, FNR and DNR; qualification codings for health personnel category 9060, approval 7704 and specialisation 7426). Health personnel are identified by HPR-nummer; other service providers (teacher, NAV advisor) may carry only a fødselsnummer or no national identifier."
* identifier MS
* identifier[HPR] 0..1 MS
* identifier[HPR] obeys no-ip-hpr
* identifier[FNR] 0..1 MS
* identifier[FNR] obeys no-ip-fnr
* identifier[DNR] 0..1 MS
* identifier[DNR] obeys no-ip-dnr
* name 1..* MS
* telecom MS
* qualification MS
* qualification.code.coding[healthPersonnellCategory] MS
