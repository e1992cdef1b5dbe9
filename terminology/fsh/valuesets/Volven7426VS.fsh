ValueSet: Volven7426VS
Id: volven-7426
Title: "Spesialitet helsepersonell (Volven 7426)"
Description: "Godkjente spesialiteter for helsepersonell i HPR (Volven 7426): every code of the Volven code system (its CodeSystem here carries no codes, content = not-present); bound by no-basis-Practitioner, qualification.code.coding:healthPersonnelSpecialization (preferred). (Approved specialities of health personnel in hpr.)"
* ^url = "urn:oid:2.16.578.1.12.4.1.1.7426"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system Volven7426
