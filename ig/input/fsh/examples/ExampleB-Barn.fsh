// (b) A child with habilitation needs moving from barnehage to school, with PPT, school, habilitation service and parents.

Instance: ip-b-barn
InstanceOf: Bundle
Title: "Eksempel (b): barn med habiliteringsbehov, barnehage, skole og PPT"
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

Instance: FjordvikSkole
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000089"
* name = "Fjordvik skole"
* active = true
* type = NoIpTjenestesektor#skole
* partOf.reference = "urn:uuid:00000000-0000-4000-8001-000000000001"

Instance: FjordvikPPT
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000097"
* name = "PP-tjenesten i Fjordvik"
* active = true
* type = NoIpTjenestesektor#ppt
* partOf.reference = "urn:uuid:00000000-0000-4000-8001-000000000001"

Instance: SolsidenBarnehage
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000100"
* name = "Solsiden barnehage"
* active = true
* type = NoIpTjenestesektor#barnehage

Instance: FjordvikSykehusHabilitering
InstanceOf: NoIpOrganization
Usage: #inline
* identifier[ENH].value = "991000119"
* name = "Fjordvik sykehus HF, habiliteringstjenesten for barn og unge"
* active = true
* type = NoIpTjenestesektor#spesialisthelsetjeneste
* identifier[RSH].value = "4001240"

Instance: PatientEmmaLarsen
InstanceOf: NoIpPatient
Usage: #inline
* identifier[FNR].value = "03832051240"
* name.family = "Larsen"
* name.given = "Emma"
* gender = #female
* birthDate = "2020-03-03"
* contact.relationship = http://terminology.hl7.org/CodeSystem/v2-0131#N "Next-of-Kin"
* contact.name.family = "Larsen"
* contact.name.given = "Ingrid"
* contact.telecom.system = #phone
* contact.telecom.value = "+47 99 00 00 11"

Instance: RelatedPersonIngridLarsen
InstanceOf: NoIpRelatedPerson
Usage: #inline
* identifier[FNR].value = "11898852093"
* identifier[1].system = "https://id.fjordvik-kommune.example/parorende"
* identifier[1].value = "p-0107-1"
* active = true
* patient.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* relationship[0] = http://terminology.hl7.org/CodeSystem/v3-RoleCode#MTH "mother"
* relationship[1] = NoIpRolle#verge
* name.family = "Larsen"
* name.given = "Ingrid"
* telecom.system = #phone
* telecom.value = "+47 99 00 00 11"

Instance: RelatedPersonJonasLarsen
InstanceOf: NoIpRelatedPerson
Usage: #inline
* identifier[FNR].value = "19848653120"
* identifier[1].system = "https://id.fjordvik-kommune.example/parorende"
* identifier[1].value = "p-0107-2"
* active = true
* patient.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* relationship[0] = http://terminology.hl7.org/CodeSystem/v3-RoleCode#FTH "father"
* relationship[1] = NoIpRolle#verge
* name.family = "Larsen"
* name.given = "Jonas"

Instance: PractitionerNoraSolberg
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "8123456"
* name.family = "Solberg"
* name.given = "Nora"
* qualification.code.coding[healthPersonnellCategory].code = #VP

Instance: RoleNoraSolbergKommune
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8002-000000000008"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000002"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolenorasolbergkommune"
* telecom[0].system = #phone
* telecom[0].value = "+47 99 00 01 20"
* telecom[0].use = #work
* telecom[1].system = #email
* telecom[1].value = "nora.solberg@fjordvik-kommune.example"
* telecom[1].use = #work
* code.coding[0].system = $volven9060
* code.coding[0].code = #VP

Instance: PractitionerOlaBakken
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[0].system = "https://id.fjordvik-kommune.example/tjenesteyter"
* identifier[0].value = "practitionerolabakken"
* name.family = "Bakken"
* name.given = "Ola"

Instance: RoleOlaBakkenPPT
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8002-000000000010"
* organization.reference = "urn:uuid:00000000-0000-4000-8002-000000000002"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "roleolabakkenppt"
* code.text = "Pedagogisk-psykologisk rådgiver"

Instance: PractitionerHegeStrand
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[0].system = "https://id.fjordvik-kommune.example/tjenesteyter"
* identifier[0].value = "practitionerhegestrand"
* name.family = "Strand"
* name.given = "Hege"

Instance: RoleHegeStrandSkole
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8002-000000000012"
* organization.reference = "urn:uuid:00000000-0000-4000-8002-000000000001"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "rolehegestrandskole"
* code.text = "Kontaktlærer"

Instance: PractitionerToneVik
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[0].system = "https://id.fjordvik-kommune.example/tjenesteyter"
* identifier[0].value = "practitionertonevik"
* name.family = "Vik"
* name.given = "Tone"

Instance: RoleToneVikBarnehage
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8002-000000000014"
* organization.reference = "urn:uuid:00000000-0000-4000-8002-000000000003"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "roletonevikbarnehage"
* code.text = "Pedagogisk leder"

Instance: PractitionerErikHolm
InstanceOf: NoIpPractitioner
Usage: #inline
* identifier[HPR].value = "8234567"
* name.family = "Holm"
* name.given = "Erik"
* qualification.code.coding[healthPersonnellCategory].code = #PS

Instance: RoleErikHolmHabilitering
InstanceOf: NoIpPractitionerRole
Usage: #inline
* active = true
* practitioner.reference = "urn:uuid:00000000-0000-4000-8002-000000000016"
* organization.reference = "urn:uuid:00000000-0000-4000-8002-000000000004"
* identifier.system = "https://id.fjordvik-kommune.example/rolle"
* identifier.value = "roleerikholmhabilitering"
* code.coding[0].system = $volven9060
* code.coding[0].code = #PS

Instance: CareTeamEmmaLarsen
InstanceOf: NoIpCareTeam
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/ansvarsgruppe"
* identifier.value = "ag-2025-0107"
* status = #active
* name = "Ansvarsgruppe for Emma Larsen"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* period.start = "2025-03-01"
* managingOrganization.reference = "urn:uuid:00000000-0000-4000-8001-000000000002"
* participant[0].role = NoIpRolle#verge
* participant[0].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000006"
* participant[0].period.start = "2025-03-01"
* participant[1].role = NoIpRolle#verge
* participant[1].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000007"
* participant[1].period.start = "2025-03-01"
* participant[2].role = NoIpRolle#koordinator
* participant[2].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000009"
* participant[2].period.start = "2025-03-01"
* participant[3].role = NoIpRolle#tjenesteyter
* participant[3].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000011"
* participant[3].period.start = "2025-03-01"
* participant[4].role = NoIpRolle#kontaktperson
* participant[4].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000015"
* participant[4].period.start = "2025-03-01"
* participant[4].period.end = "2026-06-20"
* participant[5].role = NoIpRolle#kontaktperson
* participant[5].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000013"
* participant[5].period.start = "2026-04-01"
* participant[6].role = NoIpRolle#tjenesteyter
* participant[6].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000017"
* participant[6].period.start = "2025-03-01"
* participant[7].role = NoIpRolle#leder-ansvarsgruppe
* participant[7].member.reference = "urn:uuid:00000000-0000-4000-8002-000000000009"
* participant[7].period.start = "2025-03-01"

Instance: ConsentEmmaLarsen
InstanceOf: NoIpConsent
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/samtykke"
* identifier.value = "s-2025-0107"
* status = #active
* patient.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* dateTime = "2025-02-20T14:00:00+01:00"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000006"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000007"
* organization.reference = "urn:uuid:00000000-0000-4000-8001-000000000001"
* policy.uri = "https://lovdata.no/forskrift/2011-12-16-1256"
* provision.type = #permit
* provision.period.start = "2025-02-20"
* provision.provision[0].type = #permit
* provision.provision[0].actor[0].role = http://terminology.hl7.org/CodeSystem/v3-ParticipationType#IRCP "information recipient"
* provision.provision[0].actor[0].reference.reference = "urn:uuid:00000000-0000-4000-8002-000000000018"
* provision.provision[0].action = http://terminology.hl7.org/CodeSystem/consentaction#access
* provision.provision[1].type = #deny
* provision.provision[1].actor[0].role = http://terminology.hl7.org/CodeSystem/v3-ParticipationType#IRCP "information recipient"
* provision.provision[1].actor[0].reference.reference = "urn:uuid:00000000-0000-4000-8002-000000000001"
* provision.provision[1].action = http://terminology.hl7.org/CodeSystem/consentaction#access
* provision.provision[1].class = http://hl7.org/fhir/resource-types#Observation

Instance: BehovEmmaSamspill
InstanceOf: NoIpBehov
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/behov"
* identifier.value = "b-0107-1"
* category = NoIpKartlegging#behov
* clinicalStatus = http://terminology.hl7.org/CodeSystem/condition-clinical#active
* code.text = "Forsinket språkutvikling; trenger støtte i lek og samspill og en trygg overgang fra barnehage til skole"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* recordedDate = "2025-03-01"

Instance: RessursEmmaMusikk
InstanceOf: NoIpBehov
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/behov"
* identifier.value = "b-0107-2"
* category = NoIpKartlegging#ressurs
* clinicalStatus = http://terminology.hl7.org/CodeSystem/condition-clinical#active
* code.text = "Glad i musikk og sang; lærer godt med bilder og rutiner"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* recordedDate = "2025-03-01"

Instance: GoalEmmaLeke
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/mal"
* identifier.value = "m-0107-1"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#in-progress
* category = NoIpFunksjonsomrade#sosial
* description.text = "Jeg vil leke med de andre i friminuttet"
* description.coding = http://hl7.org/fhir/sid/icf#d880 "Engasjement i lek"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* target.dueDate = "2026-12-20"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* addresses.reference = "urn:uuid:00000000-0000-4000-8002-000000000020"

Instance: GoalEmmaSkolestart
InstanceOf: NoIpGoal
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/mal"
* identifier.value = "m-0107-2"
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#in-progress
* category[0] = NoIpFunksjonsomrade#laering-mestring
* category[1] = NoIpFunksjonsomrade#kognitiv
* description.text = "Emma har en trygg skolestart med tilrettelagt opplæring"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* target.dueDate = "2026-10-01"
* expressedBy.reference = "urn:uuid:00000000-0000-4000-8002-000000000006"
* addresses.reference = "urn:uuid:00000000-0000-4000-8002-000000000020"

Instance: TiltakEmmaOvergang
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0107-1"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000023"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8002-000000000098"
* status = #active
* category = NoIpTjenestesektor#barnehage
* code.text = "Overgangsmøter og besøk på skolen før skolestart"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000003"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000015"
* performer[2].reference = "urn:uuid:00000000-0000-4000-8002-000000000013"
* occurrencePeriod.start = "2026-04-01"
* occurrencePeriod.end = "2026-08-15"
* patientInstruction = "Emma besøker skolen sammen med en voksen fra barnehagen fire ganger i vår."
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000020"

Instance: TiltakEmmaSakkyndig
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0107-2"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000023"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8002-000000000098"
* status = #active
* category = NoIpTjenestesektor#ppt
* code.text = "Sakkyndig vurdering av behov for spesialundervisning"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000002"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000011"
* occurrencePeriod.start = "2026-01-10"
* occurrencePeriod.end = "2026-04-30"
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000020"

Instance: TiltakEmmaSpraktrening
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0107-3"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000022"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8002-000000000098"
* status = #active
* category = NoIpTjenestesektor#spesialisthelsetjeneste
* code.text = "Veiledning av foreldre og skole i språk- og samspillstrening"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000004"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000017"
* occurrenceTiming.repeat.boundsPeriod.start = "2026-01-10"
* occurrenceTiming.repeat.boundsPeriod.end = "2026-12-20"
* occurrenceTiming.repeat.frequency = 1
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #mo
* patientInstruction = "Habiliteringstjenesten veileder foreldre og lærere en gang i måneden."
* reasonReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000020"

Instance: TiltakEmmaSangHjemme
InstanceOf: NoIpTiltak
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/tiltak"
* identifier.value = "t-0107-4"
* extension[maal][0].valueReference.reference = "urn:uuid:00000000-0000-4000-8002-000000000022"
* basedOn.reference = "urn:uuid:00000000-0000-4000-8002-000000000098"
* status = #active
* category = NoIpTjenestesektor#kommune
* code.text = "Sang- og bildebasert språklek hjemme"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* authoredOn = "2025-10-15"
* performer[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000006"
* performer[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000007"
* occurrenceTiming.repeat.boundsPeriod.start = "2026-01-10"
* occurrenceTiming.repeat.boundsPeriod.end = "2026-12-20"
* occurrenceTiming.repeat.frequency = 5
* occurrenceTiming.repeat.period = 1
* occurrenceTiming.repeat.periodUnit = #wk
* patientInstruction = "Foreldrene bruker sangkortene hver kveld."

Instance: CarePlanEmmaLarsen
InstanceOf: NoIpCarePlan
Usage: #inline
* identifier.system = "https://id.fjordvik-kommune.example/plan"
* identifier.value = "ip-2025-0107"
* extension[nesteEvaluering].valueDate = "2026-03-01"
* extension[behovsniva].valueCodeableConcept = NoIpBehovsniva#middels
* status = #active
* intent = #plan
* category[plankategori] = NoIpPlankategori#individuell-plan
* title = "Individuell plan for Emma Larsen"
* subject.reference = "urn:uuid:00000000-0000-4000-8002-000000000005"
* period.start = "2025-03-01"
* author.reference = "urn:uuid:00000000-0000-4000-8001-000000000002"
* contributor[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000006"
* contributor[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000007"
* contributor[2].reference = "urn:uuid:00000000-0000-4000-8002-000000000009"
* careTeam.reference = "urn:uuid:00000000-0000-4000-8002-000000000018"
* addresses[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000020"
* addresses[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000021"
* supportingInfo[samtykke].reference = "urn:uuid:00000000-0000-4000-8002-000000000019"
* supportingInfo[samtykke].type = "Consent"
* goal[0].reference = "urn:uuid:00000000-0000-4000-8002-000000000022"
* goal[1].reference = "urn:uuid:00000000-0000-4000-8002-000000000023"
* activity[0].reference.reference = "urn:uuid:00000000-0000-4000-8002-000000000024"
* activity[1].reference.reference = "urn:uuid:00000000-0000-4000-8002-000000000025"
* activity[2].reference.reference = "urn:uuid:00000000-0000-4000-8002-000000000026"
* activity[3].reference.reference = "urn:uuid:00000000-0000-4000-8002-000000000027"
