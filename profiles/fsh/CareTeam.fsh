Profile: NoIpCareTeam
Parent: CareTeam
Id: no-ip-CareTeam
Title: "IP Ansvarsgruppe"
Description: "The ansvarsgruppe: everyone who takes part in the plan work (patient, relatives, professionals from several services and agencies), with their roles and periods. Exactly one participant is the current koordinator."
* obeys no-ip-one-coordinator
* identifier 1..* MS
* status 1..1 MS
* name 1..1 MS
* subject 1..1 MS
* subject only Reference(NoIpPatient)
* period 1..1 MS
* period.start 1..1 MS
* participant 1..* MS
* participant.role 1..* MS
* participant.role from NoIpRolleVS (required)
* participant.role ^short = "The participant's role in the plan work (koordinator, fastlege, pårørende …)"
* participant.member 1..1 MS
* participant.member only Reference(NoIpPatient or NoIpPractitioner or NoIpPractitionerRole or NoIpRelatedPerson or NoIpOrganization)
* participant.onBehalfOf MS
* participant.onBehalfOf only Reference(NoIpOrganization)
* participant.onBehalfOf ^short = "The service or agency the participant represents"
* participant.period MS
* managingOrganization MS
* managingOrganization only Reference(NoIpOrganization)
* managingOrganization ^short = "Usually the koordinerende enhet that appointed the koordinator"
* telecom MS

Invariant: no-ip-one-coordinator
Description: "An active ansvarsgruppe has exactly one participant with role koordinator whose period is current (started, and not ended before today)."
Severity: #error
Expression: "status = 'active' implies participant.where(role.coding.where(system = 'https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle' and code = 'koordinator').exists() and (period.start.empty() or period.start.toString().substring(0, 10) <= today().toString()) and (period.end.empty() or period.end.toString().substring(0, 10) >= today().toString())).count() = 1"
