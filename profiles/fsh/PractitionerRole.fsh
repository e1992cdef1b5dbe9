Profile: NoIpPractitionerRole
Parent: $NoBasisPractitionerRole
Id: no-ip-PractitionerRole
Title: "IP Tjenesteyter i virksomhet"
Description: "A practitioner acting for an organisation: the fysioterapeut in the municipality, the lege at the hospital, the NAV advisor. Used where it matters which service a person acts for. Derived from HL7 Norway's no-basis-PractitionerRole (code slice for functions 9034, specialty slice for fagområde 8451); the IP needs the practitioner and the organisation."
* active MS
* practitioner 1..1 MS
* practitioner only Reference(NoIpPractitioner)
* organization 1..1 MS
* organization only Reference(NoIpOrganization)
* code MS
* code from HelsepersonellkategoriVS (extensible)
* code ^short = "Health personnel category (Volven 9060) or another role"
* specialty MS
* telecom MS
