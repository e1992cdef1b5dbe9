// Counter-examples: transaction Bundles that must be rejected. Each is plan (d), or one resource of it,
// with one rule broken. The expected message for each is in ig/input/counter-examples.json.

// The sample fødselsnummer from the no-basis Patient profile: its control digits are wrong.
// Expected validation error containing: no-ip-fnr
Instance: counter-patient-fnr-kontrollsiffer
InstanceOf: Bundle
Title: "Moteksempel: fødselsnummer med feil kontrollsiffer"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[0].resource = CounterPatientFnrFeil
* entry[0].request.method = #POST
* entry[0].request.url = "Patient"

Instance: CounterPatientFnrFeil
InstanceOf: NoIpPatient
Usage: #inline
* name.family = "Hassan"
* name.given = "Ali"
* gender = #male
* birthDate = "2000-01-05"
* identifier[FNR].value = "13057444850"

// A D-nummer whose second control digit is wrong.
// Expected validation error containing: no-ip-dnr
Instance: counter-patient-dnr-kontrollsiffer
InstanceOf: Bundle
Title: "Moteksempel: D-nummer med feil kontrollsiffer"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[0].resource = CounterPatientDnrFeil
* entry[0].request.method = #POST
* entry[0].request.url = "Patient"

Instance: CounterPatientDnrFeil
InstanceOf: NoIpPatient
Usage: #inline
* identifier[DNR].value = "45010012397"
* name.family = "Hassan"
* name.given = "Ali"
* gender = #male
* birthDate = "2000-01-05"

// An organisasjonsnummer whose control digit is wrong.
// Expected validation error containing: no-ip-orgnr
Instance: counter-organization-orgnr-kontrollsiffer
InstanceOf: Bundle
Title: "Moteksempel: organisasjonsnummer med feil kontrollsiffer"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = CounterOrganisasjonsnummerFeil
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"

Instance: CounterOrganisasjonsnummerFeil
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000128"
* name = "Havbygd kommune"
* active = true
* type = NoIpTjenestesektor#kommune
* identifier[KOMMUNENR].value = "4698"
* identifier[HER].value = "95555"

// Plan (d) where the first coordinator's period was never closed: two current coordinators.
// Expected validation error containing: no-ip-one-coordinator
Instance: counter-careteam-to-koordinatorer
InstanceOf: Bundle
Title: "Moteksempel: ansvarsgruppe med to gjeldende koordinatorer"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CounterCareTeamToKoordinatorer
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = GoalAliBolig
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CarePlanAliHassan
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"
* entry[13].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/plan|ip-2024-0311"

Instance: CounterCareTeamToKoordinatorer
InstanceOf: NoIpCareTeam
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/ansvarsgruppe"
* identifier.value = "ag-2024-0311"
* status = #active
* name = "Ansvarsgruppe for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* managingOrganization.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* participant[0].role = NoIpRolle#pasient
* participant[0].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* participant[0].period.start = "2024-09-01"
* participant[1].role = NoIpRolle#parorende
* participant[1].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000005"
* participant[1].period.start = "2024-09-01"
* participant[2].role = NoIpRolle#koordinator
* participant[2].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000007"
* participant[2].period.start = "2024-09-01"
* participant[3].role = NoIpRolle#koordinator
* participant[3].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* participant[3].period.start = "2025-07-01"
* participant[4].role = NoIpRolle#tjenesteyter
* participant[4].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000007"
* participant[4].period.start = "2025-07-01"

// Plan (d) where the new coordinator is registered as an ordinary service provider: no current coordinator.
// Expected validation error containing: no-ip-one-coordinator
Instance: counter-careteam-ingen-koordinator
InstanceOf: Bundle
Title: "Moteksempel: aktiv ansvarsgruppe uten gjeldende koordinator"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CounterCareTeamIngenKoordinator
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = GoalAliBolig
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CarePlanAliHassan
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"
* entry[13].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/plan|ip-2024-0311"

Instance: CounterCareTeamIngenKoordinator
InstanceOf: NoIpCareTeam
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/ansvarsgruppe"
* identifier.value = "ag-2024-0311"
* status = #active
* name = "Ansvarsgruppe for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* managingOrganization.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* participant[0].role = NoIpRolle#pasient
* participant[0].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* participant[0].period.start = "2024-09-01"
* participant[1].role = NoIpRolle#parorende
* participant[1].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000005"
* participant[1].period.start = "2024-09-01"
* participant[2].role = NoIpRolle#koordinator
* participant[2].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000007"
* participant[2].period.start = "2024-09-01"
* participant[2].period.end = "2025-06-30"
* participant[3].role = NoIpRolle#tjenesteyter
* participant[3].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* participant[3].period.start = "2025-07-01"
* participant[4].role = NoIpRolle#tjenesteyter
* participant[4].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000007"
* participant[4].period.start = "2025-07-01"

// A plan ended early (status revoked) without the status reason extension.
// Expected validation error containing: no-ip-careplan-statusreason
Instance: counter-careplan-avsluttet-uten-arsak
InstanceOf: Bundle
Title: "Moteksempel: avsluttet plan uten årsak"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = GoalAliBolig
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CounterCarePlanAvsluttetUtenArsak
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"

Instance: CounterCarePlanAvsluttetUtenArsak
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/plan"
* identifier.value = "ip-2024-0311"
* extension[nesteEvaluering].valueDate = "2026-03-01"
* extension[behovsniva].valueCodeableConcept = NoIpBehovsniva#middels
* status = #revoked
* intent = #plan
* category[plankategori] = NoIpPlankategori#individuell-plan
* title = "Individuell plan for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* author.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8004-000000000010"
* supportingInfo[samtykke].reference = "urn:uuid:00000000-0000-4000-8004-000000000011"
* supportingInfo[samtykke].type = "Consent"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000012"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8004-000000000013"
* note.text = "Koordinator byttet 1. juli 2025 fra Marit Eng til Knut Aas etter ønske fra Ali. Marit fortsetter som tjenesteyter."

// An active plan that carries a status reason: the reason belongs only to a revoked plan.
// Expected validation error containing: no-ip-careplan-statusreason
Instance: counter-careplan-arsak-uten-avslutning
InstanceOf: Bundle
Title: "Moteksempel: aktiv plan med avslutningsårsak"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = GoalAliBolig
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CounterCarePlanArsakUtenAvslutning
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"

Instance: CounterCarePlanArsakUtenAvslutning
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/plan"
* identifier.value = "ip-2024-0311"
* extension[nesteEvaluering].valueDate = "2026-03-01"
* extension[behovsniva].valueCodeableConcept = NoIpBehovsniva#middels
* status = #active
* intent = #plan
* category[plankategori] = NoIpPlankategori#individuell-plan
* title = "Individuell plan for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* author.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8004-000000000010"
* supportingInfo[samtykke].reference = "urn:uuid:00000000-0000-4000-8004-000000000011"
* supportingInfo[samtykke].type = "Consent"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000012"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8004-000000000013"
* note.text = "Koordinator byttet 1. juli 2025 fra Marit Eng til Knut Aas etter ønske fra Ali. Marit fortsetter som tjenesteyter."
* extension[statusAarsak].valueCodeableConcept = NoIpPlanstatusarsak#flyttet

// An active individual plan that does not refer to the patient's consent.
// Expected validation error containing: no-ip-careplan-consent
Instance: counter-careplan-uten-samtykke
InstanceOf: Bundle
Title: "Moteksempel: aktiv individuell plan uten samtykke"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[10].resource = GoalAliBolig
* entry[10].request.method = #POST
* entry[10].request.url = "Goal"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[11].resource = TiltakAliBoveiledning
* entry[11].request.method = #POST
* entry[11].request.url = "ServiceRequest"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[12].resource = CounterCarePlanUtenSamtykke
* entry[12].request.method = #POST
* entry[12].request.url = "CarePlan"

Instance: CounterCarePlanUtenSamtykke
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/plan"
* identifier.value = "ip-2024-0311"
* extension[nesteEvaluering].valueDate = "2026-03-01"
* extension[behovsniva].valueCodeableConcept = NoIpBehovsniva#middels
* status = #active
* intent = #plan
* category[plankategori] = NoIpPlankategori#individuell-plan
* title = "Individuell plan for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* author.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8004-000000000010"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000012"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8004-000000000013"
* note.text = "Koordinator byttet 1. juli 2025 fra Marit Eng til Knut Aas etter ønske fra Ali. Marit fortsetter som tjenesteyter."

// A plan with a sub-plan category (behandlingsplan) that is not partOf an individual plan.
// Expected validation error containing: no-ip-careplan-category
Instance: counter-careplan-delplan-uten-ip
InstanceOf: Bundle
Title: "Moteksempel: delplan som ikke henger under en individuell plan"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = GoalAliBolig
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CounterCarePlanDelplanUtenHovedplan
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"

Instance: CounterCarePlanDelplanUtenHovedplan
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/plan"
* identifier.value = "ip-2024-0311"
* extension[nesteEvaluering].valueDate = "2026-03-01"
* extension[behovsniva].valueCodeableConcept = NoIpBehovsniva#middels
* status = #active
* intent = #plan
* category[plankategori] = NoIpPlankategori#behandlingsplan
* title = "Individuell plan for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* author.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8004-000000000010"
* supportingInfo[samtykke].reference = "urn:uuid:00000000-0000-4000-8004-000000000011"
* supportingInfo[samtykke].type = "Consent"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000012"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8004-000000000013"
* note.text = "Koordinator byttet 1. juli 2025 fra Marit Eng til Knut Aas etter ønske fra Ali. Marit fortsetter som tjenesteyter."

// A plan without any goal. (Authored against base CarePlan with meta.profile set, so that SUSHI lets it through.)
// Expected validation error containing: CarePlan.goal: minimum required = 1
Instance: counter-careplan-uten-mal
InstanceOf: Bundle
Title: "Moteksempel: plan uten mål"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = GoalAliBolig
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[11].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/mal|m-0311-1"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CounterCarePlanUtenMal
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"

Instance: CounterCarePlanUtenMal
InstanceOf: CarePlan
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/plan"
* identifier.value = "ip-2024-0311"
* extension[0].valueDate = "2026-03-01"
* extension[1].valueCodeableConcept = NoIpBehovsniva#middels
* status = #active
* intent = #plan
* category = NoIpPlankategori#individuell-plan
* title = "Individuell plan for Ali Hassan"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* period.start = "2024-09-01"
* author.reference = "urn:uuid:00000000-0000-4000-8004-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8004-000000000010"
* supportingInfo[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000011"
* supportingInfo[0].type = "Consent"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8004-000000000013"
* note.text = "Koordinator byttet 1. juli 2025 fra Marit Eng til Knut Aas etter ønske fra Ali. Marit fortsetter som tjenesteyter."
* extension[0].url = "https://ip-fhir.org/fhir/StructureDefinition/no-ip-nextEvaluation"
* extension[1].url = "https://ip-fhir.org/fhir/StructureDefinition/no-ip-needLevel"
* meta.profile = "https://ip-fhir.org/fhir/StructureDefinition/no-ip-CarePlan"

// A goal that does not say whose goal it is. (Authored against base Goal with meta.profile set.)
// Expected validation error containing: Goal.expressedBy: minimum required = 1
Instance: counter-goal-uten-expressedby
InstanceOf: Bundle
Title: "Moteksempel: mål uten hvem som har uttrykt det"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = CounterGoalUtenExpressedBy
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CarePlanAliHassan
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"
* entry[13].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/plan|ip-2024-0311"

Instance: CounterGoalUtenExpressedBy
InstanceOf: Goal
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/mal"
* identifier.value = "m-0311-1"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#improving
* category[0] = NoIpFunksjonsomrade#psykisk
* category[1] = NoIpFunksjonsomrade#laering-mestring
* description.text = "Jeg vil bo i egen leilighet og klare hverdagen selv"
* description.coding = http://hl7.org/fhir/sid/icf#d610 "Skaffe seg bolig"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* target.dueDate = "2026-06-30"
* meta.profile = "https://ip-fhir.org/fhir/StructureDefinition/no-ip-Goal"

// An ICF code with a capital component letter.
// Expected validation error containing: no-ip-icf-code
Instance: counter-goal-ugyldig-icf-kode
InstanceOf: Bundle
Title: "Moteksempel: mål med ICF-kode på feil form"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000001"
* entry[0].resource = HavbygdKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000127"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000002"
* entry[1].resource = HavbygdKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000135"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000003"
* entry[2].resource = HavbygdPsykiskHelse
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000143"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000004"
* entry[3].resource = PatientAliHassan
* entry[3].request.method = #POST
* entry[3].request.url = "Patient"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.2|45010012396"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000005"
* entry[4].resource = RelatedPersonSaraHassan
* entry[4].request.method = #POST
* entry[4].request.url = "RelatedPerson"
* entry[4].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/parorende|p-0311-1"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000006"
* entry[5].resource = PractitionerMaritEng
* entry[5].request.method = #POST
* entry[5].request.url = "Practitioner"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8345678"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000007"
* entry[6].resource = RoleMaritEngPsykiskHelse
* entry[6].request.method = #POST
* entry[6].request.url = "PractitionerRole"
* entry[6].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolemaritengpsykiskhelse"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000008"
* entry[7].resource = PractitionerKnutAas
* entry[7].request.method = #POST
* entry[7].request.url = "Practitioner"
* entry[7].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8456789"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000009"
* entry[8].resource = RoleKnutAasPsykiskHelse
* entry[8].request.method = #POST
* entry[8].request.url = "PractitionerRole"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleknutaaspsykiskhelse"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000010"
* entry[9].resource = CareTeamAliHassan
* entry[9].request.method = #POST
* entry[9].request.url = "CareTeam"
* entry[9].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/ansvarsgruppe|ag-2024-0311"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000011"
* entry[10].resource = ConsentAliHassan
* entry[10].request.method = #POST
* entry[10].request.url = "Consent"
* entry[10].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/samtykke|s-2024-0311"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000012"
* entry[11].resource = CounterGoalUgyldigIcf
* entry[11].request.method = #POST
* entry[11].request.url = "Goal"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000013"
* entry[12].resource = TiltakAliBoveiledning
* entry[12].request.method = #POST
* entry[12].request.url = "ServiceRequest"
* entry[12].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/tiltak|t-0311-1"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8004-000000000096"
* entry[13].resource = CarePlanAliHassan
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"
* entry[13].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/plan|ip-2024-0311"

Instance: CounterGoalUgyldigIcf
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/mal"
* identifier.value = "m-0311-1"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#improving
* category[0] = NoIpFunksjonsomrade#psykisk
* category[1] = NoIpFunksjonsomrade#laering-mestring
* description.text = "Jeg vil bo i egen leilighet og klare hverdagen selv"
* description.coding = http://hl7.org/fhir/sid/icf#D610 "Skaffe seg bolig"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* target.dueDate = "2026-06-30"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
