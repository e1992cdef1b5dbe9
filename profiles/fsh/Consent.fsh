Profile: NoIpConsent
Parent: Consent
Id: no-ip-Consent
Title: "IP Samtykke"
Description: "The patient's (or a representative's) consent to an individual plan and a koordinator, and, per participant, to which confidential information they may see. Withdrawal is recorded by setting status to inactive and closing provision.period."
* identifier MS
* status MS
* status ^short = "active while consent is given; inactive when withdrawn"
* scope = $consentscope#patient-privacy
* scope MS
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains individuellPlan 1..1 MS
* category[individuellPlan] = NoIpSamtykketype#individuell-plan
* patient 1..1 MS
* patient only Reference(NoIpPatient)
* dateTime 1..1 MS
* performer 1..* MS
* performer only Reference(NoIpPatient or NoIpRelatedPerson)
* performer ^short = "Who consented: the patient, or the one who consents on the patient's behalf"
* organization MS
* organization only Reference(NoIpOrganization)
* policy 1..* MS
* policy.uri 1..1
* policy ^short = "The regulation the consent is given under"
* provision 1..1 MS
* provision.type 1..1 MS
* provision.period MS
* provision.provision MS
* provision.provision ^short = "One nested provision per participant: what that participant may see"
* provision.provision.type 1..1 MS
* provision.provision.actor 1..* MS
* provision.provision.actor.reference only Reference(NoIpPractitioner or NoIpPractitionerRole or NoIpOrganization or NoIpRelatedPerson or NoIpCareTeam)
* provision.provision.action MS
* provision.provision.class MS
* provision.provision.period MS
