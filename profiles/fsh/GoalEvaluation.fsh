Profile: NoIpGoalEvaluation
Parent: Observation
Id: no-ip-GoalEvaluation
Title: "IP Evaluering av mål"
Description: "One recorded assessment of progress on a goal, by a professional or by the patient. Goal.achievementStatus holds the latest state; each evaluation is kept as an Observation (focus = the goal) and listed in Goal.outcomeReference, so progress over time stays visible."
* obeys no-ip-icf-code
* status MS
* code = NoIpEvalueringstype#maloppnaelse
* code MS
* subject 1..1 MS
* subject only Reference(NoIpPatient)
* focus 1..1 MS
* focus only Reference(NoIpGoal)
* effective[x] 1..1 MS
* effective[x] only dateTime
* performer 1..* MS
* performer only Reference(NoIpPatient or NoIpPractitioner or NoIpPractitionerRole or NoIpRelatedPerson)
* performer ^short = "Who made the assessment; the patient for self-assessment"
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from http://hl7.org/fhir/ValueSet/goal-achievement (required)
* note MS
