Profile: NoIpBehovsmelding
Parent: EpisodeOfCare
Id: no-ip-Behovsmelding
Title: "IP Melding om behov"
Description: "A report to the koordinerende enhet that a person may need an individual plan or a koordinator, and the course it starts: period.start is the day the need was reported (the day the koordinerende enhet received it); status is waitlist until the person has a koordinator or a plan, then active, and finished (or cancelled) when the need is met or withdrawn. The ansvarsgruppe the report led to is in team. The styringsdata's waiting times (reported need → koordinator, reported need → active plan) are measured from period.start."
* identifier 1..* MS
* type 1..* MS
* type from NoIpBehovsmeldingstypeVS (required)
* type ^short = "What was reported: a need for an individual plan, or for a koordinator"
* status MS
* patient MS
* patient only Reference(NoIpPatient)
* managingOrganization 1..1 MS
* managingOrganization only Reference(NoIpOrganization)
* managingOrganization ^short = "The koordinerende enhet that received the report"
* period 1..1 MS
* period.start 1..1 MS
* period.start ^short = "The day the need was reported"
* referralRequest MS
* team MS
* team only Reference(NoIpCareTeam)
