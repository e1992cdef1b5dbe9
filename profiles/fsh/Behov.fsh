Profile: NoIpBehov
Parent: Condition
Id: no-ip-Behov
Title: "IP Behov eller ressurs"
Description: "A need (behov) or a resource (ressurs) of the patient that the plan addresses or builds on (the regulation's \"mål, ressurser og behov\"). Referenced from CarePlan.addresses, Goal.addresses and the tiltak's reasonReference."
* category 1..1 MS
* category from NoIpKartleggingVS (required)
* category ^short = "behov or ressurs"
* clinicalStatus 1..1 MS
* code 1..1 MS
* code.text 1..1 MS
* code ^short = "The need or resource, in words"
* subject only Reference(NoIpPatient)
* subject MS
* recordedDate MS
* recorder MS
* asserter MS
* note MS
