ValueSet: HelsepersonellkategoriVS
Id: no-ip-helsepersonellkategori
Title: "Kategori helsepersonell"
Description: "Kategorier av helsepersonell (Volven 9060). (Health personnel categories.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system Helsepersonellkategori
