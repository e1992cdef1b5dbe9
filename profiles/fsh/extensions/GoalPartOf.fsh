Extension: NoIpGoalPartOf
Id: no-ip-goalPartOf
Title: "Hovedmål"
Description: "On a delmål (sub-goal): the hovedmål (main goal) it contributes to. The sub-goal points up, as CarePlan.partOf does, so a new delmål is added without rewriting its hovedmål."
Context: Goal
* value[x] only Reference(NoIpGoal)
* value[x] 1..1
