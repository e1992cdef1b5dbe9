ValueSet: ICFVS
Id: no-ip-icf
Title: "ICF"
Description: "Any ICF code. The form of the code is checked by the invariant no-ip-icf-code."
* ^status = #active
* ^experimental = false
* include codes from system ICF
