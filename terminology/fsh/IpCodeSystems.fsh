// The project's own code systems. Codes carry bokmål displays (the CodeSystem language is nb)
// and nynorsk (nn) and English (en) designations.

CodeSystem: NoIpRolle
Id: no-ip-rolle
Title: "IP-roller"
Description: "Roller i arbeidet med individuell plan og i ansvarsgruppen. Det finnes ingen nasjonal kode for disse rollene. (Roles in the work on an individual plan and in the ansvarsgruppe (responsible group).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #koordinator "Koordinator" "Tjenesteyteren med hovedansvar for oppfølging, samordning og framdrift i planen. Nøyaktig én til enhver tid."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Koordinator"
  * ^designation[1].language = #en
  * ^designation[1].value = "Coordinator"
* #kontaktperson "Kontaktperson" "Fast kontaktperson i en tjeneste som deltar i planarbeidet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kontaktperson"
  * ^designation[1].language = #en
  * ^designation[1].value = "Contact person"
* #fastlege "Fastlege" "Pasientens fastlege."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fastlege"
  * ^designation[1].language = #en
  * ^designation[1].value = "Regular general practitioner"
* #pasient "Pasient/bruker" "Personen planen tilhører."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Pasient/brukar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Patient/service user"
* #parorende "Pårørende" "Pårørende som deltar så langt pasienten ønsker det."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Pårørande"
  * ^designation[1].language = #en
  * ^designation[1].value = "Next of kin"
* #verge "Verge" "Verge eller foresatt som ivaretar pasientens rettigheter."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Verje"
  * ^designation[1].language = #en
  * ^designation[1].value = "Legal guardian"
* #tjenesteyter "Tjenesteyter" "Representant for en tjeneste eller etat som bidrar med tiltak."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Tenesteytar"
  * ^designation[1].language = #en
  * ^designation[1].value = "Service provider"
* #leder-ansvarsgruppe "Leder av ansvarsgruppe" "Leder møtene i ansvarsgruppen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Leiar av ansvarsgruppe"
  * ^designation[1].language = #en
  * ^designation[1].value = "Chair of the responsible group"
* #koordinerende-enhet "Koordinerende enhet" "Representant for koordinerende enhet i kommunen eller helseforetaket."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Koordinerande eining"
  * ^designation[1].language = #en
  * ^designation[1].value = "Coordinating unit"

ValueSet: NoIpRolleVS
Id: no-ip-rolle
Title: "IP-roller"
Description: "Alle koder i ip-roller. (Roles in the work on an individual plan and in the ansvarsgruppe (responsible group).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpRolle

CodeSystem: NoIpPlankategori
Id: no-ip-plankategori
Title: "Plankategori"
Description: "Kategorier av planer: individuell plan og delplaner som henger under den. (Plan categories: the individual plan and the sub-plans that hang under it (CarePlan.partOf).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #individuell-plan "Individuell plan" "Pasientens ene individuelle plan (IP)."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Individuell plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Individual plan"
* #behandlingsplan "Behandlingsplan" "Delplan for behandling i en helsetjeneste."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Behandlingsplan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Treatment plan"
* #iop "Individuell opplæringsplan (IOP)" "Delplan for spesialundervisning i skolen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Individuell opplæringsplan (IOP)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Individual education plan"
* #treningsplan "Treningsplan" "Delplan for trening, f.eks. fysioterapi eller ergoterapi."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Treningsplan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Training plan"
* #aktivitetsplan "Aktivitetsplan (NAV)" "Delplan for arbeidsrettet oppfølging i NAV."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Aktivitetsplan (NAV)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Activity plan (NAV)"
* #tiltaksplan "Tiltaksplan (barnevern)" "Delplan for tiltak i barnevernet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Tiltaksplan (barnevern)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Measures plan (child welfare)"

ValueSet: NoIpPlankategoriVS
Id: no-ip-plankategori
Title: "Plankategori"
Description: "Alle koder i plankategori. (Plan categories: the individual plan and the sub-plans that hang under it (CarePlan.partOf).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpPlankategori

CodeSystem: NoIpBehovsniva
Id: no-ip-behovsniva
Title: "Behovsnivå"
Description: "Nivå på pasientens behov for koordinerte tjenester, brukt i planleggingen. (Need levels used in planning.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #mindre "Mindre behov" "Behov som kan dekkes med få tjenester og enkel koordinering."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Mindre behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Minor needs"
* #middels "Middels behov" "Behov for flere tjenester over tid."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Middels behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Moderate needs"
* #omfattende "Omfattende behov" "Sammensatte behov for mange tjenester og tett koordinering."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Omfattande behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Extensive needs"

ValueSet: NoIpBehovsnivaVS
Id: no-ip-behovsniva
Title: "Behovsnivå"
Description: "Alle koder i behovsnivå. (Need levels used in planning.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpBehovsniva

CodeSystem: NoIpFunksjonsomrade
Id: no-ip-funksjonsomrade
Title: "Funksjonsområde"
Description: "Funksjonsområdene planens mål og tiltak spenner over. (Functional areas the plan's goals and measures span.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #fysisk "Fysisk" "Fysisk funksjon, motorikk og mobilitet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fysisk"
  * ^designation[1].language = #en
  * ^designation[1].value = "Physical"
* #kognitiv "Kognitiv" "Hukommelse, oppmerksomhet, språk og problemløsning."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kognitiv"
  * ^designation[1].language = #en
  * ^designation[1].value = "Cognitive"
* #sosial "Sosial" "Sosialt samspill og deltakelse."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Sosial"
  * ^designation[1].language = #en
  * ^designation[1].value = "Social"
* #psykisk "Psykisk" "Psykisk helse."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Psykisk"
  * ^designation[1].language = #en
  * ^designation[1].value = "Mental"
* #psykososial "Psykososial" "Samspillet mellom psykiske og sosiale forhold."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Psykososial"
  * ^designation[1].language = #en
  * ^designation[1].value = "Psychosocial"
* #medisinsk "Medisinsk" "Medisinsk oppfølging og behandling."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Medisinsk"
  * ^designation[1].language = #en
  * ^designation[1].value = "Medical"
* #sanseomradet "Sanseområdet" "Syn, hørsel og andre sanser."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Sanseområdet"
  * ^designation[1].language = #en
  * ^designation[1].value = "Sensory"
* #laering-mestring "Læring og mestring" "Læring, mestring av hverdagen og egen helse."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Læring og meistring"
  * ^designation[1].language = #en
  * ^designation[1].value = "Learning and coping"
* #arbeid-utdanning "Arbeid og utdanning" "Arbeid, skole og utdanning."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Arbeid og utdanning"
  * ^designation[1].language = #en
  * ^designation[1].value = "Work and education"

ValueSet: NoIpFunksjonsomradeVS
Id: no-ip-funksjonsomrade
Title: "Funksjonsområde"
Description: "Alle koder i funksjonsområde. (Functional areas the plan's goals and measures span.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpFunksjonsomrade

CodeSystem: NoIpTjenestesektor
Id: no-ip-tjenestesektor
Title: "Tjenestesektor"
Description: "Tjenester, sektorer og etater som deltar i planarbeidet. (Services, sectors and agencies taking part in the plan work.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #kommune "Kommunale helse- og omsorgstjenester" "Kommunens helse- og omsorgstjenester, inkludert koordinerende enhet."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Kommunale helse- og omsorgstenester"
  * ^designation[1].language = #en
  * ^designation[1].value = "Municipal health and care services"
* #spesialisthelsetjeneste "Spesialisthelsetjenesten" "Helseforetak, f.eks. habiliterings- eller rehabiliteringstjenesten."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Spesialisthelsetenesta"
  * ^designation[1].language = #en
  * ^designation[1].value = "Specialist health service"
* #fastlege "Fastlege" "Fastlegeordningen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Fastlege"
  * ^designation[1].language = #en
  * ^designation[1].value = "Regular general practitioner"
* #nav "NAV" "Arbeids- og velferdsforvaltningen."
  * ^designation[0].language = #nn
  * ^designation[0].value = "NAV"
  * ^designation[1].language = #en
  * ^designation[1].value = "Norwegian Labour and Welfare Administration"
* #skole "Skole" "Grunnskole og videregående skole."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Skule"
  * ^designation[1].language = #en
  * ^designation[1].value = "School"
* #barnehage "Barnehage" "Barnehage."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Barnehage"
  * ^designation[1].language = #en
  * ^designation[1].value = "Kindergarten"
* #ppt "Pedagogisk-psykologisk tjeneste (PPT)" "PP-tjenesten."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Pedagogisk-psykologisk teneste (PPT)"
  * ^designation[1].language = #en
  * ^designation[1].value = "Educational-psychological service"
* #barnevern "Barnevern" "Barnevernstjenesten."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Barnevern"
  * ^designation[1].language = #en
  * ^designation[1].value = "Child welfare service"
* #frivillig "Frivillig organisasjon" "Frivillige organisasjoner, f.eks. brukerorganisasjoner."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Frivillig organisasjon"
  * ^designation[1].language = #en
  * ^designation[1].value = "Voluntary organisation"
* #laering-mestring "Lærings- og mestringstjeneste" "Lærings- og mestringssentre i kommune og helseforetak."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Lærings- og meistringsteneste"
  * ^designation[1].language = #en
  * ^designation[1].value = "Learning and coping service"

ValueSet: NoIpTjenestesektorVS
Id: no-ip-tjenestesektor
Title: "Tjenestesektor"
Description: "Alle koder i tjenestesektor. (Services, sectors and agencies taking part in the plan work.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpTjenestesektor

CodeSystem: NoIpPlanstatusarsak
Id: no-ip-planstatusarsak
Title: "Årsak til planstatus"
Description: "Hvorfor en plan er avsluttet før tiden (CarePlan.status = revoked). (Why a plan was ended early (CarePlan.status = revoked).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #samtykke-trukket "Samtykke trukket" "Pasienten (eller den som samtykker på vegne av pasienten) har trukket samtykket."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Samtykke trekt"
  * ^designation[1].language = #en
  * ^designation[1].value = "Consent withdrawn"
* #behov-opphort "Behovet har opphørt" "Pasienten har ikke lenger behov for langvarige og koordinerte tjenester."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Behovet har opphøyrt"
  * ^designation[1].language = #en
  * ^designation[1].value = "Need has ended"
* #flyttet "Flyttet" "Pasienten har flyttet, og planen videreføres av en annen kommune."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Flytta"
  * ^designation[1].language = #en
  * ^designation[1].value = "Moved"
* #dod "Død" "Pasienten er død."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Død"
  * ^designation[1].language = #en
  * ^designation[1].value = "Deceased"
* #erstattet "Erstattet av ny plan" "Planen er erstattet av en ny plan."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Erstatta av ny plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Replaced by a new plan"
* #annet "Annet" "Annen årsak, beskrevet i tekst."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Anna"
  * ^designation[1].language = #en
  * ^designation[1].value = "Other"

ValueSet: NoIpPlanstatusarsakVS
Id: no-ip-planstatusarsak
Title: "Årsak til planstatus"
Description: "Alle koder i årsak til planstatus. (Why a plan was ended early (CarePlan.status = revoked).)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpPlanstatusarsak

CodeSystem: NoIpKartlegging
Id: no-ip-kartlegging
Title: "Kartleggingstype"
Description: "Om et kartlagt forhold er et behov eller en ressurs hos pasienten. (Whether a mapped circumstance is a need or a resource (strength) of the patient.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #behov "Behov" "Noe pasienten trenger hjelp eller tjenester til."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Behov"
  * ^designation[1].language = #en
  * ^designation[1].value = "Need"
* #ressurs "Ressurs" "Noe pasienten mestrer eller har med seg, og som planen kan bygge på."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Ressurs"
  * ^designation[1].language = #en
  * ^designation[1].value = "Resource (strength)"

ValueSet: NoIpKartleggingVS
Id: no-ip-kartlegging
Title: "Kartleggingstype"
Description: "Alle koder i kartleggingstype. (Whether a mapped circumstance is a need or a resource (strength) of the patient.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpKartlegging

CodeSystem: NoIpEvalueringstype
Id: no-ip-evalueringstype
Title: "Evalueringstype"
Description: "Typer registreringer i evaluering av individuell plan. (Kinds of records made when an individual plan is evaluated.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #maloppnaelse "Måloppnåelse" "Vurdering av framdrift mot et mål på et tidspunkt."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Måloppnåing"
  * ^designation[1].language = #en
  * ^designation[1].value = "Goal attainment"

ValueSet: NoIpEvalueringstypeVS
Id: no-ip-evalueringstype
Title: "Evalueringstype"
Description: "Alle koder i evalueringstype. (Kinds of records made when an individual plan is evaluated.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpEvalueringstype

CodeSystem: NoIpSamtykketype
Id: no-ip-samtykketype
Title: "Samtykketype"
Description: "Hva et samtykke i planarbeidet gjelder. (What a consent in the plan work is about.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #individuell-plan "Samtykke til individuell plan" "Samtykke til at det utarbeides individuell plan og oppnevnes koordinator, og til hvem som får se hvilke opplysninger."
  * ^designation[0].language = #nn
  * ^designation[0].value = "Samtykke til individuell plan"
  * ^designation[1].language = #en
  * ^designation[1].value = "Consent to an individual plan"

ValueSet: NoIpSamtykketypeVS
Id: no-ip-samtykketype
Title: "Samtykketype"
Description: "Alle koder i samtykketype. (What a consent in the plan work is about.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpSamtykketype

ValueSet: NoIpDelplankategoriVS
Id: no-ip-delplankategori
Title: "Delplankategori"
Description: "Kategorier for delplaner som henger under en individuell plan (CarePlan.partOf). (Sub-plan categories.)"
* ^language = #nb
* ^status = #active
* ^experimental = false
* include codes from system NoIpPlankategori
* exclude NoIpPlankategori#individuell-plan
