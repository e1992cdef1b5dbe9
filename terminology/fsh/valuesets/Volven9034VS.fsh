ValueSet: Volven9034VS
Id: volven-9034
Title: "Helsepersonells funksjoner (Volven 9034)"
Description: "Helsepersonells funksjoner mv. (Volven 9034): every code of the Volven code system (its CodeSystem here carries no codes, content = not-present); bound by no-basis-PractitionerRole, code:functions (preferred). (Functions of health personnel.)"
* ^url = "urn:oid:2.16.578.1.12.4.1.1.9034"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system Volven9034
