Profile: NoIpPatient
Parent: $NoBasisPatient
Id: no-ip-Patient
Title: "IP Pasient"
Description: "The person the individual plan belongs to. Derived from HL7 Norway's no-basis-Patient (identifier slices FNR, DNR, FHN and HNR, no-basis-HumanName, no-basis-Address); the plan needs a national identifier, with check digits verified, and a name."
* identifier 1..* MS
* identifier[FNR] 0..1 MS
* identifier[FNR] obeys no-ip-fnr
* identifier[DNR] 0..1 MS
* identifier[DNR] obeys no-ip-dnr
* identifier[FHN] 0..1 MS
* identifier[FHN] obeys no-ip-fhn
* name 1..* MS
* birthDate MS
* address MS
* telecom MS
* contact MS
