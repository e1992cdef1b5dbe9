// Check digits of Norwegian identifiers as FHIRPath, applied to identifier slices by system.
// The first control digit (K1) is checked in its relaxed 2032 form: the weighted sum of
// d1..d9 and K1 (K1 weighted 1) must leave remainder 0, 1, 2 or 3 modulo 11. Today's rule is
// remainder 0, so numbers issued under both rules pass. The Java library no.ipfhir.identifier
// holds the same rule in one replaceable place (FirstControlDigitRule.FROM_2032, the default of
// NorwegianIdentifiers), which the server checks beside these invariants.

Invariant: no-ip-fnr
Description: "Fødselsnummer: 11 digits with valid control digits (mod 11)."
Severity: #error
Expression: "value.all(matches('^[0-3][0-9]{10}$') and ((substring(0,1).toInteger()*3 + substring(1,1).toInteger()*7 + substring(2,1).toInteger()*6 + substring(3,1).toInteger()*1 + substring(4,1).toInteger()*8 + substring(5,1).toInteger()*9 + substring(6,1).toInteger()*4 + substring(7,1).toInteger()*5 + substring(8,1).toInteger()*2 + substring(9,1).toInteger()) mod 11) <= 3 and ((substring(0,1).toInteger()*5 + substring(1,1).toInteger()*4 + substring(2,1).toInteger()*3 + substring(3,1).toInteger()*2 + substring(4,1).toInteger()*7 + substring(5,1).toInteger()*6 + substring(6,1).toInteger()*5 + substring(7,1).toInteger()*4 + substring(8,1).toInteger()*3 + substring(9,1).toInteger()*2 + substring(10,1).toInteger()) mod 11) = 0)"

Invariant: no-ip-dnr
Description: "D-nummer: 11 digits, first digit 4-7 (day of birth + 40), valid control digits (mod 11)."
Severity: #error
Expression: "value.all(matches('^[4-7][0-9]{10}$') and ((substring(0,1).toInteger()*3 + substring(1,1).toInteger()*7 + substring(2,1).toInteger()*6 + substring(3,1).toInteger()*1 + substring(4,1).toInteger()*8 + substring(5,1).toInteger()*9 + substring(6,1).toInteger()*4 + substring(7,1).toInteger()*5 + substring(8,1).toInteger()*2 + substring(9,1).toInteger()) mod 11) <= 3 and ((substring(0,1).toInteger()*5 + substring(1,1).toInteger()*4 + substring(2,1).toInteger()*3 + substring(3,1).toInteger()*2 + substring(4,1).toInteger()*7 + substring(5,1).toInteger()*6 + substring(6,1).toInteger()*5 + substring(7,1).toInteger()*4 + substring(8,1).toInteger()*3 + substring(9,1).toInteger()*2 + substring(10,1).toInteger()) mod 11) = 0)"

Invariant: no-ip-fhn
Description: "Felles hjelpenummer (FH-nummer): 11 digits, first digit 8 or 9, valid control digits (mod 11)."
Severity: #error
Expression: "value.all(matches('^[89][0-9]{10}$') and ((substring(0,1).toInteger()*3 + substring(1,1).toInteger()*7 + substring(2,1).toInteger()*6 + substring(3,1).toInteger()*1 + substring(4,1).toInteger()*8 + substring(5,1).toInteger()*9 + substring(6,1).toInteger()*4 + substring(7,1).toInteger()*5 + substring(8,1).toInteger()*2 + substring(9,1).toInteger()) mod 11) <= 3 and ((substring(0,1).toInteger()*5 + substring(1,1).toInteger()*4 + substring(2,1).toInteger()*3 + substring(3,1).toInteger()*2 + substring(4,1).toInteger()*7 + substring(5,1).toInteger()*6 + substring(6,1).toInteger()*5 + substring(7,1).toInteger()*4 + substring(8,1).toInteger()*3 + substring(9,1).toInteger()*2 + substring(10,1).toInteger()) mod 11) = 0)"

Invariant: no-ip-orgnr
Description: "Organisasjonsnummer: 9 digits with a valid mod 11 control digit (weights 3,2,7,6,5,4,3,2)."
Severity: #error
Expression: "value.all(matches('^[0-9]{9}$') and ((substring(0,1).toInteger()*3 + substring(1,1).toInteger()*2 + substring(2,1).toInteger()*7 + substring(3,1).toInteger()*6 + substring(4,1).toInteger()*5 + substring(5,1).toInteger()*4 + substring(6,1).toInteger()*3 + substring(7,1).toInteger()*2 + substring(8,1).toInteger()) mod 11) = 0)"

Invariant: no-ip-hpr
Description: "HPR-nummer: digits only (no public check digit; leading zeros are kept)."
Severity: #error
Expression: "value.all(matches('^[0-9]{1,9}$'))"
