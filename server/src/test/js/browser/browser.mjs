// What the browser tests share (PatientAppBrowserIT, StyringsdataBrowserIT): the machine's Chromium,
// headless, driven by Playwright against a running server with the built-in trial issuer; the login at
// that issuer; axe-core; screenshots at 1280 and 360 px; and one JSON line of what was seen, which the
// Java test asserts on.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";

export const BASE = process.env.BASE;
export const SHOTS = process.env.SHOTS;
export const PASSWORD = "test";
export const WIDE = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 780 };
// Generous: on a loaded 2-core machine the server may take many seconds per request.
const TIMEOUT = 180_000;

mkdirSync(SHOTS, { recursive: true });

export const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});

export const result = { axe: {}, screenshots: [] };

export async function newContext(options) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(TIMEOUT);
  return context;
}

/** The trial issuer's login form, reached from an app's "Logg inn" button; back at the app afterwards. */
export async function logInAtTrialIssuer(page, username, backAt) {
  await page.waitForURL(/\/login/);
  await page.getByLabel("Brukernavn").fill(username);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(backAt);
}

export async function axe(page, name) {
  const analysis = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = analysis.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  result.axe[name] = { violations: analysis.violations.length, seriousOrCritical: serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`) };
}

export async function shoot(page, name) {
  for (const [label, size] of [["1280", WIDE], ["360", PHONE]]) {
    await page.setViewportSize(size);
    const file = `${SHOTS}/${name}-${label}.png`;
    await page.screenshot({ path: file, fullPage: true });
    result.screenshots.push(file);
  }
  await page.setViewportSize(WIDE);
}

/** Whether the page is wider than a 360 px phone, once it has laid itself out again (charts redraw on resize). */
export async function overflowsAt360(page) {
  await page.setViewportSize(PHONE);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(250);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  await page.setViewportSize(WIDE);
  return overflow;
}

/** A token by authorisation code with PKCE at the trial issuer, as a SMART app would get it, for {@code client}. */
export async function tokenFor({ clientId, scope, username, redirectPath }) {
  const context = await newContext();
  const login = await context.newPage();
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const redirect = `${BASE}${redirectPath}`;
  let code;
  // A redirect is no route of its own in Playwright, but every hop is a request: take the code from it.
  login.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === redirectPath && url.searchParams.has("code")) code = url.searchParams.get("code");
  });
  const authorize = new URL(`${BASE}/oauth2/authorize`);
  Object.entries({ response_type: "code", client_id: clientId, redirect_uri: redirect, scope, state: "test",
    code_challenge: challenge, code_challenge_method: "S256" }).forEach(([k, v]) => authorize.searchParams.set(k, v));
  await login.goto(authorize.toString());
  await logInAtTrialIssuer(login, username, /code=/);
  await context.close();
  const response = await fetch(`${BASE}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", client_id: clientId, code, redirect_uri: redirect, code_verifier: verifier }),
  });
  return (await response.json()).access_token;
}

/** The access token a SMART page (fhirclient) keeps in its session storage. */
export async function pageToken(page) {
  return page.evaluate(() => {
    const key = JSON.parse(sessionStorage.getItem("SMART_KEY"));
    return JSON.parse(sessionStorage.getItem(key)).tokenResponse.access_token;
  });
}

export async function fhirResponse(token, path) {
  return fetch(`${BASE}/fhir/${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/fhir+json" } });
}

export async function fhir(token, path) {
  return (await fhirResponse(token, path)).json();
}

/**
 * Runs the steps on a page of their own, records where a failure happened (with a screenshot,
 * {@code <name>-failure.png}), and prints what was seen as one JSON line. {@code steps(page, step)} calls
 * {@code step(what)} as it goes.
 */
export async function run(name, steps) {
  const context = await newContext({ viewport: WIDE, acceptDownloads: true });
  const page = await context.newPage();
  let at = "start";
  try {
    await steps(page, (name) => (at = name));
    result.ok = true;
  } catch (error) {
    result.ok = false;
    result.failedAt = at;
    result.error = String(error?.stack ?? error);
    await page.screenshot({ path: `${SHOTS}/${name}-failure.png`, fullPage: true }).catch(() => {});
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
}
