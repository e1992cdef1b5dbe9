// (c) A sub-plan (IOP at school) under Emma's individual plan. The Bundle carries the whole IP with
// conditional creates (ifNoneExist on identifiers), so it is accepted alone and, after (b), adds only the sub-plan.

Instance: ip-c-delplan
InstanceOf: Bundle
Title: "Eksempel (c): delplan (IOP) under en individuell plan"
Usage: #example
* type = #transaction
* entry[0].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000001"
* entry[0].resource = FjordvikKommune
* entry[0].request.method = #POST
* entry[0].request.url = "Organization"
* entry[0].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000011"
* entry[1].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000002"
* entry[1].resource = FjordvikKoordinerendeEnhet
* entry[1].request.method = #POST
* entry[1].request.url = "Organization"
* entry[1].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000038"
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000001"
* entry[2].resource = FjordvikSkole
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000089"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000002"
* entry[3].resource = FjordvikPPT
* entry[3].request.method = #POST
* entry[3].request.url = "Organization"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000097"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000003"
* entry[4].resource = SolsidenBarnehage
* entry[4].request.method = #POST
* entry[4].request.url = "Organization"
* entry[4].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000100"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000004"
* entry[5].resource = FjordvikSykehusHabilitering
* entry[5].request.method = #POST
* entry[5].request.url = "Organization"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000119"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000005"
* entry[6].resource = PatientEmmaLarsen
* entry[6].request.method = #POST
* entry[6].request.url = "Patient"
* entry[6].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.1|03832051240"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000006"
* entry[7].resource = RelatedPersonIngridLarsen
* entry[7].request.method = #POST
* entry[7].request.url = "RelatedPerson"
* entry[7].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/parorende|p-0107-1"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000007"
* entry[8].resource = RelatedPersonJonasLarsen
* entry[8].request.method = #POST
* entry[8].request.url = "RelatedPerson"
* entry[8].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/parorende|p-0107-2"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000008"
* entry[9].resource = PractitionerNoraSolberg
* entry[9].request.method = #POST
* entry[9].request.url = "Practitioner"
* entry[9].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8123456"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000009"
* entry[10].resource = RoleNoraSolbergKommune
* entry[10].request.method = #POST
* entry[10].request.url = "PractitionerRole"
* entry[10].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolenorasolbergkommune"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000010"
* entry[11].resource = PractitionerOlaBakken
* entry[11].request.method = #POST
* entry[11].request.url = "Practitioner"
* entry[11].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tjenesteyter|practitionerolabakken"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000011"
* entry[12].resource = RoleOlaBakkenPPT
* entry[12].request.method = #POST
* entry[12].request.url = "PractitionerRole"
* entry[12].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleolabakkenppt"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000012"
* entry[13].resource = PractitionerHegeStrand
* entry[13].request.method = #POST
* entry[13].request.url = "Practitioner"
* entry[13].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tjenesteyter|practitionerhegestrand"
* entry[14].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000013"
* entry[14].resource = RoleHegeStrandSkole
* entry[14].request.method = #POST
* entry[14].request.url = "PractitionerRole"
* entry[14].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolehegestrandskole"
* entry[15].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000014"
* entry[15].resource = PractitionerToneVik
* entry[15].request.method = #POST
* entry[15].request.url = "Practitioner"
* entry[15].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tjenesteyter|practitionertonevik"
* entry[16].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000015"
* entry[16].resource = RoleToneVikBarnehage
* entry[16].request.method = #POST
* entry[16].request.url = "PractitionerRole"
* entry[16].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roletonevikbarnehage"
* entry[17].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000016"
* entry[17].resource = PractitionerErikHolm
* entry[17].request.method = #POST
* entry[17].request.url = "Practitioner"
* entry[17].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|8234567"
* entry[18].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000017"
* entry[18].resource = RoleErikHolmHabilitering
* entry[18].request.method = #POST
* entry[18].request.url = "PractitionerRole"
* entry[18].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|roleerikholmhabilitering"
* entry[19].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000018"
* entry[19].resource = CareTeamEmmaLarsen
* entry[19].request.method = #POST
* entry[19].request.url = "CareTeam"
* entry[19].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/ansvarsgruppe|ag-2025-0107"
* entry[20].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000019"
* entry[20].resource = ConsentEmmaLarsen
* entry[20].request.method = #POST
* entry[20].request.url = "Consent"
* entry[20].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/samtykke|s-2025-0107"
* entry[21].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000020"
* entry[21].resource = BehovEmmaSamspill
* entry[21].request.method = #POST
* entry[21].request.url = "Condition"
* entry[21].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/behov|b-0107-1"
* entry[22].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000021"
* entry[22].resource = RessursEmmaMusikk
* entry[22].request.method = #POST
* entry[22].request.url = "Condition"
* entry[22].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/behov|b-0107-2"
* entry[23].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000022"
* entry[23].resource = GoalEmmaLeke
* entry[23].request.method = #POST
* entry[23].request.url = "Goal"
* entry[23].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/mal|m-0107-1"
* entry[24].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000023"
* entry[24].resource = GoalEmmaSkolestart
* entry[24].request.method = #POST
* entry[24].request.url = "Goal"
* entry[24].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/mal|m-0107-2"
* entry[25].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000024"
* entry[25].resource = TiltakEmmaOvergang
* entry[25].request.method = #POST
* entry[25].request.url = "ServiceRequest"
* entry[25].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0107-1"
* entry[26].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000025"
* entry[26].resource = TiltakEmmaSakkyndig
* entry[26].request.method = #POST
* entry[26].request.url = "ServiceRequest"
* entry[26].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0107-2"
* entry[27].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000026"
* entry[27].resource = TiltakEmmaSpraktrening
* entry[27].request.method = #POST
* entry[27].request.url = "ServiceRequest"
* entry[27].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0107-3"
* entry[28].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000027"
* entry[28].resource = TiltakEmmaSangHjemme
* entry[28].request.method = #POST
* entry[28].request.url = "ServiceRequest"
* entry[28].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0107-4"
* entry[29].fullUrl = "urn:uuid:00000000-0000-4000-8002-000000000098"
* entry[29].resource = CarePlanEmmaLarsen
* entry[29].request.method = #POST
* entry[29].request.url = "CarePlan"
* entry[29].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/plan|ip-2025-0107"
* entry[30].fullUrl = "urn:uuid:00000000-0000-4000-8003-000000000001"
* entry[30].resource = GoalEmmaLeseForstaelse
* entry[30].request.method = #POST
* entry[30].request.url = "Goal"
* entry[30].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/mal|m-0107-3"
* entry[31].fullUrl = "urn:uuid:00000000-0000-4000-8003-000000000002"
* entry[31].resource = TiltakEmmaSpesialundervisning
* entry[31].request.method = #POST
* entry[31].request.url = "ServiceRequest"
* entry[31].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0107-5"
* entry[32].fullUrl = "urn:uuid:00000000-0000-4000-8003-000000000097"
* entry[32].resource = CarePlanEmmaIOP
* entry[32].request.method = #POST
* entry[32].request.url = "CarePlan"
* entry[32].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/plan|iop-2026-0107"

Instance: GoalEmmaLeseForstaelse
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/mal"
* identifier.value = "m-0107-3"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#in-progress
* extension[hovedmal].valueReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000023"
* category = NoIpFunksjonsomrade#laering-mestring
* description.text = "Emma kjenner igjen alle bokstavene i navnet sitt"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* target.dueDate = "2026-12-20"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8002-000000000013"

Instance: TiltakEmmaSpesialundervisning
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0107-5"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8003-000000000001"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8003-000000000097"
* status = #active
* category = NoIpTjenestesektor#skole
* code.text = "Spesialundervisning i norsk i liten gruppe"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000001"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000013"
* occurrenceTiming.repeat.boundsPeriod.start = "2026-08-20"
* occurrenceTiming.repeat.boundsPeriod.end = "2027-06-20"
* occurrenceTiming.repeat.frequency = 3
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #wk
* patientInstruction = "Tre økter à 45 minutter i uken, med bildestøtte."
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000020"
* quantityQuantity = 135 'min' "minutter per uke"

Instance: CarePlanEmmaIOP
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/plan"
* identifier.value = "iop-2026-0107"
* extension[nesteEvaluering].valueDate = "2026-12-15"
* status = #active
* intent = #plan
* category[plankategori] = NoIpPlankategori#iop
* title = "Individuell opplæringsplan (IOP) for Emma Larsen, 1. trinn"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* period.start = "2026-08-20"
* author.reference = "urn:uuid:00000000-0000-4000-8002-000000000001"
* partOf.reference = "urn:uuid:00000000-0000-4000-8002-000000000098"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000013"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000011"
* addresses[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000020"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8003-000000000001"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8003-000000000002"
