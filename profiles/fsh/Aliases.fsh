// The one file of aliases for all FSH (profiles, terminology, ig examples); SUSHI aliases are
// global to a project.

// Identifier systems used by HL7 Norway's base profiles (no-basis)
Alias: $fnr = urn:oid:2.16.578.1.12.4.1.4.1
Alias: $dnr = urn:oid:2.16.578.1.12.4.1.4.2
Alias: $fhn = urn:oid:2.16.578.1.12.4.1.4.3
Alias: $hpr = urn:oid:2.16.578.1.12.4.1.4.4
Alias: $orgnr = urn:oid:2.16.578.1.12.4.1.4.101
Alias: $resh = urn:oid:2.16.578.1.12.4.1.4.102
Alias: $herid = urn:oid:2.16.578.1.12.4.1.2
Alias: $kommunenr = https://register.geonorge.no/sosi-kodelister/kommunenummer

// Volven code systems, where a code is assigned without its CodeSystem: the CodeSystem and the
// ValueSet of a Volven OID share its URL, and SUSHI would take the ValueSet.
Alias: $volven9060 = urn:oid:2.16.578.1.12.4.1.1.9060

// FHIR core
Alias: $consentscope = http://terminology.hl7.org/CodeSystem/consentscope
Alias: $pertainsToGoal = http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal

// HL7 Norway's base profiles (package hl7.fhir.no.basis 2.2.0, vendored in ig/packages/)
Alias: $NoBasisPatient = http://hl7.no/fhir/StructureDefinition/no-basis-Patient
Alias: $NoBasisPractitioner = http://hl7.no/fhir/StructureDefinition/no-basis-Practitioner
Alias: $NoBasisPractitionerRole = http://hl7.no/fhir/StructureDefinition/no-basis-PractitionerRole
Alias: $NoBasisOrganization = http://hl7.no/fhir/StructureDefinition/no-basis-Organization
Alias: $NoBasisRelatedPerson = http://hl7.no/fhir/StructureDefinition/no-basis-RelatedPerson
