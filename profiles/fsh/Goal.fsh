Profile: NoIpGoal
Parent: Goal
Id: no-ip-Goal
Title: "IP Mål"
Description: "A goal in the individual plan. The patient's own goals come first (\"Hva er viktig for deg?\"): expressedBy says whose goal it is. A delmål (sub-goal) points to its hovedmål (main goal) with the extension no-ip-goalPartOf."
* obeys no-ip-icf-code
* extension contains NoIpGoalPartOf named hovedmal 0..1 MS
* identifier MS
* lifecycleStatus MS
* achievementStatus MS
* category 1..* MS
* category from NoIpFunksjonsomradeVS (required)
* category ^short = "Functional area(s) the goal belongs to"
* description MS
* description.text 1..1 MS
* description.text ^short = "The goal in the words of the one who expressed it"
* description.coding MS
* description.coding from ICFVS (preferred)
* description.coding ^short = "Optional ICF code for the function the goal concerns"
* subject only Reference(NoIpPatient)
* subject MS
* start[x] MS
* target MS
* target.measure MS
* target.detail[x] MS
* target.due[x] MS
* statusDate MS
* expressedBy 1..1 MS
* expressedBy only Reference(NoIpPatient or NoIpPractitioner or NoIpPractitionerRole or NoIpRelatedPerson)
* expressedBy ^short = "Whose goal it is; the Patient for the patient's own goals"
* addresses MS
* addresses only Reference(NoIpBehov)
* note MS
* outcomeCode MS
* outcomeReference MS
* outcomeReference only Reference(NoIpGoalEvaluation)
* outcomeReference ^short = "Evaluations of progress on this goal over time"
