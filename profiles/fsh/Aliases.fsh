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

// FHIR core
Alias: $consentscope = http://terminology.hl7.org/CodeSystem/consentscope
Alias: $pertainsToGoal = http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal
