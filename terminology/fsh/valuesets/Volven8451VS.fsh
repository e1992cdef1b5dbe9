ValueSet: Volven8451VS
Id: volven-8451
Title: "Fagområde (Volven 8451)"
Description: "Fagområder (Volven 8451): every code of the Volven code system (its CodeSystem here carries no codes, content = not-present); bound by no-basis-PractitionerRole, specialty:discipline (preferred). (Disciplines.)"
* ^url = "urn:oid:2.16.578.1.12.4.1.1.8451"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system Volven8451
