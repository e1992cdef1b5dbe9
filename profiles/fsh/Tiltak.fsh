Profile: NoIpTiltak
Parent: ServiceRequest
Id: no-ip-Tiltak
Title: "IP Tiltak"
Description: "A tiltak (measure) in the individual plan: what is done, how much and how often, how, by which service and person, for which goal(s) and in which period. Each tiltak is a separate resource owned by the service responsible for it, referenced from CarePlan.activity."
* extension contains $pertainsToGoal named maal 1..* MS
* extension[maal] ^short = "The goal(s) the tiltak serves"
* extension[maal].valueReference only Reference(NoIpGoal)
* identifier MS
* basedOn MS
* basedOn only Reference(NoIpCarePlan)
* basedOn ^short = "The plan the tiltak belongs to"
* status MS
* intent = #plan (exactly)
* intent MS
* category 1..* MS
* category from NoIpTjenestesektorVS (extensible)
* category ^short = "The service sector responsible (kommune, NAV, skole …)"
* code 1..1 MS
* code.text 1..1 MS
* code ^short = "What the tiltak is"
* quantity[x] MS
* quantity[x] ^short = "Scope, e.g. hours per week"
* subject only Reference(NoIpPatient)
* subject MS
* occurrence[x] MS
* occurrence[x] only Period or Timing
* occurrence[x] ^short = "Period and frequency, e.g. twice a week from March to June"
* authoredOn MS
* requester MS
* performer 1..* MS
* performer only Reference(NoIpOrganization or NoIpPractitionerRole or NoIpPractitioner or NoIpPatient or NoIpRelatedPerson or NoIpCareTeam)
* performer ^short = "Responsible service and person; also the patient or relatives for what they contribute"
* reasonReference MS
* reasonReference only Reference(NoIpBehov)
* patientInstruction MS
* patientInstruction ^short = "How the tiltak is carried out, in words for the patient"
* note MS
