// The styringsdata page in a real browser (run by StyringsdataBrowserIT): the leader logs in at the trial
// issuer, reads the indicators for a municipality and the country, and downloads the CSV; the figures on
// the page are compared with what $evaluate-measure answers the same token. Prints one JSON line of what
// it saw; the Java test asserts on it.
import { readFileSync } from "node:fs";
import { axe, BASE, fhir, fhirResponse, logInAtTrialIssuer, overflowsAt360, pageToken, result, run, shoot } from "./browser.mjs";

const DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
const YEAR = new Date().getFullYear();

function masked(element) {
  return (element?.extension ?? []).some((e) => e.url === DATA_ABSENT_REASON && e.valueCode === "masked");
}

function reports(answer) {
  return answer.resourceType === "MeasureReport" ? [answer] : (answer.entry ?? []).map((e) => e.resource);
}

function reportOf(answer, measureId) {
  return reports(answer).find((r) => String(r.measure ?? "").split("|")[0].endsWith(`/${measureId}`));
}

function strataOf(group, stratifier) {
  return (group?.stratifier ?? []).find((s) => (s.code ?? []).some((c) => c.coding?.some((x) => x.code === stratifier)))?.stratum ?? [];
}

const kommuneStrata = (group) => strataOf(group, "kommune");

/** What the page shows for a score (as its own formatting does: nb-NO, shares in per cent). */
function shown(score, unit) {
  if (masked(score)) return "< 5";
  if (typeof score?.value !== "number") return "–";
  if (unit === "1") return new Intl.NumberFormat("nb-NO", { style: "percent", maximumFractionDigits: 1 }).format(score.value);
  const digits = unit === "/a" ? 2 : unit === "d" ? 1 : 0;
  return new Intl.NumberFormat("nb-NO", { maximumFractionDigits: digits }).format(score.value);
}

const spaces = (text) => String(text ?? "").replace(/\s+/g, " ").trim();

async function cellText(page, indicator, year, area, extra = "") {
  const cell = page.locator(`td[data-indicator="${indicator}"][data-year="${year}"][data-area="${area}"]${extra}`).first();
  return spaces(await cell.innerText());
}

async function waitForFigures(page) {
  await page.locator("section.indicator").first().waitFor();
  await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Henter tallene"));
}

await run("styringsdata", async (page, step) => {
  step("start page");
  await page.goto(`${BASE}/app/styringsdata/`);
  result.startHeading = await page.locator("main h1").innerText();
  await axe(page, "start");

  step("the leader's login");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await logInAtTrialIssuer(page, "leder-a", /\/app\/styringsdata\//);
  await waitForFigures(page);
  result.heading = await page.locator("main h1").innerText();
  result.user = spaces(await page.locator(".user").innerText());
  result.defaultMunicipality = await page.getByLabel("Kommune", { exact: true }).inputValue();
  result.municipalities = await page.locator("#municipality option").evaluateAll((options) => options.map((o) => o.value));
  result.indicatorHeadings = await page.locator("section.indicator h2").allInnerTexts();
  result.charts = await page.locator("section.indicator canvas").count();
  result.tables = await page.locator("section.indicator table").count();
  // an indicator no one counts in this year has no strata: a note says so in place of the table
  result.noStrataNotes = await page.locator("section.indicator .no-strata").count();

  step("the leader's token");
  const token = await pageToken(page);
  const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
  result.tokenScope = Array.isArray(claims.scope) ? claims.scope.join(" ") : claims.scope;
  result.tokenOrgnr = claims.orgnr;
  result.tokenHasPatient = "patient" in claims;
  result.tokenHasFhirUser = "fhirUser" in claims;
  result.patientSearchStatus = (await fhirResponse(token, "Patient")).status;
  result.carePlanSearchStatus = (await fhirResponse(token, "CarePlan")).status;

  step("the country's figures, as the API and the page give them");
  const period = `periodStart=${YEAR}-01-01&periodEnd=${YEAR}-12-31&reportType=summary`;
  const country = await fhir(token, `Measure/$evaluate-measure?${period}`);
  result.apiReports = reports(country).length;
  const active = reportOf(country, "ip-aktiv-plan");
  const unit = active?.group?.[0]?.measureScore?.unit;
  result.apiCountryActive = shown(active?.group?.[0]?.measureScore, unit);
  result.pageCountryActive = await cellText(page, "ip-aktiv-plan", YEAR, "alle");

  step("a municipality with figures of its own");
  // The municipality with most persons with an active plan this year: its count is the most likely unmasked.
  const strata = kommuneStrata(active?.group?.[0]);
  const biggest = strata
    .filter((s) => typeof s.measureScore?.value === "number")
    .sort((a, b) => b.measureScore.value - a.measureScore.value)[0];
  result.chosen = biggest?.value?.text ?? result.defaultMunicipality;
  if (result.chosen !== result.defaultMunicipality) {
    await page.getByLabel("Kommune", { exact: true }).selectOption(result.chosen);
    await page.getByRole("button", { name: "Vis tallene" }).click();
    await waitForFigures(page);
    await page.locator(`td[data-indicator="ip-aktiv-plan"][data-area="${result.chosen}"]`).first().waitFor();
  }
  const local = await fhir(token, `Measure/$evaluate-measure?${period}&municipality=${result.chosen}`);
  result.apiChosenActive = shown(reportOf(local, "ip-aktiv-plan")?.group?.[0]?.measureScore, unit);
  result.pageChosenActive = await cellText(page, "ip-aktiv-plan", YEAR, result.chosen, ":not([data-by])");
  // The chosen municipality's stratum in the country's report (masked when every municipality is small).
  const chosenStratum = strata.find((s) => s.value?.text === result.chosen);
  result.apiChosenInStrata = shown(chosenStratum?.measureScore, unit);
  result.pageChosenByMunicipality = await cellText(page, "ip-aktiv-plan", YEAR, result.chosen, "[data-by]");

  step("masked counts");
  // Every indicator and municipality the API masks this year, and what the page shows for each.
  result.maskedByApi = [];
  result.maskedOnPage = [];
  for (const report of reports(country)) {
    const id = String(report.measure).split("|")[0].split("/").pop();
    for (const stratum of kommuneStrata(report.group?.[0])) {
      if (!masked(stratum.measureScore)) continue;
      const area = stratum.value?.text;
      result.maskedByApi.push(`${id} ${area}`);
      const text = await cellText(page, id, YEAR, area, "[data-by]");
      if (text === "< 5") result.maskedOnPage.push(`${id} ${area}`);
    }
  }
  result.leftOutNotes = await page.locator("section.indicator .note").count();
  result.pageSaysWhatLessThanFiveMeans = (await page.locator(".masked-explained").innerText()).includes("< 5");

  step("the CSV");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned tallene (CSV)" }).click()]);
  result.csvName = download.suggestedFilename();
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.split(/\r?\n/).filter(Boolean);
  result.csvHeader = lines[0];
  result.csvLines = lines.length;
  result.csvCountryActive = lines.find((l) => l.startsWith(`ip-aktiv-plan;`) && l.includes(`;${YEAR};;alle;`));
  // Every stratum of the API's report of active plans, as "stratifier value score", and the CSV's lines of them.
  result.apiStrataActive = [];
  result.csvStrataActive = [];
  for (const stratifier of ["kommune", "helseforetak", "aldersgruppe"]) {
    for (const stratum of strataOf(active?.group?.[0], stratifier)) {
      const score = masked(stratum.measureScore) ? "< 5" : String(stratum.measureScore?.value ?? "");
      result.apiStrataActive.push(`${stratifier} ${stratum.value?.text} ${score}`);
    }
  }
  for (const line of lines.filter((l) => l.startsWith("ip-aktiv-plan;"))) {
    const [, , year, by, area, , , value] = line.split(";");
    if (year === String(YEAR) && by) result.csvStrataActive.push(`${by} ${area} ${value}`);
  }

  step("by health trust and by age group");
  // The leader switches the breakdown of the latest year; the page's cells are the API's strata.
  result.pageStrata = {};
  result.apiStrata = {};
  for (const stratifier of ["helseforetak", "aldersgruppe"]) {
    await page.getByLabel("Inndeling").selectOption(stratifier);
    await page.getByRole("button", { name: "Vis tallene" }).click();
    await page.locator(`td[data-indicator="ip-aktiv-plan"][data-by="${stratifier}"]`).first().waitFor();
    result.apiStrata[stratifier] = strataOf(active?.group?.[0], stratifier).map((s) => `${s.value?.text} ${shown(s.measureScore, unit)}`).sort();
    result.pageStrata[stratifier] = (
      await page.locator(`td[data-indicator="ip-aktiv-plan"][data-year="${YEAR}"][data-by="${stratifier}"]`).evaluateAll((cells) =>
        cells.map((c) => `${c.dataset.area} ${c.textContent.replace(/\s+/g, " ").trim()}`),
      )
    ).sort();
    result[`heading_${stratifier}`] = spaces(await page.locator("#ind-ip-aktiv-plan h3").nth(1).innerText());
  }
  result.ageRowHeaders = await page.locator("#ind-ip-aktiv-plan table").nth(1).locator("tbody th").allInnerTexts();
  await page.getByLabel("Inndeling").selectOption("kommune");
  await page.getByRole("button", { name: "Vis tallene" }).click();
  await page.locator(`td[data-indicator="ip-aktiv-plan"][data-by="kommune"]`).first().waitFor();
  result.csvMaskedLines = lines.filter((l) => l.split(";").includes("< 5")).length;

  step("nynorsk and English");
  await page.getByLabel("Språk").selectOption("nn");
  result.nynorskShow = await page.locator("#choose button").innerText();
  await page.getByLabel("Språk").selectOption("en");
  result.englishHeading = await page.locator("main h1").innerText();
  await page.getByLabel("Language").selectOption("nb");

  step("accessibility and screenshots");
  result.overflows360 = await overflowsAt360(page);
  await axe(page, "figures");
  await shoot(page, "styringsdata");
  result.keyboardReachesDownload = await (async () => {
    await page.locator("#municipality").focus();
    for (let i = 0; i < 5; i++) {
      if (await page.evaluate(() => document.activeElement?.id === "download")) return true;
      await page.keyboard.press("Tab");
    }
    return page.evaluate(() => document.activeElement?.id === "download");
  })();
});
