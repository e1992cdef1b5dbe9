// Obeyed by NoIpGoal and NoIpGoalEvaluation. WHO's code list cannot be shipped (see the ICF
// CodeSystem), so only the form of a code is checked.

Invariant: no-ip-icf-code
Description: "An ICF code (system http://hl7.org/fhir/sid/icf) has the form of a component letter b, s, d or e, one to five digits, and optionally a point and one to three qualifier digits."
Severity: #error
Expression: "descendants().ofType(Coding).where(system = 'http://hl7.org/fhir/sid/icf').all(code.matches('^[bsde][0-9]{1,5}([.][0-9]{1,3})?$'))"
