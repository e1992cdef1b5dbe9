Profile: NoIpCarePlan
Parent: CarePlan
Id: no-ip-CarePlan
Title: "IP Plan"
Description: "The individual plan (individuell plan, IP): the patient's one plan, and the sub-plans (delplaner) that hang under it with partOf. It holds goals, needs, the ansvarsgruppe, the tiltak by reference and the consent the plan rests on."
* obeys no-ip-careplan-category and no-ip-careplan-statusreason and no-ip-careplan-consent and no-ip-careplan-careteam
* extension contains
    NoIpNextEvaluation named nesteEvaluering 0..1 MS and
    NoIpStatusReason named statusAarsak 0..1 MS and
    NoIpNeedLevel named behovsniva 0..1 MS
* identifier 1..* MS
* status MS
* intent = #plan (exactly)
* intent MS
* category 1..* MS
* category ^slicing.discriminator.type = #value
* category ^slicing.discriminator.path = "coding.system"
* category ^slicing.rules = #open
* category ^slicing.description = "The plan category from this guide's own code system."
* category contains plankategori 1..1 MS
* category[plankategori] from NoIpPlankategoriVS (required)
* category[plankategori].coding 1..1
* category[plankategori].coding.system 1..1
* category[plankategori].coding.system = "https://ip-fhir.org/fhir/CodeSystem/no-ip-plankategori" (exactly)
* category[plankategori].coding.code 1..1
* category[plankategori] ^short = "individuell-plan for the IP; a sub-plan category for a delplan"
* title MS
* description MS
* partOf MS
* partOf only Reference(NoIpCarePlan)
* partOf ^short = "For a delplan: the individual plan it hangs under"
* subject only Reference(NoIpPatient)
* subject MS
* period 1..1 MS
* period.start 1..1 MS
* period.end MS
* author 1..1 MS
* author only Reference(NoIpOrganization)
* author ^short = "The responsible organisation (custodian): usually the municipality"
* author ^definition = "The organisation that holds the main responsibility for the plan. R4 CarePlan has no custodian element; this guide uses author, restricted to one Organization, in that role (as HL7's MCC eCare Plan does with its custodian)."
* contributor MS
* contributor only Reference(NoIpPatient or NoIpPractitioner or NoIpPractitionerRole or NoIpRelatedPerson or NoIpOrganization)
* careTeam 0..1 MS
* careTeam only Reference(NoIpCareTeam)
* careTeam ^short = "The ansvarsgruppe"
* addresses MS
* addresses only Reference(NoIpBehov)
* addresses ^short = "The patient's needs (behov) and resources (ressurser)"
* supportingInfo MS
* supportingInfo ^slicing.discriminator.type = #value
* supportingInfo ^slicing.discriminator.path = "type"
* supportingInfo ^slicing.rules = #open
* supportingInfo ^slicing.description = "The consent the plan rests on, typed so that receivers find it without resolving every reference."
* supportingInfo contains samtykke 0..* MS
* supportingInfo[samtykke] only Reference(NoIpConsent)
* supportingInfo[samtykke].type 1..1
* supportingInfo[samtykke].type = "Consent" (exactly)
* goal 1..* MS
* goal only Reference(NoIpGoal)
* activity MS
* activity.reference 1..1 MS
* activity.reference only Reference(NoIpTiltak)
* activity.detail 0..0
* activity ^short = "Each tiltak, by reference; owned by the service responsible for it"
* note MS

Invariant: no-ip-careplan-category
Description: "An individual plan (category individuell-plan) is not part of another plan; a sub-plan (any other plan category) is partOf the individual plan."
Severity: #error
Expression: "partOf.exists() != category.coding.where(system = 'https://ip-fhir.org/fhir/CodeSystem/no-ip-plankategori' and code = 'individuell-plan').exists()"

Invariant: no-ip-careplan-statusreason
Description: "A status reason (extension no-ip-statusReason) is given if and only if the plan is ended early (status revoked)."
Severity: #error
Expression: "extension('https://ip-fhir.org/fhir/StructureDefinition/no-ip-statusReason').exists() = (status = 'revoked')"

Invariant: no-ip-careplan-consent
Description: "An individual plan that is not a draft refers to the patient's consent (supportingInfo with type Consent): no IP without consent."
Severity: #error
Expression: "partOf.exists() or status = 'draft' or status = 'entered-in-error' or supportingInfo.where(type = 'Consent').exists()"

Invariant: no-ip-careplan-careteam
Description: "An individual plan names its ansvarsgruppe (careTeam)."
Severity: #error
Expression: "partOf.exists() or careTeam.exists()"
