Extension: NoIpStatusReason
Id: no-ip-statusReason
Title: "Årsak til planstatus"
Description: "Why the plan was ended early. R4 CarePlan has no statusReason element (R5 adds one); this extension carries it and is required exactly when status is revoked."
Context: CarePlan
* value[x] only CodeableConcept
* value[x] 1..1
* value[x] from NoIpPlanstatusarsakVS (extensible)
