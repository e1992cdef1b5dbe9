// no-basis binds Practitioner.qualification's health-personnel coding to a ValueSet at the Volven
// OID, the same address as the code system. CodeSystem and ValueSet are different resource types
// and every FHIR lookup is by type and URL, so the two share the canonical as Volven does.

ValueSet: HelsepersonellkategoriVS
Id: volven-9060
Title: "Kategori helsepersonell (Volven 9060)"
Description: "Kategorier av helsepersonell etter helsepersonelloven (Volven 9060): the value set no-basis-Practitioner binds. Its codes here are the excerpt this guide carries (CodeSystem content = fragment). (Health personnel categories.)"
* ^url = "urn:oid:2.16.578.1.12.4.1.1.9060"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system Helsepersonellkategori
