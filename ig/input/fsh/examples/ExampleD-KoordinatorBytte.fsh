// (d) A plan whose coordinator changed: two coordinator periods in the ansvarsgruppe, the first closed.

Instance: ip-d-koordinatorbytte
InstanceOf: Bundle
Title: "Eksempel (d): plan der koordinator er byttet"
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
* entry[13].resource = CarePlanAliHassan
* entry[13].request.method = #POST
* entry[13].request.url = "CarePlan"
* entry[13].request.ifNoneExist = "identifier=https://id.havbygd-kommune.example/plan|ip-2024-0311"

Instance: HavbygdKommune
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000127"
* name = "Havbygd kommune"
* active = true
* type = NoIpTjenestesektor#kommune
* identifier[KOMMUNENR].value = "4698"
* identifier[HER].value = "95555"

Instance: HavbygdKoordinerendeEnhet
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000135"
* name = "Havbygd kommune, koordinerende enhet"
* active = true
* type = NoIpTjenestesektor#kommune
* partOf.reference = "urn:uuid:00000000-0000-4000-8004-000000000001"

Instance: HavbygdPsykiskHelse
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000143"
* name = "Havbygd kommune, psykisk helse og rus"
* active = true
* type = NoIpTjenestesektor#kommune
* partOf.reference = "urn:uuid:00000000-0000-4000-8004-000000000001"

Instance: PatientAliHassan
InstanceOf: NoIpPatient
Usage: #inline
* identifier[DNR].value = "45010012396"
* name.family = "Hassan"
* name.given = "Ali"
* gender = #male
* birthDate = "2000-01-05"

Instance: RelatedPersonSaraHassan
InstanceOf: NoIpRelatedPerson
Usage: #inline
* identifier[FNR].value = "31129956715"
* identifier[1].system = "https://id.havbygd-kommune.example/parorende"
* identifier[1].value = "p-0311-1"
* active = true
* patient.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* relationship = http://terminology.hl7.org/CodeSystem/v3-RoleCode#SIS "sister"
* name.family = "Hassan"
* name.given = "Sara"

Instance: PractitionerMaritEng
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "8345678"
* name.family = "Eng"
* name.given = "Marit"
* qualification.code.coding[healthPersonnellCategory].code = #SP

Instance: RoleMaritEngPsykiskHelse
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8004-000000000006"
* organization.reference = "urn:uuid:00000000-0000-4000-8004-000000000003"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolemaritengpsykiskhelse"
* code.coding[0].system = $volven9060
* code.coding[0].code = #SP

Instance: PractitionerKnutAas
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "8456789"
* name.family = "Aas"
* name.given = "Knut"
* qualification.code.coding[healthPersonnellCategory].code = #VP

Instance: RoleKnutAasPsykiskHelse
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8004-000000000008"
* organization.reference = "urn:uuid:00000000-0000-4000-8004-000000000003"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "roleknutaaspsykiskhelse"
* code.coding[0].system = $volven9060
* code.coding[0].code = #VP

Instance: CareTeamAliHassan
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
* participant[3].role = NoIpRolle#koordinator
* participant[3].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* participant[3].period.start = "2025-07-01"
* participant[4].role = NoIpRolle#tjenesteyter
* participant[4].member.reference = "urn:uuid:00000000-0000-4000-8004-000000000007"
* participant[4].period.start = "2025-07-01"

Instance: ConsentAliHassan
InstanceOf: NoIpConsent
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/samtykke"
* identifier.value = "s-2024-0311"
* status = #active
* patient.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* dateTime = "2024-08-20T09:30:00+02:00"
* performer.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* organization.reference = "urn:uuid:00000000-0000-4000-8004-000000000001"
* policy.uri = "https://lovdata.no/forskrift/2011-12-16-1256"
* provision.type = #permit
* provision.period.start = "2024-08-20"
* provision.provision[0].type = #permit
* provision.provision[0].actor[0].role = http://terminology.hl7.org/CodeSystem/v3-ParticipationType#IRCP "information recipient"
* provision.provision[0].actor[0].reference.reference = "urn:uuid:00000000-0000-4000-8004-000000000010"
* provision.provision[0].action = http://terminology.hl7.org/CodeSystem/consentaction#access

Instance: GoalAliBolig
InstanceOf: NoIpGoal
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
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"

Instance: TiltakAliBoveiledning
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.havbygd-kommune.example/tiltak"
* identifier.value = "t-0311-1"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8004-000000000012"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8004-000000000096"
* status = #active
* category = NoIpTjenestesektor#kommune
* code.text = "Praktisk bistand og opplæring i egen bolig (boveiledning)"
* subject.reference = "urn:uuid:00000000-0000-4000-8004-000000000004"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8004-000000000003"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8004-000000000009"
* occurrenceTiming.repeat.boundsPeriod.start = "2024-09-15"
* occurrenceTiming.repeat.boundsPeriod.end = "2026-06-30"
* occurrenceTiming.repeat.frequency = 2
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #wk
* patientInstruction = "Boveileder kommer mandag og torsdag."

Instance: CarePlanAliHassan
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
