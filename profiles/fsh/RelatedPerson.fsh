Profile: NoIpRelatedPerson
Parent: $NoBasisRelatedPerson
Id: no-ip-RelatedPerson
Title: "IP Pårørende"
Description: "A relative (pårørende), parent or guardian (verge) who takes part in the plan work as far as the patient wishes. Derived from HL7 Norway's no-basis-RelatedPerson (identifier slices FNR and DNR; relationship slices for family relation, marital status and parental responsibility; no-basis-HumanName and no-basis-Address); the IP needs the relationship and a name."
* identifier MS
* identifier[FNR] 0..1 MS
* identifier[FNR] obeys no-ip-fnr
* identifier[DNR] 0..1 MS
* identifier[DNR] obeys no-ip-dnr
* active MS
* patient MS
* patient only Reference(NoIpPatient)
* relationship 1..* MS
* relationship ^short = "How the person is related to the patient (no-basis family relation or v3-RoleCode MTH, FTH, SPS, GUARD)"
* name 1..* MS
* telecom MS
