Extension: NoIpNeedLevel
Id: no-ip-needLevel
Title: "Behovsnivå"
Description: "The patient's overall level of need for coordinated services: mindre, middels or omfattende."
Context: CarePlan
* value[x] only CodeableConcept
* value[x] 1..1
* value[x] from NoIpBehovsnivaVS (required)
