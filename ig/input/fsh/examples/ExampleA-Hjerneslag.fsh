// (a) An adult after stroke: hospital rehabilitation hands over to the municipality, with fastlege and NAV.

Instance: ip-a-hjerneslag
InstanceOf: Bundle
Title: "Eksempel (a): voksen etter hjerneslag, overgang sykehus-kommune"
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
* entry[2].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000003"
* entry[2].resource = FjordvikFysioErgo
* entry[2].request.method = #POST
* entry[2].request.url = "Organization"
* entry[2].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000070"
* entry[3].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000004"
* entry[3].resource = FjordvikSykehusRehab
* entry[3].request.method = #POST
* entry[3].request.url = "Organization"
* entry[3].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000046"
* entry[4].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000005"
* entry[4].resource = SentrumLegekontor
* entry[4].request.method = #POST
* entry[4].request.url = "Organization"
* entry[4].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000054"
* entry[5].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000006"
* entry[5].resource = NavFjordvik
* entry[5].request.method = #POST
* entry[5].request.url = "Organization"
* entry[5].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.101|991000062"
* entry[6].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000007"
* entry[6].resource = PatientPerHansen
* entry[6].request.method = #POST
* entry[6].request.url = "Patient"
* entry[6].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.1|12885851264"
* entry[7].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000008"
* entry[7].resource = RelatedPersonAnneHansen
* entry[7].request.method = #POST
* entry[7].request.url = "RelatedPerson"
* entry[7].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/parorende|p-0042-1"
* entry[8].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000009"
* entry[8].resource = PractitionerLiseBerg
* entry[8].request.method = #POST
* entry[8].request.url = "Practitioner"
* entry[8].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|9144889"
* entry[9].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000010"
* entry[9].resource = RoleLiseBergKommune
* entry[9].request.method = #POST
* entry[9].request.url = "PractitionerRole"
* entry[9].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolelisebergkommune"
* entry[10].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000011"
* entry[10].resource = PractitionerKariLie
* entry[10].request.method = #POST
* entry[10].request.url = "Practitioner"
* entry[10].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|9876543"
* entry[11].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000012"
* entry[11].resource = RoleKariLieSykehus
* entry[11].request.method = #POST
* entry[11].request.url = "PractitionerRole"
* entry[11].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolekariliesykehus"
* entry[12].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000013"
* entry[12].resource = PractitionerJonasDahl
* entry[12].request.method = #POST
* entry[12].request.url = "Practitioner"
* entry[12].request.ifNoneExist = "identifier=urn:oid:2.16.578.1.12.4.1.4.4|7654321"
* entry[13].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000014"
* entry[13].resource = RoleJonasDahlFastlege
* entry[13].request.method = #POST
* entry[13].request.url = "PractitionerRole"
* entry[13].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolejonasdahlfastlege"
* entry[14].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000015"
* entry[14].resource = PractitionerSiriMoen
* entry[14].request.method = #POST
* entry[14].request.url = "Practitioner"
* entry[14].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tjenesteyter|practitionersirimoen"
* entry[15].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000016"
* entry[15].resource = RoleSiriMoenNav
* entry[15].request.method = #POST
* entry[15].request.url = "PractitionerRole"
* entry[15].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/rolle|rolesirimoennav"
* entry[16].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000017"
* entry[16].resource = CareTeamPerHansen
* entry[16].request.method = #POST
* entry[16].request.url = "CareTeam"
* entry[16].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/ansvarsgruppe|ag-2025-0042"
* entry[17].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000018"
* entry[17].resource = ConsentPerHansen
* entry[17].request.method = #POST
* entry[17].request.url = "Consent"
* entry[17].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/samtykke|s-2025-0042"
* entry[18].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000019"
* entry[18].resource = BehovPerGange
* entry[18].request.method = #POST
* entry[18].request.url = "Condition"
* entry[18].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/behov|b-0042-1"
* entry[19].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000020"
* entry[19].resource = BehovPerArbeid
* entry[19].request.method = #POST
* entry[19].request.url = "Condition"
* entry[19].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/behov|b-0042-2"
* entry[20].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000021"
* entry[20].resource = RessursPerFamilie
* entry[20].request.method = #POST
* entry[20].request.url = "Condition"
* entry[20].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/behov|b-0042-3"
* entry[21].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000022"
* entry[21].resource = GoalPerTurMedHunden
* entry[21].request.method = #POST
* entry[21].request.url = "Goal"
* entry[21].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/mal|m-0042-1"
* entry[22].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000023"
* entry[22].resource = GoalPerRullator
* entry[22].request.method = #POST
* entry[22].request.url = "Goal"
* entry[22].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/mal|m-0042-2"
* entry[23].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000024"
* entry[23].resource = GoalPerJobb
* entry[23].request.method = #POST
* entry[23].request.url = "Goal"
* entry[23].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/mal|m-0042-3"
* entry[24].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000025"
* entry[24].resource = EvalueringPerRullatorPasient
* entry[24].request.method = #POST
* entry[24].request.url = "Observation"
* entry[24].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/evaluering|e-0042-1"
* entry[25].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000026"
* entry[25].resource = EvalueringPerRullatorFysio
* entry[25].request.method = #POST
* entry[25].request.url = "Observation"
* entry[25].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/evaluering|e-0042-2"
* entry[26].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000027"
* entry[26].resource = TiltakPerFysioterapi
* entry[26].request.method = #POST
* entry[26].request.url = "ServiceRequest"
* entry[26].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0042-1"
* entry[27].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000028"
* entry[27].resource = TiltakPerTurerMedKona
* entry[27].request.method = #POST
* entry[27].request.url = "ServiceRequest"
* entry[27].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0042-2"
* entry[28].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000029"
* entry[28].resource = TiltakPerArbeidsavklaring
* entry[28].request.method = #POST
* entry[28].request.url = "ServiceRequest"
* entry[28].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0042-3"
* entry[29].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000030"
* entry[29].resource = TiltakPerFastlege
* entry[29].request.method = #POST
* entry[29].request.url = "ServiceRequest"
* entry[29].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/tiltak|t-0042-4"
* entry[30].fullUrl = "urn:uuid:00000000-0000-4000-8001-000000000099"
* entry[30].resource = CarePlanPerHansen
* entry[30].request.method = #POST
* entry[30].request.url = "CarePlan"
* entry[30].request.ifNoneExist = "identifier=https://id.fjordvik-kommune.example/plan|ip-2025-0042"

Instance: FjordvikKommune
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000011"
* name = "Fjordvik kommune"
* active = true
* type = NoIpTjenestesektor#kommune
* identifier[KOMMUNENR].value = "4699"

Instance: FjordvikKoordinerendeEnhet
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000038"
* name = "Fjordvik kommune, koordinerende enhet"
* active = true
* type = NoIpTjenestesektor#kommune
* partOf.reference = "urn:uuid:00000000-0000-4000-8001-000000000001"

Instance: FjordvikFysioErgo
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000070"
* name = "Fjordvik kommune, fysio- og ergoterapitjenesten"
* active = true
* type = NoIpTjenestesektor#kommune
* partOf.reference = "urn:uuid:00000000-0000-4000-8001-000000000001"

Instance: FjordvikSykehusRehab
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000046"
* name = "Fjordvik sykehus HF, avdeling for fysikalsk medisin og rehabilitering"
* active = true
* type = NoIpTjenestesektor#spesialisthelsetjeneste
* identifier[RSH].value = "4001234"
* identifier[HER].value = "81234"

Instance: SentrumLegekontor
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000054"
* name = "Sentrum legekontor"
* active = true
* type = NoIpTjenestesektor#fastlege
* identifier[HER].value = "91234"

Instance: NavFjordvik
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000062"
* name = "NAV Fjordvik"
* active = true
* type = NoIpTjenestesektor#nav

Instance: PatientPerHansen
InstanceOf: NoIpPatient
Usage: #inline
* identifier[FNR].value = "12885851264"
* name.family = "Hansen"
* name.given = "Per"
* gender = #male
* birthDate = "1958-08-12"
* telecom.system = #phone
* telecom.value = "+47 99 00 00 01"
* address.line = "Fjordveien 12"
* address.postalCode = "9999"
* address.city = "Fjordvik"

Instance: RelatedPersonAnneHansen
InstanceOf: NoIpRelatedPerson
Usage: #inline
* identifier[FNR].value = "22896247127"
* identifier[1].system = "https://id.fjordvik-kommune.example/parorende"
* identifier[1].value = "p-0042-1"
* active = true
* patient.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* relationship = http://terminology.hl7.org/CodeSystem/v3-RoleCode#WIFE "wife"
* name.family = "Hansen"
* name.given = "Anne"
* telecom.system = #phone
* telecom.value = "+47 99 00 00 02"

Instance: PractitionerLiseBerg
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "9144889"
* name.family = "Berg"
* name.given = "Lise"
* qualification.code.coding[healthPersonnellCategory].code = #ET

Instance: RoleLiseBergKommune
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8001-000000000009"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000003"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolelisebergkommune"
* telecom[0].system = #phone
* telecom[0].value = "+47 99 00 01 10"
* telecom[0].use = #work
* telecom[1].system = #email
* telecom[1].value = "lise.berg@fjordvik-kommune.example"
* telecom[1].use = #work
* code.coding[0].system = $volven9060
* code.coding[0].code = #ET

Instance: PractitionerKariLie
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "9876543"
* name.family = "Lie"
* name.given = "Kari"
* qualification.code.coding[healthPersonnellCategory].code = #LE

Instance: RoleKariLieSykehus
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8001-000000000011"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000004"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolekariliesykehus"
* code.coding[0].system = $volven9060
* code.coding[0].code = #LE

Instance: PractitionerJonasDahl
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "7654321"
* name.family = "Dahl"
* name.given = "Jonas"
* qualification.code.coding[healthPersonnellCategory].code = #LE

Instance: RoleJonasDahlFastlege
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8001-000000000013"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000005"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolejonasdahlfastlege"
* code.coding[0].system = $volven9060
* code.coding[0].code = #LE

Instance: PractitionerSiriMoen
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[0].system = "https://id.fjordvik-kommune.example/tjenesteyter"
* identifier[0].value = "practitionersirimoen"
* name.family = "Moen"
* name.given = "Siri"

Instance: RoleSiriMoenNav
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8001-000000000015"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000006"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolesirimoennav"
* code.text = "NAV-veileder"

Instance: CareTeamPerHansen
InstanceOf: NoIpCareTeam
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/ansvarsgruppe"
* identifier.value = "ag-2025-0042"
* status = #active
* name = "Ansvarsgruppe for Per Hansen"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* period.start = "2025-10-01"
* managingOrganization.reference = "urn:uuid:00000000-0000-4000-8001-000000000002"
* participant[0].role = NoIpRolle#pasient
* participant[0].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* participant[0].period.start = "2025-10-01"
* participant[1].role = NoIpRolle#parorende
* participant[1].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000008"
* participant[1].period.start = "2025-10-01"
* participant[2].role = NoIpRolle#koordinator
* participant[2].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000010"
* participant[2].period.start = "2025-10-15"
* participant[3].role = NoIpRolle#tjenesteyter
* participant[3].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000012"
* participant[3].period.start = "2025-10-01"
* participant[3].period.end = "2025-11-30"
* participant[4].role = NoIpRolle#fastlege
* participant[4].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000014"
* participant[4].period.start = "2025-10-01"
* participant[5].role = NoIpRolle#tjenesteyter
* participant[5].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000015"
* participant[5].onBehalfOf.reference = "urn:uuid:00000000-0000-4000-8001-000000000006"
* participant[5].period.start = "2025-11-01"
* participant[6].role = NoIpRolle#koordinerende-enhet
* participant[6].member.reference = "urn:uuid:00000000-0000-4000-8001-000000000002"
* participant[6].period.start = "2025-10-01"

Instance: ConsentPerHansen
InstanceOf: NoIpConsent
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/samtykke"
* identifier.value = "s-2025-0042"
* status = #active
* patient.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* dateTime = "2025-10-01T10:00:00+02:00"
* performer.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000001"
* policy.uri = "https://lovdata.no/forskrift/2011-12-16-1256"
* provision.type = #permit
* provision.period.start = "2025-10-01"
* provision.provision[0].type = #permit
* provision.provision[0].actor[0].role = http://terminology.hl7.org/CodeSystem/v3-ParticipationType#IRCP "information recipient"
* provision.provision[0].actor[0].reference.reference = "urn:uuid:00000000-0000-4000-8001-000000000017"
* provision.provision[0].action = http://terminology.hl7.org/CodeSystem/consentaction#access
* provision.provision[1].type = #deny
* provision.provision[1].actor[0].role = http://terminology.hl7.org/CodeSystem/v3-ParticipationType#IRCP "information recipient"
* provision.provision[1].actor[0].reference.reference = "urn:uuid:00000000-0000-4000-8001-000000000006"
* provision.provision[1].action = http://terminology.hl7.org/CodeSystem/consentaction#access
* provision.provision[1].class = http://hl7.org/fhir/resource-types#Observation

Instance: BehovPerGange
InstanceOf: NoIpBehov
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/behov"
* identifier.value = "b-0042-1"
* category = NoIpKartlegging#behov
* clinicalStatus = http://terminology.hl7.org/CodeSystem/condition-clinical#active
* code.text = "Nedsatt gangfunksjon og balanse etter hjerneslag; trenger trening og hjelp ute"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* recordedDate = "2025-10-01"

Instance: BehovPerArbeid
InstanceOf: NoIpBehov
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/behov"
* identifier.value = "b-0042-2"
* category = NoIpKartlegging#behov
* clinicalStatus = http://terminology.hl7.org/CodeSystem/condition-clinical#active
* code.text = "Usikker på om og hvordan han kan komme tilbake i jobben som lagerleder"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* recordedDate = "2025-10-01"

Instance: RessursPerFamilie
InstanceOf: NoIpBehov
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/behov"
* identifier.value = "b-0042-3"
* category = NoIpKartlegging#ressurs
* clinicalStatus = http://terminology.hl7.org/CodeSystem/condition-clinical#active
* code.text = "Sterkt motivert; god støtte fra kona; glad i turer med hunden"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* recordedDate = "2025-10-01"

Instance: GoalPerTurMedHunden
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/mal"
* identifier.value = "m-0042-1"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#in-progress
* category = NoIpFunksjonsomrade#fysisk
* description.text = "Jeg vil gå tur med hunden rundt vannet igjen, alene"
* description.coding = http://hl7.org/fhir/sid/icf#d450 "Gå"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* startDate = "2025-10-15"
* target.dueDate = "2026-06-30"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* addresses.reference = "urn:uuid:00000000-0000-4000-8001-000000000019"

Instance: GoalPerRullator
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/mal"
* identifier.value = "m-0042-2"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#improving
* extension[hovedmal].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000022"
* category = NoIpFunksjonsomrade#fysisk
* description.text = "Gå 500 meter med rullator uten pause"
* description.coding = http://hl7.org/fhir/sid/icf#d4500 "Gå korte avstander"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* target.measure.text = "Gangdistanse uten pause"
* target.detailQuantity = 500 'm' "meter"
* target.dueDate = "2026-02-28"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8001-000000000010"
* addresses.reference = "urn:uuid:00000000-0000-4000-8001-000000000019"
* outcomeReference[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000025"
* outcomeReference[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000026"

Instance: GoalPerJobb
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/mal"
* identifier.value = "m-0042-3"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#in-progress
* category = NoIpFunksjonsomrade#arbeid-utdanning
* description.text = "Tilbake i jobben min, først i halv stilling"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* target.dueDate = "2026-09-01"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* addresses.reference = "urn:uuid:00000000-0000-4000-8001-000000000020"

Instance: EvalueringPerRullatorPasient
InstanceOf: NoIpGoalEvaluation
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/evaluering"
* identifier.value = "e-0042-1"
* status = #final
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* focus.reference = "urn:uuid:00000000-0000-4000-8001-000000000023"
* effectiveDateTime = "2026-01-12T13:00:00+01:00"
* performer.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* valueCodeableConcept = http://terminology.hl7.org/CodeSystem/goal-achievement#improving
* note.text = "Klarer 300 meter nå. Blir sliten i bakken opp fra butikken."

Instance: EvalueringPerRullatorFysio
InstanceOf: NoIpGoalEvaluation
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/evaluering"
* identifier.value = "e-0042-2"
* status = #final
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* focus.reference = "urn:uuid:00000000-0000-4000-8001-000000000023"
* effectiveDateTime = "2026-01-12T13:30:00+01:00"
* performer.reference = "urn:uuid:00000000-0000-4000-8001-000000000010"
* valueCodeableConcept = http://terminology.hl7.org/CodeSystem/goal-achievement#improving
* note.text = "Gikk 320 meter på 6 minutter gangtest (240 meter i oktober)."

Instance: TiltakPerFysioterapi
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0042-1"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000022"
* extension[maal][1].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000023"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8001-000000000099"
* status = #active
* category = NoIpTjenestesektor#kommune
* code.text = "Fysioterapi i hjemmet: gangtrening og balanse"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000003"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000010"
* occurrenceTiming.repeat.boundsPeriod.start = "2025-12-01"
* occurrenceTiming.repeat.boundsPeriod.end = "2026-06-30"
* occurrenceTiming.repeat.frequency = 2
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #wk
* patientInstruction = "Fysioterapeuten kommer hjem til deg tirsdag og fredag, 45 minutter. Du trener også selv med øvelsesprogrammet."
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000019"
* quantityQuantity = 90 'min' "minutter per uke"

Instance: TiltakPerTurerMedKona
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0042-2"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000022"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8001-000000000099"
* status = #active
* category = NoIpTjenestesektor#kommune
* code.text = "Turer med kona i nærområdet"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000008"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* occurrenceTiming.repeat.boundsPeriod.start = "2025-12-01"
* occurrenceTiming.repeat.boundsPeriod.end = "2026-06-30"
* occurrenceTiming.repeat.frequency = 3
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #wk
* patientInstruction = "Anne går med på turene til du er trygg alene."
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000019"

Instance: TiltakPerArbeidsavklaring
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0042-3"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000024"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8001-000000000099"
* status = #active
* category = NoIpTjenestesektor#nav
* code.text = "Arbeidsavklaring og plan for gradert tilbakeføring til arbeid"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000006"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000016"
* occurrencePeriod.start = "2026-01-15"
* occurrencePeriod.end = "2026-09-01"
* patientInstruction = "NAV-veileder avtaler møte med deg og arbeidsgiver."
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000020"

Instance: TiltakPerFastlege
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0042-4"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000022"
* extension[maal][1].valueReference.reference = "urn:uuid:00000000-0000-4000-8001-000000000024"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8001-000000000099"
* status = #active
* category = NoIpTjenestesektor#fastlege
* code.text = "Oppfølging hos fastlege: blodtrykk, medisiner, sykmelding"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000005"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000014"
* occurrenceTiming.repeat.boundsPeriod.start = "2025-12-01"
* occurrenceTiming.repeat.boundsPeriod.end = "2026-12-01"
* occurrenceTiming.repeat.frequency = 1
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #mo
* patientInstruction = "Time hos fastlegen en gang i måneden."

Instance: CarePlanPerHansen
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/plan"
* identifier.value = "ip-2025-0042"
* extension[nesteEvaluering].valueDate = "2026-04-15"
* extension[behovsniva].valueCodeableConcept = NoIpBehovsniva#omfattende
* status = #active
* intent = #plan
* category[plankategori] = NoIpPlankategori#individuell-plan
* title = "Individuell plan for Per Hansen"
* subject.reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* period.start = "2025-10-15"
* author.reference = "urn:uuid:00000000-0000-4000-8001-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000007"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000004"
* contributor[2].reference = "urn:uuid:00000000-0000-4000-8001-000000000012"
* contributor[3].reference = "urn:uuid:00000000-0000-4000-8001-000000000010"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8001-000000000017"
* addresses[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000019"
* addresses[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000020"
* addresses[2].reference = "urn:uuid:00000000-0000-4000-8001-000000000021"
* supportingInfo[samtykke].reference = "urn:uuid:00000000-0000-4000-8001-000000000018"
* supportingInfo[samtykke].type = "Consent"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8001-000000000022"
* goal[1].reference = "urn:uuid:00000000-0000-4000-8001-000000000023"
* goal[2].reference = "urn:uuid:00000000-0000-4000-8001-000000000024"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8001-000000000027"
* activity[1].reference.reference = "urn:uuid:00000000-0000-4000-8001-000000000028"
* activity[2].reference.reference = "urn:uuid:00000000-0000-4000-8001-000000000029"
* activity[3].reference.reference = "urn:uuid:00000000-0000-4000-8001-000000000030"
* description = "Rehabilitering etter hjerneslag i september 2025. Planen ble startet av sykehuset under innleggelsen og overtatt av Fjordvik kommune ved utskrivning 30. november 2025."
