// ICF (WHO International Classification of Functioning, Disability and Health). WHO does not
// allow redistributing the code list, so the CodeSystem carries no codes (content = not-present)
// and profiles check only the form of a code (invariant no-ip-icf-code in
// profiles/fsh/invariants/IcfCode.fsh).

CodeSystem: ICF
Id: icf
Title: "ICF (no codes)"
Description: "WHO ICF, referenced without its content. Codes are a component letter (b body functions, s body structures, d activities and participation, e environmental factors) followed by up to five digits, optionally with a qualifier after a point, e.g. d450 or b28013.2."
* ^url = "http://hl7.org/fhir/sid/icf"
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #not-present
