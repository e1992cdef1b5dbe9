// The Volven code system under its official OID, without its codes (content = not-present): the
// guide does not carry the list, but validators must know the system exists, or a coding with it
// is taken for a reference to the ValueSet at the same address.

CodeSystem: Volven8451
Id: volven-8451
Title: "Fagområde (Volven 8451)"
Description: "Volven 8451, referenced without its content; the codes are published in Volven by the Norwegian Directorate of Health."
* ^url = "urn:oid:2.16.578.1.12.4.1.1.8451"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #not-present
