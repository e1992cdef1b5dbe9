// Min plan in a real browser (run by PatientAppBrowserIT): the machine's Chromium, headless, driven by
// Playwright against a running server with the seeded example plans and the built-in trial issuer.
// Prints one JSON line of what it saw; the Java test asserts on it.
import { axe, BASE, fhir, logInAtTrialIssuer, newContext, overflowsAt360, pageToken, result, run, shoot, SHOTS, tokenFor, WIDE } from "./browser.mjs";

async function logIn(page, username) {
  await page.goto(`${BASE}/app/`);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await logInAtTrialIssuer(page, username, /\/app\//);
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Henter planen"));
}

async function done(page, click) {
  await page.evaluate(() => document.querySelectorAll("main .notice").forEach((n) => n.remove()));
  await click;
  await page.waitForFunction(() => document.querySelector("main .notice"));
  return page.locator("main .notice").first().textContent();
}

/** The koordinator's EHR: authorisation code with PKCE at the trial issuer, as a SMART EHR app would. */
function koordinatorToken() {
  return tokenFor({ clientId: "ip-trial-ehr", scope: "openid fhirUser user/*.cruds", username: "koordinator-a", redirectPath: "/app/" });
}

await run("min-plan", async (page, step) => {
  step("start page");
  await page.goto(`${BASE}/app/`);
  await axe(page, "start");
  step("login page");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/login/);
  await axe(page, "login");
  await page.goto(`${BASE}/app/`);

  step("patient A's plan");
  await logIn(page, "pasient-a");
  const planText = await page.locator("main").innerText();
  result.planHeading = await page.locator("main h1").first().innerText();
  result.coordinator = await page.locator("#coordinator").innerText();
  result.coordinatorLinks = await page.locator("#coordinator a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  result.goals = await page.locator("#goals article h3").allInnerTexts();
  result.tiltak = await page.locator("#tiltak article h3").allInnerTexts();
  result.team = await page.locator("#team tbody tr").allInnerTexts();
  result.mentionsPatientB = /Emma|Larsen/.test(planText);
  result.planOverflows360 = await overflowsAt360(page);
  await axe(page, "plan");
  await shoot(page, "plan");

  step("nynorsk and English");
  await page.getByLabel("Språk").selectOption("nn");
  result.nynorskNav = await page.locator("nav").innerText();
  await page.getByLabel("Språk").selectOption("en");
  result.englishNav = await page.locator("nav").innerText();
  result.englishTeam = await page.locator("#team tbody tr").allInnerTexts();
  await page.getByLabel("Language").selectOption("nb");

  step("my own words");
  await page.getByRole("link", { name: "Mine ord" }).click();
  const goalText = `Jeg vil sykle til butikken før sommeren (${Date.now()})`;
  await page.getByLabel("Hva vil du få til?").fill(goalText);
  await page.getByLabel("Område").selectOption("fysisk");
  result.goalNotice = await done(page, page.getByRole("button", { name: "Legg til målet" }).click());
  const noteText = `Jeg går litt lenger hver uke (${Date.now()})`;
  await page.getByLabel("Hvilket mål").selectOption({ label: goalText });
  await page.getByLabel("Hvordan går det med målet").selectOption("improving");
  await page.getByLabel("Kommentar").fill(noteText);
  result.evaluationNotice = await done(page, page.getByRole("button", { name: "Lagre evalueringen" }).click());
  const messageText = `Jeg vil snakke om transport til treningen (${Date.now()})`;
  await page.getByLabel("Dette vil jeg ta opp").fill(messageText);
  result.messageNotice = await done(page, page.getByRole("button", { name: "Send meldingen" }).click());
  result.wordsOverflows360 = await overflowsAt360(page);
  await axe(page, "words");
  await shoot(page, "words");
  await page.getByRole("link", { name: "Min plan" }).click();
  result.ownGoalShown = (await page.locator("#goals").innerText()).includes(goalText);
  result.ownEvaluationShown = (await page.locator("#goals").innerText()).includes(noteText);

  step("the koordinator's EHR");
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

  step("the relative with consent");
  const relativeContext = await newContext({ viewport: WIDE });
  const relative = await relativeContext.newPage();
  await logIn(relative, "parorende-a");
  result.relativeBefore = await relative.locator("main h1").first().innerText();
  result.relativeNav = await relative.locator("nav").innerText();

  step("who may see my plan");
  await page.getByRole("link", { name: "Hvem kan se planen" }).click();
  await page.locator("#audit tbody tr").first().waitFor();
  result.auditRows = await page.locator("#audit tbody tr").count();
  result.auditText = await page.locator("#audit").innerText();
  result.accessOverflows360 = await overflowsAt360(page);
  await axe(page, "access");
  await shoot(page, "access");
  result.withdrawNotice = await done(page, page.getByRole("button", { name: "Trekk tilbake tilgangen for Anne Hansen" }).click());
  result.restoreOffered = await page.getByRole("button", { name: "Gi Anne Hansen tilgang igjen" }).isVisible();

  step("the relative after the withdrawal");
  await relative.reload();
  await relative.locator("main h1").first().waitFor();
  await relative.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Henter planen"));
  result.relativeAfter = await relative.locator("main").innerText();
  await relative.screenshot({ path: `${SHOTS}/relative-after-withdrawal-360.png`, fullPage: true });
  result.screenshots.push(`${SHOTS}/relative-after-withdrawal-360.png`);
  const relativeToken = await pageToken(relative);
  const plans = await fhir(relativeToken, `CarePlan?patient=Patient/${patientId}`);
  result.relativeCarePlansAfter = plans.total ?? (plans.entry ?? []).length;
  await relativeContext.close();

  step("access given back");
  result.restoreNotice = await done(page, page.getByRole("button", { name: "Gi Anne Hansen tilgang igjen" }).click());
  result.withdrawOfferedAgain = await page.getByRole("button", { name: "Trekk tilbake tilgangen for Anne Hansen" }).isVisible();

  step("patient B");
  const bContext = await newContext({ viewport: WIDE });
  const b = await bContext.newPage();
  await logIn(b, "pasient-b");
  result.patientBHeading = await b.locator("main h1").first().innerText();
  result.patientBSeesA = /Per Hansen|Lise Berg/.test(await b.locator("main").innerText());
  await bContext.close();
});
