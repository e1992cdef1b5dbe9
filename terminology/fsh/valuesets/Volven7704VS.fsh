ValueSet: Volven7704VS
Id: volven-7704
Title: "Godkjenningstype HPR (Volven 7704)"
Description: "Godkjenningstype for helsepersonell i Helsepersonellregisteret (HPR) (Volven 7704): every code of the Volven code system (its CodeSystem here carries no codes, content = not-present); bound by no-basis-Practitioner, qualification.code.coding:approvalType (preferred). (Approval type of health personnel in hpr.)"
* ^url = "urn:oid:2.16.578.1.12.4.1.1.7704"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system Volven7704
