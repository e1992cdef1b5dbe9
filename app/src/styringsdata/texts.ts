// The styringsdata page's words: bokmål first, nynorsk and English as the reader chooses. Keys are the
// texts' meaning. The indicators' own titles and descriptions come from the server, in bokmål.
export type Language = "nb" | "nn" | "en";

const nb = {
  appName: "Styringsdata – individuell plan",
  skip: "Hopp til innholdet",
  language: "Språk",
  heading: "Styringsdata for individuell plan",
  welcome:
    "Her ser ledere tall om individuell plan og koordinator i kommunen sin: utviklingen de siste fire årene og hvordan kommunene ligger an. Tallene er samlet, ingen personer vises.",
  login: "Logg inn",
  loginHelp: "Du logger inn hos serverens innloggingstjeneste og kommer tilbake hit.",
  logout: "Logg ut",
  loading: "Henter tallene …",
  loaded: "Tallene for {area} er vist.",
  loggedInAs: "Logget inn som",
  orgnr: "org.nr.",
  error: "Noe gikk galt",
  noAccess: "Denne innloggingen gir ikke tilgang til styringsdata.",
  noIndicators: "Serveren har ingen indikatorer ennå.",
  chooseHeading: "Velg kommune",
  municipality: "Kommune",
  show: "Vis tallene",
  yourMunicipality: "din kommune",
  wholeCountry: "Hele landet",
  years: "Kalenderårene {first}–{last}.",
  thisYear: "{year} (hittil)",
  maskedExplained:
    "«< 5» betyr at tallet gjelder mellom 1 og 4 personer, eller ville avsløre et slikt tall. Det vises ikke, for å verne dem det gjelder, og er utelatt fra figurene.",
  download: "Last ned tallene (CSV)",
  downloadHelp: "Alle tallene på siden, med semikolon mellom feltene.",
  contents: "Indikatorer",
  overTime: "Utvikling {first}–{last}, {area}",
  breakdown: "Inndeling",
  by_kommune: "kommune",
  by_helseforetak: "helseforetak",
  by_aldersgruppe: "aldersgruppe",
  ageGroup: "{group} år",
  byHeading: "etter {by}, {year}",
  chartShows: "figuren viser {what}",
  year: "År",
  value: "Verdi",
  tableOverTime: "{title}: {area} og hele landet per år ({unit})",
  tableBy: "{title} etter {by}, {year} ({unit})",
  chartOverTime: "Linjediagram: {title} for {area} og hele landet, {first}–{last}. Tallene står i tabellen ved siden av.",
  chartBy: "Stolpediagram: {title} etter {by}, {year}. Tallene står i tabellen ved siden av.",
  leftOut: "Utelatt fra figuren fordi tallet er under 5: {which}.",
  leftOutMany: "{n} verdier under 5 er utelatt fra figuren; tabellen viser dem som «< 5».",
  nothingToDraw: "Ingen verdier å tegne: alle er under 5 eller mangler.",
  noStrata: "Ingen tall etter {by} for {year}.",
  median: "median",
  p90: "90-persentil",
  numerator: "teller",
  denominator: "nevner",
  unit_share: "prosent",
  unit_days: "dager",
  unit_persons: "personer",
  unit_perPlanYear: "bytter per planår",
  csvIndicator: "indikator",
  csvTitle: "navn",
  csvYear: "år",
  csvBy: "inndeling",
  csvArea: "område",
  csvAreaName: "områdenavn",
  csvMeasure: "mål",
  csvValue: "verdi",
  csvUnit: "enhet",
  csvNumerator: "teller",
  csvDenominator: "nevner",
  csvAll: "alle",
} as const;

export type Text = keyof typeof nb;

const nn: Partial<Record<Text, string>> = {
  skip: "Hopp til innhaldet",
  language: "Språk",
  welcome:
    "Her ser leiarar tal om individuell plan og koordinator i kommunen sin: utviklinga dei siste fire åra og korleis kommunane ligg an. Tala er samla, ingen personar blir viste.",
  login: "Logg inn",
  loginHelp: "Du loggar inn hos innloggingstenesta til serveren og kjem tilbake hit.",
  logout: "Logg ut",
  loading: "Hentar tala …",
  loaded: "Tala for {area} er viste.",
  loggedInAs: "Logga inn som",
  error: "Noko gjekk gale",
  noAccess: "Denne innlogginga gir ikkje tilgang til styringsdata.",
  noIndicators: "Serveren har ingen indikatorar enno.",
  chooseHeading: "Vel kommune",
  show: "Vis tala",
  wholeCountry: "Heile landet",
  years: "Kalenderåra {first}–{last}.",
  thisYear: "{year} (så langt)",
  maskedExplained:
    "«< 5» tyder at talet gjeld mellom 1 og 4 personar, eller ville avsløre eit slikt tal. Det blir ikkje vist, for å verne dei det gjeld, og er utelate frå figurane.",
  download: "Last ned tala (CSV)",
  downloadHelp: "Alle tala på sida, med semikolon mellom felta.",
  contents: "Indikatorar",
  overTime: "Utvikling {first}–{last}, {area}",
  chartShows: "figuren viser {what}",
  tableOverTime: "{title}: {area} og heile landet per år ({unit})",
  chartOverTime: "Linjediagram: {title} for {area} og heile landet, {first}–{last}. Tala står i tabellen ved sida av.",
  chartBy: "Stolpediagram: {title} etter {by}, {year}. Tala står i tabellen ved sida av.",
  leftOut: "Utelate frå figuren fordi talet er under 5: {which}.",
  leftOutMany: "{n} verdiar under 5 er utelatne frå figuren; tabellen viser dei som «< 5».",
  nothingToDraw: "Ingen verdiar å teikne: alle er under 5 eller manglar.",
  noStrata: "Ingen tal etter {by} for {year}.",
  by_helseforetak: "helseføretak",
  value: "Verdi",
  unit_share: "prosent",
  unit_days: "dagar",
  unit_persons: "personar",
  unit_perPlanYear: "byte per planår",
};

const en: Partial<Record<Text, string>> = {
  appName: "Management data – individual plans",
  skip: "Skip to content",
  language: "Language",
  heading: "Management data for individual plans",
  welcome:
    "Leaders see figures on individual plans and coordinators in their municipality: the last four years and how the municipalities compare. The figures are aggregates; no person is shown.",
  login: "Log in",
  loginHelp: "You log in at the server's login service and come back here.",
  logout: "Log out",
  loading: "Fetching the figures …",
  loaded: "The figures for {area} are shown.",
  loggedInAs: "Logged in as",
  orgnr: "org. no.",
  error: "Something went wrong",
  noAccess: "This login gives no access to management data.",
  noIndicators: "The server has no indicators yet.",
  chooseHeading: "Choose a municipality",
  municipality: "Municipality",
  show: "Show the figures",
  yourMunicipality: "your municipality",
  wholeCountry: "Whole country",
  years: "The calendar years {first}–{last}.",
  thisYear: "{year} (so far)",
  maskedExplained:
    "“< 5” means the figure is about 1 to 4 persons, or would reveal such a number. It is not shown, to protect those it is about, and is left out of the charts.",
  download: "Download the figures (CSV)",
  downloadHelp: "Every figure on the page, fields separated by semicolons.",
  contents: "Indicators",
  overTime: "{first}–{last}, {area}",
  breakdown: "Breakdown",
  by_kommune: "municipality",
  by_helseforetak: "health trust",
  by_aldersgruppe: "age group",
  ageGroup: "{group} years",
  byHeading: "by {by}, {year}",
  chartShows: "the chart shows the {what}",
  year: "Year",
  value: "Value",
  tableOverTime: "{title}: {area} and the whole country by year ({unit})",
  tableBy: "{title} by {by}, {year} ({unit})",
  chartOverTime: "Line chart: {title} for {area} and the whole country, {first}–{last}. The figures are in the table beside it.",
  chartBy: "Bar chart: {title} by {by}, {year}. The figures are in the table beside it.",
  leftOut: "Left out of the chart because the number is below 5: {which}.",
  leftOutMany: "{n} values below 5 are left out of the chart; the table shows them as “< 5”.",
  nothingToDraw: "Nothing to draw: every value is below 5 or missing.",
  noStrata: "No figures by {by} for {year}.",
  median: "median",
  p90: "90th percentile",
  unit_share: "per cent",
  unit_days: "days",
  unit_persons: "persons",
  unit_perPlanYear: "changes per plan-year",
  csvIndicator: "indicator",
  csvTitle: "name",
  csvYear: "year",
  csvBy: "breakdown",
  csvArea: "area",
  csvAreaName: "area_name",
  csvMeasure: "measure",
  csvValue: "value",
  csvUnit: "unit",
  csvNumerator: "numerator",
  csvDenominator: "denominator",
  csvAll: "all",
};

const dictionaries: Record<Language, Partial<Record<Text, string>>> = { nb, nn, en };
const STORED = "styringsdata-language";

let current: Language = "nb";

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  localStorage.setItem(STORED, language);
}

export function savedLanguage(): Language {
  const saved = localStorage.getItem(STORED);
  return saved === "nn" || saved === "en" ? saved : "nb";
}

export function language(): Language {
  return current;
}

export function locale(): string {
  return current === "en" ? "en-GB" : current === "nn" ? "nn-NO" : "nb-NO";
}

export function t(key: Text, values: Record<string, string | number> = {}): string {
  const text = dictionaries[current][key] ?? nb[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}
