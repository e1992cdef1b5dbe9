// The Volven code system under its official OID, without its codes (content = not-present): the
// guide does not carry the list, but validators must know the system exists, or a coding with it
// is taken for a reference to the ValueSet at the same address.

CodeSystem: Volven7426
Id: volven-7426
Title: "Spesialitet helsepersonell (Volven 7426)"
Description: "Volven 7426, referenced without its content; the codes are published in Volven by the Norwegian Directorate of Health."
* ^url = "urn:oid:2.16.578.1.12.4.1.1.7426"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #not-present
