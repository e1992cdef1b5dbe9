ValueSet: NoIpPlanstatusarsakVS
Id: no-ip-planstatusarsak
Title: "Årsak til planstatus"
Description: "Alle koder i årsak til planstatus. (Why a plan was ended early (CarePlan.status = revoked).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpPlanstatusarsak
