import FHIR from "fhirclient";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import "../style.css";
import "./styringsdata.css";
import { esc, loggedInOrReturning, problem } from "../smart";
import { Figure, IndicatorReport, lastSegment, Measured, reportsOf, Stratifier, STRATIFIERS, Stratum } from "./reports";
import { Language, language, locale, savedLanguage, setLanguage, t, Text } from "./texts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.color = "#1a1a1a";
Chart.defaults.font.size = 13;

type Client = Awaited<ReturnType<typeof FHIR.oauth2.ready>>;

const CLIENT_ID = "ip-styringsdata";
const SCOPE = "openid user/Measure.rs";
const YEARS = 4;
/** The indicators in the order a leader reads them; any others the server has come after. */
const ORDER = [
  "ip-aktiv-plan",
  "ip-koordinator-uten-plan",
  "ip-tid-til-koordinator",
  "ip-tid-til-plan",
  "ip-evaluert-siste-12-mnd",
  "ip-mal-fra-pasienten",
  "ip-tverrfaglig-niva",
  "ip-nav-skole-ppt",
  "ip-parorende-samtykke",
  "ip-koordinatorbytter",
];
const COLOURS = { area: "#0b4f8a", country: "#a23b00", second: "#3d6b2f" };

interface Indicator {
  id: string;
  title: string;
  description: string;
}

/** The figures of one year: each indicator's report, for the whole country and for the chosen municipality. */
interface Year {
  year: number;
  country: Map<string, IndicatorReport>;
  area: Map<string, IndicatorReport>;
}

interface User {
  name: string;
  orgnr: string;
  kommunenummer: string;
}

let client: Client | null = null;
let user: User = { name: "", orgnr: "", kommunenummer: "" };
let indicators: Indicator[] = [];
let years: Year[] = [];
let municipalities: Stratum[] = [];
let chosen = "";
/** How the figures of the latest year are broken down: by municipality, health trust or age group. */
let breakdown: Stratifier = "kommune";
let notice = "";
let loading = false;
let charts: Chart[] = [];

const main = document.getElementById("main") as HTMLElement;

function calendarYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: YEARS }, (_, i) => now - YEARS + 1 + i);
}

function yearLabel(year: number): string {
  return year === new Date().getFullYear() ? t("thisYear", { year }) : String(year);
}

function unitText(unit: string): string {
  const key: Text = unit === "1" ? "unit_share" : unit === "d" ? "unit_days" : unit === "/a" ? "unit_perPlanYear" : "unit_persons";
  return t(key);
}

/** The number as the page shows it: a share in per cent, days and rates with a decimal, counts whole. */
function number(value: number, unit: string): string {
  if (unit === "1") return new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 1 }).format(value);
  const digits = unit === "/a" ? 2 : unit === "d" ? 1 : 0;
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

function shown(figure: Figure | undefined, unit: string): string {
  if (!figure) return "–";
  if (figure.masked) return "< 5";
  return figure.value === undefined ? "–" : number(figure.value, unit);
}

/** The value a chart draws: a share in per cent; nothing for a masked or missing figure. */
function drawn(figure: Figure | undefined, unit: string): number | null {
  if (!figure || figure.masked || figure.value === undefined) return null;
  return unit === "1" ? Math.round(figure.value * 1000) / 10 : figure.value;
}

function areaName(kommunenummer: string): string {
  return municipalities.find((m) => m.value === kommunenummer)?.name ?? kommunenummer;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function groupLabel(code: string): string {
  return code === "median" ? t("median") : code === "p90" ? t("p90") : "";
}

/** A series' name: the area, and which figure of the indicator when it has more than one. */
function seriesName(code: string, area: string): string {
  const group = groupLabel(code);
  return group ? `${area}, ${group}` : area;
}

async function request(path: string): Promise<any> {
  if (import.meta.env.DEV && new URLSearchParams(location.search).has("fixture")) {
    const { fixture } = await import("./fixture");
    return fixture(path);
  }
  return client!.request(path);
}

async function evaluate(year: number, municipality?: string): Promise<Map<string, IndicatorReport>> {
  const area = municipality ? `&municipality=${encodeURIComponent(municipality)}` : "";
  const answer = await request(`Measure/$evaluate-measure?periodStart=${year}-01-01&periodEnd=${year}-12-31&reportType=summary${area}`);
  return new Map(reportsOf(answer).map((r) => [r.measureId, r]));
}

async function loadIndicators(): Promise<Indicator[]> {
  const bundle = await request("Measure?_count=100");
  const measures: any[] = (bundle.entry ?? []).map((e: any) => e.resource).filter((r: any) => r?.resourceType === "Measure");
  const rank = (id: string) => (ORDER.indexOf(id) < 0 ? ORDER.length : ORDER.indexOf(id));
  return measures
    // The reports name a Measure by its canonical URL, whatever id the server stored it under.
    .map((m) => ({ id: m.url ? lastSegment(m.url) : m.id, title: m.title ?? m.name ?? m.id, description: m.description ?? "" }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

async function loadCountry(): Promise<void> {
  const [measures, ...countries] = await Promise.all([loadIndicators(), ...calendarYears().map((y) => evaluate(y))]);
  years = calendarYears().map((year, i) => ({ year, country: countries[i], area: new Map() }));
  // An indicator the server reports on but does not list still gets its section, under its id.
  const listed = new Set(measures.map((m) => m.id));
  const reported = [...new Set(countries.flatMap((c) => [...c.keys()]))].filter((id) => !listed.has(id));
  indicators = [...measures, ...reported.map((id) => ({ id, title: id, description: "" }))];
  const found = new Map<string, string>();
  for (const y of years) for (const report of y.country.values()) for (const m of report.strata.get("kommune") ?? []) found.set(m.value, m.name);
  if (user.kommunenummer && !found.has(user.kommunenummer)) found.set(user.kommunenummer, user.kommunenummer);
  municipalities = [...found]
    .map(([value, name]) => ({ value, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  if (!chosen) chosen = found.has(user.kommunenummer) ? user.kommunenummer : municipalities[0]?.value ?? "";
}

async function loadArea(): Promise<void> {
  if (!chosen) return;
  const areas = await Promise.all(years.map((y) => evaluate(y.year, chosen)));
  years.forEach((y, i) => (y.area = areas[i]));
}

function readUser(c: Client): User {
  const id = (c.getIdToken() ?? {}) as Record<string, unknown>;
  return {
    name: String(id.name ?? id.sub ?? ""),
    orgnr: String(id.orgnr ?? ""),
    kommunenummer: String(id.kommunenummer ?? ""),
  };
}

// ---- rendering ----

function cell(figure: Figure | undefined, unit: string, data: Record<string, string | number>): string {
  const attributes = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join("");
  const value = figure && !figure.masked && figure.value !== undefined ? ` data-value="${figure.value}"` : "";
  return `<td class="number${figure?.masked ? " masked" : ""}"${attributes}${value}>${esc(shown(figure, unit))}</td>`;
}

function groupsOf(id: string): string[] {
  for (const y of [...years].reverse()) {
    const report = y.country.get(id) ?? y.area.get(id);
    if (report?.groups.length) return report.groups.map((g) => g.code);
  }
  return [""];
}

function unitOf(id: string): string {
  for (const y of years) {
    const unit = y.country.get(id)?.unit || y.area.get(id)?.unit;
    if (unit) return unit;
  }
  return "";
}

/** A figure of a report's group: the total, or one stratum's (a municipality's unless another stratifier is named). */
function figureOf(report: IndicatorReport | undefined, code: string, stratum?: string, by: Stratifier = "kommune"): Measured | undefined {
  const group = report?.groups.find((g) => g.code === code) ?? (code === "" ? report?.groups[0] : undefined);
  if (!group) return undefined;
  return stratum ? group.strata.get(by)?.get(stratum) : group.total;
}

interface Series {
  name: string;
  colour: string;
  dashed: boolean;
  code: string;
  area: string;
  figures: (Measured | undefined)[];
}

function seriesOverTime(id: string): Series[] {
  const area = areaName(chosen);
  const series: Series[] = [];
  groupsOf(id).forEach((code, i) => {
    series.push({
      name: seriesName(code, area),
      colour: i === 0 ? COLOURS.area : COLOURS.second,
      dashed: false,
      code,
      area: chosen,
      figures: years.map((y) => figureOf(y.area.get(id), code)),
    });
    series.push({
      name: seriesName(code, t("wholeCountry")),
      colour: COLOURS.country,
      dashed: i > 0,
      code,
      area: "",
      figures: years.map((y) => figureOf(y.country.get(id), code)),
    });
  });
  return series;
}

/** Which points a chart leaves out (masked): named when they are few, counted when they are many. */
function leftOutNote(id: string, names: string[]): string {
  if (!names.length) return "";
  const text = names.length <= 6 ? t("leftOut", { which: names.join(", ") }) : t("leftOutMany", { n: names.length });
  return `<p class="note" id="${id}">${esc(text)}</p>`;
}

/** The charts of the page being rendered, drawn once their canvases are in the document. */
const pending: { canvas: string; config: ChartConfiguration }[] = [];

function lineChart(indicator: Indicator, unit: string, series: Series[]): string {
  const canvas = `chart-time-${indicator.id}`;
  const note = `note-time-${indicator.id}`;
  const leftOut = series.flatMap((s) => s.figures.map((f, i) => (f?.score.masked ? `${s.name} ${years[i].year}` : "")).filter(Boolean));
  pending.push({
    canvas,
    config: {
      type: "line",
      data: {
        labels: years.map((y) => yearLabel(y.year)),
        datasets: series.map((s) => ({
          label: s.name,
          data: s.figures.map((f) => drawn(f?.score, unit)),
          borderColor: s.colour,
          backgroundColor: s.colour,
          borderDash: s.dashed ? [6, 4] : undefined,
          pointStyle: s.area ? "circle" : "rectRot",
          pointRadius: 4,
          spanGaps: false,
        })),
      },
      options: chartOptions(unit, false),
    },
  });
  const label = t("chartOverTime", { title: indicator.title, area: areaName(chosen), first: years[0].year, last: years[years.length - 1].year });
  return `<div><div class="chart"><canvas id="${canvas}" role="img" aria-label="${esc(label)}"${leftOut.length ? ` aria-describedby="${note}"` : ""}></canvas></div>
    ${leftOutNote(note, leftOut)}</div>`;
}

function barChart(indicator: Indicator, unit: string, rows: [Stratum, Measured | undefined][], year: number): string {
  const canvas = `chart-${breakdown}-${indicator.id}`;
  const note = `note-${breakdown}-${indicator.id}`;
  const drawnRows = rows.filter(([, f]) => drawn(f?.score, unit) !== null);
  const leftOut = rows.filter(([, f]) => f?.score.masked).map(([m]) => m.name);
  pending.push({
    canvas,
    config: {
      type: "bar",
      data: {
        labels: drawnRows.map(([m]) => m.name),
        datasets: [
          {
            label: groupLabel(groupsOf(indicator.id)[0]) || indicator.title,
            data: drawnRows.map(([, f]) => drawn(f?.score, unit)),
            backgroundColor: drawnRows.map(([m]) => (breakdown === "kommune" && m.value === chosen ? COLOURS.country : COLOURS.area)),
          maxBarThickness: 22,
          },
        ],
      },
      options: chartOptions(unit, true),
    },
  });
  const label = t("chartBy", { title: indicator.title, by: t(`by_${breakdown}`), year });
  const height = Math.max(140, drawnRows.length * 26 + 50);
  const chart = drawnRows.length
    ? `<div class="chart" style="height:${height}px"><canvas id="${canvas}" role="img" aria-label="${esc(label)}"${leftOut.length ? ` aria-describedby="${note}"` : ""}></canvas></div>`
    : `<p class="note">${esc(t("nothingToDraw"))}</p>`;
  return `<div>${chart}${leftOutNote(note, leftOut)}</div>`;
}

/** Axes in the page's colours; the value axis from zero, a share in per cent; bars lie down (names are long). */
function chartOptions(unit: string, bars: boolean): any {
  const ink = "#1a1a1a";
  const tick = (value: number | string) => (unit === "1" ? `${value} %` : new Intl.NumberFormat(locale()).format(Number(value)));
  const values = { beginAtZero: true, ticks: { color: ink, callback: tick } };
  const categories = { ticks: { color: ink } };
  const tooltip = {
    callbacks: {
      label: (item: any) => `${item.dataset.label}: ${unit === "1" ? `${number(item.raw / 100, unit)}` : number(item.raw, unit)}`,
    },
  };
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: bars ? "y" : "x",
    scales: bars ? { x: values, y: categories } : { x: categories, y: values },
    plugins: { legend: bars ? { display: false } : { labels: { color: ink } }, tooltip },
  };
}

function tableOverTime(indicator: Indicator, unit: string, series: Series[]): string {
  const caption = t("tableOverTime", { title: indicator.title, area: areaName(chosen), unit: unitText(unit) });
  return `<div class="table-wrap" tabindex="0" role="group" aria-label="${esc(caption)}"><table class="figures">
    <caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">${esc(t("year"))}</th>${series.map((s) => `<th scope="col">${esc(s.name)}</th>`).join("")}</tr></thead>
    <tbody>${years
      .map(
        (y, i) =>
          `<tr><th scope="row">${esc(yearLabel(y.year))}</th>${series
            .map((s) => cell(s.figures[i]?.score, unit, { indicator: indicator.id, year: y.year, area: s.area || "alle", group: s.code }))
            .join("")}</tr>`,
      )
      .join("")}</tbody>
  </table></div>`;
}

/** A stratum's name on the page: a municipality's or health trust's own, an age group in words. */
function stratumName(by: Stratifier, stratum: Stratum): string {
  return by === "aldersgruppe" ? t("ageGroup", { group: stratum.value.replace("-", "–") }) : stratum.name;
}

/** The latest year's figures per stratum: age groups in age order, other strata with the highest value first. */
function rowsBy(by: Stratifier, id: string, code: string, year: Year): [Stratum, Measured | undefined][] {
  const report = year.country.get(id);
  const group = report?.groups.find((g) => g.code === code) ?? report?.groups[0];
  const names = new Map((report?.strata.get(by) ?? []).map((s) => [s.value, s.name]));
  const rows: [Stratum, Measured | undefined][] = [...(group?.strata.get(by) ?? new Map<string, Measured>())].map(([value, figure]) => [
    { value, name: stratumName(by, { value, name: (by === "kommune" ? areaName(value) : names.get(value)) ?? value }) },
    figure,
  ]);
  if (by === "aldersgruppe") return rows.sort((a, b) => parseInt(a[0].value, 10) - parseInt(b[0].value, 10));
  const value = (f: Measured | undefined) => (f?.score.masked || f?.score.value === undefined ? -Infinity : f.score.value);
  return rows.sort((a, b) => value(b[1]) - value(a[1]) || a[0].name.localeCompare(b[0].name, "nb"));
}

function tableBy(indicator: Indicator, unit: string, year: Year): string {
  const codes = groupsOf(indicator.id);
  const rows = rowsBy(breakdown, indicator.id, codes[0], year);
  const by = t(`by_${breakdown}`);
  const caption = t("tableBy", { title: indicator.title, by, year: year.year, unit: unitText(unit) });
  if (!rows.length) return `<p class="no-strata">${esc(t("noStrata", { by, year: year.year }))}</p>`;
  return `<div class="table-wrap" tabindex="0" role="group" aria-label="${esc(caption)}"><table class="figures">
    <caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">${esc(capitalised(by))}</th>${codes
      .map((code) => `<th scope="col">${esc(capitalised(groupLabel(code)) || t("value"))}</th>`)
      .join("")}</tr></thead>
    <tbody>${rows
      .map(([m]) => {
        const own = breakdown === "kommune" && m.value === chosen;
        const number = breakdown === "kommune" ? ` <span class="number-id">(${esc(m.value)})</span>` : "";
        return `<tr${own ? ' class="chosen"' : ""}><th scope="row">${esc(m.name)}${number}</th>${codes
          .map((code) =>
            cell(figureOf(year.country.get(indicator.id), code, m.value, breakdown)?.score, unit, {
              indicator: indicator.id,
              year: year.year,
              area: m.value,
              group: code,
              by: breakdown,
            }),
          )
          .join("")}</tr>`;
      })
      .join("")}</tbody>
  </table></div>`;
}

/** The indicators' titles and descriptions are the server's, in bokmål: said so when the page is in another language. */
function bokmal(): string {
  return language() === "nb" ? "" : ' lang="nb"';
}

function indicatorSection(indicator: Indicator): string {
  const unit = unitOf(indicator.id);
  const series = seriesOverTime(indicator.id);
  const latest = years[years.length - 1];
  const codes = groupsOf(indicator.id);
  return `<section class="indicator card" id="ind-${esc(indicator.id)}" aria-labelledby="h-${esc(indicator.id)}">
    <h2 id="h-${esc(indicator.id)}"${bokmal()}>${esc(indicator.title)}</h2>
    ${indicator.description ? `<p class="description"${bokmal()}>${esc(indicator.description)}</p>` : ""}
    <h3>${esc(t("overTime", { first: years[0].year, last: latest.year, area: areaName(chosen) }))}</h3>
    <div class="pair${series.length > 2 ? " stacked" : ""}">${lineChart(indicator, unit, series)}${tableOverTime(indicator, unit, series)}</div>
    <h3>${esc(capitalised(t("byHeading", { by: t(`by_${breakdown}`), year: yearLabel(latest.year) })))}${codes.length > 1 ? ` (${esc(t("chartShows", { what: groupLabel(codes[0]) }))})` : ""}</h3>
    <div class="pair">${barChart(indicator, unit, rowsBy(breakdown, indicator.id, codes[0], latest), latest.year)}${tableBy(indicator, unit, latest)}</div>
  </section>`;
}

function renderCharts(): void {
  charts.forEach((c) => c.destroy());
  charts = [];
  for (const { canvas, config } of pending.splice(0)) {
    const element = document.getElementById(canvas) as HTMLCanvasElement | null;
    if (element) charts.push(new Chart(element, config));
  }
}

function renderChrome(): void {
  document.title = t("appName");
  (document.getElementById("brand") as HTMLElement).textContent = t("appName");
  (document.getElementById("language-label") as HTMLElement).textContent = t("language");
  (document.querySelector(".skip") as HTMLElement).textContent = t("skip");
}

function render(): void {
  renderChrome();
  pending.splice(0);
  if (!client) {
    main.innerHTML = `<h1>${esc(t("heading"))}</h1><p>${esc(t("welcome"))}</p>
      ${notice ? `<p class="notice" role="alert">${esc(notice)}</p>` : ""}
      <p><button type="button" id="login">${esc(t("login"))}</button></p><p class="hint">${esc(t("loginHelp"))}</p>`;
    document.getElementById("login")!.addEventListener("click", login);
    return;
  }
  const who = `<div class="user-bar"><p class="user">${esc(t("loggedInAs"))} <strong>${esc(user.name)}</strong>${
    user.orgnr ? ` (${esc(t("orgnr"))} ${esc(user.orgnr)})` : ""
  }</p><button type="button" id="logout" class="secondary">${esc(t("logout"))}</button></div>`;
  if (loading || !years.length) {
    main.innerHTML = `${who}<h1>${esc(t("heading"))}</h1>${notice ? `<p class="notice" role="alert">${esc(notice)}</p>` : `<p>${esc(t("loading"))}</p>`}`;
    wireLogout();
    return;
  }
  const first = years[0].year;
  const last = years[years.length - 1].year;
  main.innerHTML = `${who}<h1>${esc(t("heading"))}</h1>
    <p>${esc(t("welcome"))} ${esc(t("years", { first, last }))}</p>
    ${notice ? `<p class="notice" role="alert">${esc(notice)}</p>` : ""}
    <form id="choose" class="card choose" aria-labelledby="h-choose">
      <h2 id="h-choose">${esc(t("chooseHeading"))}</h2>
      <div class="controls">
        <div><label for="municipality">${esc(t("municipality"))}</label>
        <select id="municipality" name="municipality">${municipalities
          .map(
            (m) =>
              `<option value="${esc(m.value)}"${m.value === chosen ? " selected" : ""}>${esc(m.name)} (${esc(m.value)})${
                m.value === user.kommunenummer ? ` – ${esc(t("yourMunicipality"))}` : ""
              }</option>`,
          )
          .join("")}</select></div>
        <div><label for="breakdown">${esc(t("breakdown"))}</label>
        <select id="breakdown" name="breakdown">${STRATIFIERS.map(
          (by) => `<option value="${by}"${by === breakdown ? " selected" : ""}>${esc(capitalised(t(`by_${by}`)))}</option>`,
        ).join("")}</select></div>
        <button type="submit">${esc(t("show"))}</button>
      </div>
    </form>
    <p class="masked-explained">${esc(t("maskedExplained"))}</p>
    <p class="download"><button type="button" id="download" aria-describedby="download-help">${esc(t("download"))}</button><span class="hint" id="download-help">${esc(t("downloadHelp"))}</span></p>
    <nav aria-label="${esc(t("contents"))}" class="contents"><h2>${esc(t("contents"))}</h2><ul>${indicators
      .map((i) => `<li><a href="#ind-${esc(i.id)}">${esc(i.title)}</a></li>`)
      .join("")}</ul></nav>
    ${indicators.length ? indicators.map(indicatorSection).join("") : `<p>${esc(t("noIndicators"))}</p>`}`;
  renderCharts();
  wireLogout();
  document.getElementById("choose")!.addEventListener("submit", (event) => {
    event.preventDefault();
    const municipality = (document.getElementById("municipality") as HTMLSelectElement).value;
    breakdown = (document.getElementById("breakdown") as HTMLSelectElement).value as Stratifier;
    if (municipality === chosen) {
      // The breakdown is of figures already fetched: shown again, no new request.
      render();
      document.getElementById("breakdown")?.focus();
      announce(t("loaded", { area: areaName(chosen) }));
      return;
    }
    chosen = municipality;
    void show().then(() => document.getElementById("municipality")?.focus());
  });
  document.getElementById("download")!.addEventListener("click", download);
}

function wireLogout(): void {
  document.getElementById("logout")?.addEventListener("click", () => {
    sessionStorage.clear();
    location.replace(location.pathname);
  });
}

function announce(text: string): void {
  (document.getElementById("status") as HTMLElement).textContent = text;
}

// ---- CSV ----

function csvField(value: string | number): string {
  const text = String(value);
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvNumber(figure: Figure | undefined, unit: string): string {
  if (!figure) return "";
  if (figure.masked) return "< 5";
  if (figure.value === undefined) return "";
  const value = unit === "1" ? Math.round(figure.value * 1000) / 10 : figure.value;
  return String(value).replace(".", ",");
}

function csvCount(figure: Figure | undefined): string {
  return figure ? (figure.masked ? "< 5" : String(figure.value ?? "")) : "";
}

/** Every figure the page has: each indicator per year for the municipality and the country, and the latest year per
 * municipality, health trust and age group (the column "by" names the stratifier; it is empty for an area's own figures). */
export function csv(): string {
  const header = ["csvIndicator", "csvTitle", "csvYear", "csvBy", "csvArea", "csvAreaName", "csvMeasure", "csvValue", "csvUnit", "csvNumerator", "csvDenominator"] as const;
  const lines = [header.map((k) => t(k)).join(";")];
  const seen = new Set<string>();
  const add = (indicator: Indicator, unit: string, year: number, by: string, area: string, name: string, code: string, figure: Measured | undefined) => {
    const key = `${indicator.id}|${year}|${by}|${area}|${code}`;
    if (seen.has(key) || !figure) return;
    seen.add(key);
    const unitName = unit === "1" ? t("unit_share") : unitText(unit);
    lines.push(
      [indicator.id, indicator.title, year, by, area, name, groupLabel(code) || t("csvValue"), csvNumber(figure.score, unit), unitName, csvCount(figure.numerator), csvCount(figure.denominator)]
        .map(csvField)
        .join(";"),
    );
  };
  const latest = years[years.length - 1];
  for (const indicator of indicators) {
    const unit = unitOf(indicator.id);
    for (const code of groupsOf(indicator.id)) {
      for (const y of years) {
        add(indicator, unit, y.year, "", chosen, areaName(chosen), code, figureOf(y.area.get(indicator.id), code));
        add(indicator, unit, y.year, "", t("csvAll"), t("wholeCountry"), code, figureOf(y.country.get(indicator.id), code));
      }
      for (const by of STRATIFIERS) {
        for (const [stratum, figure] of rowsBy(by, indicator.id, code, latest)) add(indicator, unit, latest.year, by, stratum.value, stratum.name, code, figure);
      }
    }
  }
  return lines.join("\r\n") + "\r\n";
}

function download(): void {
  const blob = new Blob(["\uFEFF", csv()], { type: "text/csv;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `styringsdata-${chosen || "alle"}-${years[0].year}-${years[years.length - 1].year}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

// ---- login and start ----

function login(): void {
  void FHIR.oauth2.authorize({
    iss: `${location.origin}/fhir`,
    clientId: CLIENT_ID,
    scope: SCOPE,
    redirectUri: `${location.origin}${location.pathname}`,
    pkceMode: "required",
  });
}

async function show(): Promise<void> {
  loading = true;
  render();
  announce(t("loading"));
  try {
    if (!years.length) await loadCountry();
    await loadArea();
    notice = "";
  } catch (error) {
    const text = problem(error);
    notice = /403|forbidden|HAPI-0333|scope/i.test(`${text} ${(error as any)?.status ?? ""}`) ? t("noAccess") : `${t("error")}: ${text}`;
  }
  loading = false;
  render();
  announce(notice || t("loaded", { area: areaName(chosen) }));
}

async function start(): Promise<void> {
  const select = document.getElementById("language") as HTMLSelectElement;
  setLanguage(savedLanguage());
  select.value = savedLanguage();
  select.addEventListener("change", () => {
    setLanguage(select.value as Language);
    render();
  });
  if (import.meta.env.DEV && new URLSearchParams(location.search).has("fixture")) {
    client = {} as Client;
    user = { name: "Kari Nilsen", orgnr: "991000070", kommunenummer: "4699" };
    return show();
  }
  if (loggedInOrReturning()) {
    try {
      client = await FHIR.oauth2.ready();
      user = readUser(client);
    } catch (error) {
      sessionStorage.clear();
      client = null;
      notice = problem(error);
    }
  }
  if (!client) return render();
  await show();
}

void start();
