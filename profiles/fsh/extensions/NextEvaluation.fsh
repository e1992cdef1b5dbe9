Extension: NoIpNextEvaluation
Id: no-ip-nextEvaluation
Title: "Neste evaluering"
Description: "The date the plan is next to be evaluated and revised."
Context: CarePlan
* value[x] only date
* value[x] 1..1
