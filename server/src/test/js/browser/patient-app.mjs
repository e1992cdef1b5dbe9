// Min plan in a real browser (run by PatientAppBrowserIT): the machine's Chromium, headless, driven by
// Playwright against a running server with the seeded example plans and the built-in trial issuer.
// Prints one JSON line of what it saw; the Java test asserts on it.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";

const BASE = process.env.BASE;
const SHOTS = process.env.SHOTS;
const PASSWORD = "test";
mkdirSync(SHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
const result = { axe: {}, screenshots: [] };
// Generous: on a loaded 2-core machine the server may take many seconds per request.
const TIMEOUT = 180_000;
const newContext = async (options) => {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(TIMEOUT);
  return context;
};
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

async function logIn(page, username) {
  await page.goto(`${BASE}/app/`);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/login/);
  await page.getByLabel("Brukernavn").fill(username);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/app\//);
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Henter planen"));
}

async function axe(page, name) {
  const analysis = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = analysis.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  result.axe[name] = { violations: analysis.violations.length, seriousOrCritical: serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`) };
}

async function shoot(page, name) {
  for (const [label, size] of [["1280", WIDE], ["360", PHONE]]) {
    await page.setViewportSize(size);
    const file = `${SHOTS}/${name}-${label}.png`;
    await page.screenshot({ path: file, fullPage: true });
    result.screenshots.push(file);
  }
  await page.setViewportSize(WIDE);
}

async function overflowsAt360(page) {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  await page.setViewportSize(WIDE);
  return overflow;
}

async function done(click) {
  await page.evaluate(() => document.querySelectorAll("main .notice").forEach((n) => n.remove()));
  await click;
  await page.waitForFunction(() => document.querySelector("main .notice"));
  return page.locator("main .notice").first().textContent();
}

/** The koordinator's EHR: authorisation code with PKCE at the trial issuer, as a SMART EHR app would. */
async function koordinatorToken() {
  const context = await newContext();
  const ehr = await context.newPage();
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const redirect = `${BASE}/app/`;
  let code;
  // A redirect is no route of its own in Playwright, but every hop is a request: take the code from it.
  ehr.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/app/" && url.searchParams.has("code")) code = url.searchParams.get("code");
  });
  const authorize = new URL(`${BASE}/oauth2/authorize`);
  Object.entries({ response_type: "code", client_id: "ip-trial-ehr", redirect_uri: redirect, scope: "openid fhirUser user/*.cruds",
    state: "ehr", code_challenge: challenge, code_challenge_method: "S256" }).forEach(([k, v]) => authorize.searchParams.set(k, v));
  await ehr.goto(authorize.toString());
  await ehr.getByLabel("Brukernavn").fill("koordinator-a");
  await ehr.getByLabel("Passord").fill(PASSWORD);
  await ehr.getByRole("button", { name: "Logg inn" }).click();
  await ehr.waitForURL(/code=/);
  await context.close();
  const response = await fetch(`${BASE}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", client_id: "ip-trial-ehr", code, redirect_uri: redirect, code_verifier: verifier }),
  });
  return (await response.json()).access_token;
}

async function fhir(token, path) {
  const response = await fetch(`${BASE}/fhir/${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/fhir+json" } });
  return response.json();
}

const patientContext = await newContext({ viewport: WIDE });
const page = await patientContext.newPage();
let step = "start";
try {
  step = "start page";
  await page.goto(`${BASE}/app/`);
  await axe(page, "start");
  step = "login page";
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/login/);
  await axe(page, "login");
  await page.goto(`${BASE}/app/`);

  step = "patient A's plan";
  await logIn(page, "pasient-a");
  const planText = await page.locator("main").innerText();
  result.planHeading = await page.locator("main h1").first().innerText();
  result.coordinator = await page.locator("#coordinator").innerText();
  result.goals = await page.locator("#goals article h3").allInnerTexts();
  result.tiltak = await page.locator("#tiltak article h3").allInnerTexts();
  result.team = await page.locator("#team tbody tr").allInnerTexts();
  result.mentionsPatientB = /Emma|Larsen/.test(planText);
  result.planOverflows360 = await overflowsAt360(page);
  await axe(page, "plan");
  await shoot(page, "plan");

  step = "nynorsk and English";
  await page.getByLabel("Språk").selectOption("nn");
  result.nynorskNav = await page.locator("nav").innerText();
  await page.getByLabel("Språk").selectOption("en");
  result.englishNav = await page.locator("nav").innerText();
  await page.getByLabel("Language").selectOption("nb");

  step = "my own words";
  await page.getByRole("link", { name: "Mine ord" }).click();
  const goalText = `Jeg vil sykle til butikken før sommeren (${Date.now()})`;
  await page.getByLabel("Hva vil du få til?").fill(goalText);
  await page.getByLabel("Område").selectOption("fysisk");
  result.goalNotice = await done(page.getByRole("button", { name: "Legg til målet" }).click());
  const noteText = `Jeg går litt lenger hver uke (${Date.now()})`;
  await page.getByLabel("Hvilket mål").selectOption({ label: goalText });
  await page.getByLabel("Hvordan går det med målet").selectOption("improving");
  await page.getByLabel("Kommentar").fill(noteText);
  result.evaluationNotice = await done(page.getByRole("button", { name: "Lagre evalueringen" }).click());
  const messageText = `Jeg vil snakke om transport til treningen (${Date.now()})`;
  await page.getByLabel("Dette vil jeg ta opp").fill(messageText);
  result.messageNotice = await done(page.getByRole("button", { name: "Send meldingen" }).click());
  result.wordsOverflows360 = await overflowsAt360(page);
  await axe(page, "words");
  await shoot(page, "words");
  await page.getByRole("link", { name: "Min plan" }).click();
  result.ownGoalShown = (await page.locator("#goals").innerText()).includes(goalText);
  result.ownEvaluationShown = (await page.locator("#goals").innerText()).includes(noteText);

  step = "the koordinator's EHR";
  const token = await koordinatorToken();
  const patient = await fhir(token, "Patient?identifier=urn:oid:2.16.578.1.12.4.1.4.1|12885851264");
  const patientId = patient.entry?.[0]?.resource?.id;
  const goals = await fhir(token, `Goal?patient=Patient/${patientId}`);
  const goal = (goals.entry ?? []).map((e) => e.resource).find((g) => g.description?.text === goalText);
  result.ehrSeesGoal = Boolean(goal);
  result.ehrGoalExpressedBy = goal?.expressedBy?.reference;
  result.patientId = patientId;
  const evaluations = await fhir(token, `Observation?patient=Patient/${patientId}`);
  const evaluation = (evaluations.entry ?? []).map((e) => e.resource).find((o) => o.note?.[0]?.text === noteText);
  result.ehrSeesEvaluation = Boolean(evaluation);
  result.ehrEvaluationFocus = evaluation?.focus?.[0]?.reference;
  result.ehrGoalId = goal ? `Goal/${goal.id}` : null;
  const messages = await fhir(token, `Communication?patient=Patient/${patientId}`);
  result.ehrSeesMessage = (messages.entry ?? []).some((e) => e.resource.payload?.[0]?.contentString === messageText);

  step = "the relative with consent";
  const relativeContext = await newContext({ viewport: WIDE });
  const relative = await relativeContext.newPage();
  await logIn(relative, "parorende-a");
  result.relativeBefore = await relative.locator("main h1").first().innerText();
  result.relativeNav = await relative.locator("nav").innerText();

  step = "who may see my plan";
  await page.getByRole("link", { name: "Hvem kan se planen" }).click();
  await page.locator("#audit tbody tr").first().waitFor();
  result.auditRows = await page.locator("#audit tbody tr").count();
  result.auditText = await page.locator("#audit").innerText();
  result.accessOverflows360 = await overflowsAt360(page);
  await axe(page, "access");
  await shoot(page, "access");
  result.withdrawNotice = await done(page.getByRole("button", { name: "Trekk tilbake tilgangen for Anne Hansen" }).click());
  result.restoreOffered = await page.getByRole("button", { name: "Gi Anne Hansen tilgang igjen" }).isVisible();

  step = "the relative after the withdrawal";
  await relative.reload();
  await relative.locator("main h1").first().waitFor();
  await relative.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Henter planen"));
  result.relativeAfter = await relative.locator("main").innerText();
  await relative.screenshot({ path: `${SHOTS}/relative-after-withdrawal-360.png`, fullPage: true });
  result.screenshots.push(`${SHOTS}/relative-after-withdrawal-360.png`);
  const relativeToken = await relative.evaluate(() => {
    const key = JSON.parse(sessionStorage.getItem("SMART_KEY"));
    return JSON.parse(sessionStorage.getItem(key)).tokenResponse.access_token;
  });
  const plans = await fhir(relativeToken, `CarePlan?patient=Patient/${patientId}`);
  result.relativeCarePlansAfter = plans.total ?? (plans.entry ?? []).length;
  await relativeContext.close();

  step = "access given back";
  result.restoreNotice = await done(page.getByRole("button", { name: "Gi Anne Hansen tilgang igjen" }).click());
  result.withdrawOfferedAgain = await page.getByRole("button", { name: "Trekk tilbake tilgangen for Anne Hansen" }).isVisible();

  step = "patient B";
  const bContext = await newContext({ viewport: WIDE });
  const b = await bContext.newPage();
  await logIn(b, "pasient-b");
  result.patientBHeading = await b.locator("main h1").first().innerText();
  result.patientBSeesA = /Per Hansen|Lise Berg/.test(await b.locator("main").innerText());
  await bContext.close();
  result.ok = true;
} catch (error) {
  result.ok = false;
  result.failedAt = step;
  result.error = String(error?.stack ?? error);
  await page.screenshot({ path: `${SHOTS}/failure.png`, fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
