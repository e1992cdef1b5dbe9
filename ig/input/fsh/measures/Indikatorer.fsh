// Styringsdata: the indicators on individual plans and koordinators, as FHIR Measures. The server
// evaluates them (Measure/$evaluate-measure) from a projection of the live data; each population's
// description says exactly who or what is counted. Counts of 1–4 are never shown.

Alias: $measure-scoring = http://terminology.hl7.org/CodeSystem/measure-scoring
Alias: $measure-population = http://terminology.hl7.org/CodeSystem/measure-population
Alias: $measure-type = http://terminology.hl7.org/CodeSystem/measure-type
Alias: $improvement = http://terminology.hl7.org/CodeSystem/measure-improvement-notation

RuleSet: Indikator(id, name)
* url = "https://ip-fhir.org/fhir/Measure/{id}"
* name = "{name}"
* version = "0.1.0"
* status = #active
* experimental = false
* publisher = "ip-fhir.org"
* jurisdiction = urn:iso:std:iso:3166#NO "Norway"
* type = $measure-type#structure
* disclaimer = "Aggregater uten personopplysninger. Antall fra 1 til 4 vises ikke (\"< 5\"), og heller ikke andeler eller tider som ville røpet dem."
* rationale = "Regionale planer ber om samanliknbare styringsdata om individuell plan og koordinator, beregnet likt i alle kommuner og helseforetak, fra de dataene journalsystemene allerede utveksler."

RuleSet: Stratifiers(group)
* group[{group}].stratifier[0].code = NoIpStyringsdata#kommune
* group[{group}].stratifier[0].description = "Kommunenummeret til ansvarsgruppens koordinerende enhet (eller virksomheten den er del av)."
* group[{group}].stratifier[1].code = NoIpStyringsdata#helseforetak
* group[{group}].stratifier[1].description = "Helseforetaket som deltar i ansvarsgruppen; planer uten deltaker fra spesialisthelsetjenesten er ikke med i denne oppdelingen."
* group[{group}].stratifier[2].code = NoIpStyringsdata#aldersgruppe
* group[{group}].stratifier[2].description = "Personens alder ved periodens slutt: 0-17, 18-66, 67+."

RuleSet: Population(group, index, code, description, expression)
* group[{group}].population[{index}].code = $measure-population#{code}
* group[{group}].population[{index}].description = "{description}"
* group[{group}].population[{index}].criteria.language = #text/x-ip-indikator
* group[{group}].population[{index}].criteria.expression = "{expression}"

Instance: ip-aktiv-plan
InstanceOf: Measure
Usage: #definition
Title: "Personer med aktiv individuell plan"
* insert Indikator(ip-aktiv-plan, IpAktivPlan)
* title = "Personer med aktiv individuell plan"
* description = "Hvor mange personer som hadde en individuell plan i perioden: planen (CarePlan i kategori individuell plan) har status aktiv, på vent, fullført eller tilbakekalt, og planperioden overlapper rapportperioden."
* scoring = $measure-scoring#cohort
* improvementNotation = $improvement#increase
* insert Population(0, 0, initial-population, Personer med individuell plan som var aktiv i en del av perioden., AktivPlanIPerioden)
* insert Stratifiers(0)

Instance: ip-koordinator-uten-plan
InstanceOf: Measure
Usage: #definition
Title: "Personer med koordinator, uten individuell plan"
* insert Indikator(ip-koordinator-uten-plan, IpKoordinatorUtenPlan)
* title = "Personer med koordinator, uten individuell plan"
* description = "Hvor mange personer som hadde koordinator i perioden uten å ha en aktiv individuell plan: koordinator skal tilbys også der personen ikke ønsker plan. Telles: personer med en deltaker i rollen koordinator i ansvarsgruppen, med en koordinatorperiode som overlapper rapportperioden, og uten en individuell plan som var aktiv i perioden."
* scoring = $measure-scoring#cohort
* insert Population(0, 0, initial-population, Personer med koordinator i perioden og uten aktiv individuell plan i perioden., KoordinatorUtenPlan)
* insert Stratifiers(0)

Instance: ip-tid-til-koordinator
InstanceOf: Measure
Usage: #definition
Title: "Tid fra meldt behov til oppnevnt koordinator"
* insert Indikator(ip-tid-til-koordinator, IpTidTilKoordinator)
* title = "Tid fra meldt behov til oppnevnt koordinator"
* description = "Dager fra behovet ble meldt til koordinerende enhet (Melding om behov, EpisodeOfCare.period.start) til første koordinator i ansvarsgruppen begynte (første koordinatorperiodes start), for personer som fikk koordinator i perioden. Median og 90-persentil."
* scoring = $measure-scoring#continuous-variable
* improvementNotation = $improvement#decrease
* group[0].code = NoIpStyringsdata#median
* insert Population(0, 0, initial-population, Personer med meldt behov som fikk første koordinator i perioden., KoordinatorOppnevntIPerioden)
* insert Population(0, 1, measure-population, De samme personene., KoordinatorOppnevntIPerioden)
* insert Population(0, 2, measure-observation, Dager fra meldt behov til første koordinatorperiodes start., DagerTilKoordinator)
* insert Stratifiers(0)
* group[1].code = NoIpStyringsdata#p90
* insert Population(1, 0, initial-population, Personer med meldt behov som fikk første koordinator i perioden., KoordinatorOppnevntIPerioden)
* insert Population(1, 1, measure-population, De samme personene., KoordinatorOppnevntIPerioden)
* insert Population(1, 2, measure-observation, Dager fra meldt behov til første koordinatorperiodes start., DagerTilKoordinator)
* insert Stratifiers(1)

Instance: ip-tid-til-plan
InstanceOf: Measure
Usage: #definition
Title: "Tid fra meldt behov til aktiv individuell plan"
* insert Indikator(ip-tid-til-plan, IpTidTilPlan)
* title = "Tid fra meldt behov til aktiv individuell plan"
* description = "Dager fra behovet ble meldt til koordinerende enhet (Melding om behov, EpisodeOfCare.period.start) til den individuelle planen startet (CarePlan.period.start), for personer med en plan som startet i perioden og ikke er utkast. Median og 90-persentil."
* scoring = $measure-scoring#continuous-variable
* improvementNotation = $improvement#decrease
* group[0].code = NoIpStyringsdata#median
* insert Population(0, 0, initial-population, Personer med meldt behov og en individuell plan som startet i perioden., PlanStartetIPerioden)
* insert Population(0, 1, measure-population, De samme personene., PlanStartetIPerioden)
* insert Population(0, 2, measure-observation, Dager fra meldt behov til planperiodens start., DagerTilPlan)
* insert Stratifiers(0)
* group[1].code = NoIpStyringsdata#p90
* insert Population(1, 0, initial-population, Personer med meldt behov og en individuell plan som startet i perioden., PlanStartetIPerioden)
* insert Population(1, 1, measure-population, De samme personene., PlanStartetIPerioden)
* insert Population(1, 2, measure-observation, Dager fra meldt behov til planperiodens start., DagerTilPlan)
* insert Stratifiers(1)

Instance: ip-evaluert-siste-12-mnd
InstanceOf: Measure
Usage: #definition
Title: "Andel aktive planer evaluert siste 12 måneder"
* insert Indikator(ip-evaluert-siste-12-mnd, IpEvaluertSiste12Mnd)
* title = "Andel aktive planer evaluert siste 12 måneder"
* description = "Av planene som var aktive ved periodens slutt: andelen der minst ett av planens mål ble evaluert (en måloppnåelse, Observation med profilen GoalEvaluation) i de 12 månedene før periodens slutt."
* scoring = $measure-scoring#proportion
* improvementNotation = $improvement#increase
* insert Population(0, 0, initial-population, Personer med individuell plan som var aktiv ved periodens slutt., AktivPlanVedSlutt)
* insert Population(0, 1, denominator, De samme personene., AktivPlanVedSlutt)
* insert Population(0, 2, numerator, Av dem: planer med en målevaluering de siste 12 månedene før periodens slutt., EvaluertSiste12Mnd)
* insert Stratifiers(0)

Instance: ip-mal-fra-pasienten
InstanceOf: Measure
Usage: #definition
Title: "Andel mål uttrykt av pasienten"
* insert Indikator(ip-mal-fra-pasienten, IpMalFraPasienten)
* title = "Andel mål uttrykt av pasienten"
* description = "Hva er viktig for deg? Av målene i planene som var aktive i perioden (Goal i planen, ikke feilregistrert): andelen som er pasientens egne (Goal.expressedBy er pasienten). Telles i mål, ikke personer."
* scoring = $measure-scoring#proportion
* improvementNotation = $improvement#increase
* insert Population(0, 0, initial-population, Mål i individuelle planer som var aktive i perioden., MalIAktivePlaner)
* insert Population(0, 1, denominator, De samme målene., MalIAktivePlaner)
* insert Population(0, 2, numerator, Av dem: mål uttrykt av pasienten selv., MalFraPasienten)
* insert Stratifiers(0)

Instance: ip-tverrfaglig-niva
InstanceOf: Measure
Usage: #definition
Title: "Andel planer med både kommune og spesialisthelsetjeneste"
* insert Indikator(ip-tverrfaglig-niva, IpTverrfagligNiva)
* title = "Andel planer med både kommune og spesialisthelsetjeneste"
* description = "Av planene som var aktive i perioden: andelen der ansvarsgruppen har deltakere både fra kommunen (tjenestesektor kommune) og fra spesialisthelsetjenesten, på tvers av forvaltningsnivå."
* scoring = $measure-scoring#proportion
* improvementNotation = $improvement#increase
* insert Population(0, 0, initial-population, Personer med individuell plan som var aktiv i perioden., AktivPlanIPerioden)
* insert Population(0, 1, denominator, De samme personene., AktivPlanIPerioden)
* insert Population(0, 2, numerator, Av dem: ansvarsgrupper med deltakere fra både kommune og spesialisthelsetjeneste., KommuneOgSpesialist)
* insert Stratifiers(0)

Instance: ip-nav-skole-ppt
InstanceOf: Measure
Usage: #definition
Title: "Andel planer med NAV, skole eller PPT"
* insert Indikator(ip-nav-skole-ppt, IpNavSkolePpt)
* title = "Andel planer med NAV, skole eller PPT"
* description = "Av planene som var aktive i perioden: andelen der ansvarsgruppen har deltakere fra NAV, skole eller PPT, på tvers av sektorer."
* scoring = $measure-scoring#proportion
* improvementNotation = $improvement#increase
* insert Population(0, 0, initial-population, Personer med individuell plan som var aktiv i perioden., AktivPlanIPerioden)
* insert Population(0, 1, denominator, De samme personene., AktivPlanIPerioden)
* insert Population(0, 2, numerator, Av dem: ansvarsgrupper med deltakere fra NAV\, skole eller PPT., NavSkolePpt)
* insert Stratifiers(0)

Instance: ip-parorende-samtykke
InstanceOf: Measure
Usage: #definition
Title: "Andel planer der pårørende deltar etter samtykke"
* insert Indikator(ip-parorende-samtykke, IpParorendeSamtykke)
* title = "Andel planer der pårørende deltar etter samtykke"
* description = "Av planene som var aktive i perioden: andelen der en pårørende (RelatedPerson) er deltaker i ansvarsgruppen og pasienten har et aktivt samtykke til individuell plan. Pårørende deltar bare så langt pasienten ønsker."
* scoring = $measure-scoring#proportion
* insert Population(0, 0, initial-population, Personer med individuell plan som var aktiv i perioden., AktivPlanIPerioden)
* insert Population(0, 1, denominator, De samme personene., AktivPlanIPerioden)
* insert Population(0, 2, numerator, Av dem: planer med pårørende i ansvarsgruppen og et aktivt samtykke., ParorendeEtterSamtykke)
* insert Stratifiers(0)

Instance: ip-koordinatorbytter
InstanceOf: Measure
Usage: #definition
Title: "Koordinatorbytter per planår"
* insert Indikator(ip-koordinatorbytter, IpKoordinatorbytter)
* title = "Koordinatorbytter per planår"
* description = "Hvor ofte koordinator byttes: antall koordinatorbytter i perioden (en koordinatorperiode som begynner etter den første i samme ansvarsgruppe) delt på antall planår i perioden (summen av dagene hver plan var aktiv i perioden, delt på 365,25)."
* scoring = $measure-scoring#ratio
* improvementNotation = $improvement#decrease
* insert Population(0, 0, initial-population, Personer med individuell plan som var aktiv i perioden., AktivPlanIPerioden)
* insert Population(0, 1, denominator, De samme personene. Målet deler antall bytter på deres planår: dagene planene var aktive i perioden delt på 365.25., Planar)
* insert Population(0, 2, numerator, Koordinatorbytter i perioden., Koordinatorbytter)
* insert Stratifiers(0)
