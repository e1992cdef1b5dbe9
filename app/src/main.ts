import FHIR from "fhirclient";
import "./style.css";
import { has, Key, Language, locale, savedLanguage, setLanguage, t } from "./i18n";
import { esc, loggedInOrReturning, problem } from "./smart";
import { codeName } from "./terminology";

type Client = Awaited<ReturnType<typeof FHIR.oauth2.ready>>;
type R = fhir4.Resource & Record<string, any>;

const CLIENT_ID = "ip-pasientapp";
const SCOPE =
  "openid fhirUser launch/patient patient/*.rs patient/Goal.c patient/Observation.c patient/Communication.c patient/Consent.u";
const IP = "https://ip-fhir.org/fhir";
const ROLE_SYSTEM = `${IP}/CodeSystem/no-ip-rolle`;
const EVALUATION_CODE = `${IP}/CodeSystem/no-ip-evalueringstype|maloppnaelse`;
const AREAS = ["fysisk", "kognitiv", "sosial", "psykisk", "psykososial", "medisinsk", "arbeid-utdanning"] as const;
const ACHIEVEMENT = ["in-progress", "improving", "worsening", "no-change", "achieved", "sustaining", "not-achieved"] as const;
const IRCP = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "IRCP" }] };
const ACCESS = [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentaction", code: "access" }] }];

let client: Client | null = null;
let page: "plan" | "words" | "access" = "plan";
let data: PlanData | null = null;
let notice = "";

interface PlanData {
  patientId: string;
  relative: boolean;
  userName: string;
  plan?: R;
  team?: R;
  goals: R[];
  evaluations: R[];
  tiltak: R[];
  consent?: R;
  relatives: R[];
  messages: R[];
  audit: R[];
  byRef: Map<string, R>;
}

const main = document.getElementById("main") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;

function label(code: string | undefined): string {
  return code && has(code) ? t(code as Key) : code ?? t("unknown");
}

function date(value: string | undefined): string {
  if (!value) return "";
  const d = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return isNaN(d.getTime()) ? value : d.toLocaleDateString(locale(), { day: "numeric", month: "long", year: "numeric" });
}

function dateTime(value: string | undefined): string {
  if (!value) return "";
  const d = new Date(value);
  return d.toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" });
}

function name(resource: R | undefined): string {
  if (!resource) return "";
  if (resource.resourceType === "Organization") return resource.name ?? "";
  if (resource.resourceType === "CareTeam") return resource.name ?? t("team");
  const n = resource.name?.[0];
  return n ? [...(n.given ?? []), n.family].filter(Boolean).join(" ") : resource.resourceType;
}

/** Who a reference names, in words: a PractitionerRole by its practitioner and organisation. */
function who(ref: string | undefined, d: PlanData): string {
  const target = ref ? d.byRef.get(ref) : undefined;
  if (!target) return ref ?? "";
  if (target.resourceType === "PractitionerRole") {
    return name(d.byRef.get(target.practitioner?.reference));
  }
  if (target.resourceType === "Patient" && target.id === d.patientId) return name(target);
  return name(target);
}

function serviceOf(ref: string | undefined, d: PlanData): string {
  const target = ref ? d.byRef.get(ref) : undefined;
  if (target?.resourceType === "PractitionerRole") return name(d.byRef.get(target.organization?.reference));
  if (target?.resourceType === "Organization") return name(target);
  return "";
}

function current(period: fhir4.Period | undefined): boolean {
  const today = new Date().toISOString().slice(0, 10);
  return (!period?.start || period.start.slice(0, 10) <= today) && (!period?.end || period.end.slice(0, 10) >= today);
}

async function all(path: string): Promise<R[]> {
  const bundles = (await client!.request(path, { pageLimit: 0, flat: true })) as R[];
  return bundles ?? [];
}

function remember(d: PlanData, resources: R[]): void {
  for (const r of resources) if (r.id) d.byRef.set(`${r.resourceType}/${r.id}`, r);
}

async function load(): Promise<PlanData> {
  const c = client!;
  const fhirUser = c.getFhirUser() ?? "";
  const patientId = c.getPatientId() ?? "";
  const d: PlanData = {
    patientId,
    relative: fhirUser.startsWith("RelatedPerson/"),
    userName: "",
    goals: [],
    evaluations: [],
    tiltak: [],
    relatives: [],
    messages: [],
    audit: [],
    byRef: new Map(),
  };
  const p = encodeURIComponent(`Patient/${patientId}`);
  const plans = await all(`CarePlan?patient=${p}&_include=CarePlan:care-team`);
  remember(d, plans);
  d.plan = plans.find(
    (r) => r.resourceType === "CarePlan" && !r.partOf && r.category?.some((c: any) => c.coding?.some((x: any) => x.code === "individuell-plan")),
  );
  if (!d.plan) return d;
  const teamRef = d.plan.careTeam?.[0]?.reference;
  const teams = await all(
    `CareTeam?patient=${p}&_include=CareTeam:participant&_include:iterate=PractitionerRole:practitioner&_include:iterate=PractitionerRole:organization`,
  );
  remember(d, teams);
  d.team = teamRef ? d.byRef.get(teamRef) : teams.find((r) => r.resourceType === "CareTeam");
  const [goals, evaluations, tiltak, consents, relatives, patients] = await Promise.all([
    all(`Goal?patient=${p}`),
    all(`Observation?patient=${p}&code=${encodeURIComponent(EVALUATION_CODE)}`),
    all(`ServiceRequest?patient=${p}&_include=ServiceRequest:performer`),
    all(`Consent?patient=${p}&status=active`),
    all(`RelatedPerson?patient=${p}`),
    all(`Patient?_id=${patientId}`),
  ]);
  remember(d, [...goals, ...evaluations, ...tiltak, ...consents, ...relatives, ...patients]);
  d.goals = goals.filter((r) => r.resourceType === "Goal");
  d.evaluations = evaluations.filter((r) => r.resourceType === "Observation");
  d.tiltak = tiltak.filter((r) => r.resourceType === "ServiceRequest");
  d.consent = consents.find((r) => r.resourceType === "Consent");
  d.relatives = relatives.filter((r) => r.resourceType === "RelatedPerson");
  d.userName = name(d.byRef.get(fhirUser)) || fhirUser;
  if (!d.relative) {
    const [messages, audit] = await Promise.all([
      all(`Communication?patient=${p}&_sort=-sent`),
      client!.request(`AuditEvent?patient=${p}&_sort=-date&_count=100`).then((b: any) => (b.entry ?? []).map((e: any) => e.resource)),
    ]);
    d.messages = messages.filter((r) => r.resourceType === "Communication");
    // Who else has been at the plan comes first; the patient's own app traffic fills up the rest.
    const byPatient = (a: any) => requestor(a)?.who?.reference === `Patient/${d.patientId}`;
    d.audit = [...audit.filter((a: any) => !byPatient(a)), ...audit.filter(byPatient)].slice(0, 30);
  }
  return d;
}

function requestor(event: any): any {
  return (event.agent ?? []).find((x: any) => x.requestor) ?? event.agent?.[0];
}

function renderNav(): void {
  nav.hidden = !data?.plan;
  nav.setAttribute("aria-label", t("menu"));
  const items: [typeof page, Key][] = data?.relative
    ? [["plan", "navPlan"]]
    : [["plan", "navPlan"], ["words", "navWords"], ["access", "navAccess"]];
  nav.innerHTML = `<ul>${items
    .map(([id, key]) => `<li><a href="#${id}" ${page === id ? 'aria-current="page"' : ""}>${esc(t(key))}</a></li>`)
    .join("")}<li><button type="button" id="logout" class="link">${esc(t("logout"))}</button></li></ul>`;
  document.getElementById("logout")?.addEventListener("click", () => {
    sessionStorage.clear();
    location.replace(location.pathname);
  });
}

function renderChrome(): void {
  document.title = t("appName");
  (document.getElementById("brand") as HTMLElement).textContent = t("appName");
  (document.getElementById("language-label") as HTMLElement).textContent = t("language");
  (document.querySelector(".skip") as HTMLElement).textContent = t("skip");
}

function render(): void {
  renderChrome();
  renderNav();
  if (!client) {
    main.innerHTML = `<h1>${esc(t("appName"))}</h1><p>${esc(t("welcome"))}</p>
      <p><button type="button" id="login">${esc(t("login"))}</button></p><p class="hint">${esc(t("loginHelp"))}</p>`;
    document.getElementById("login")!.addEventListener("click", login);
    return;
  }
  if (!data) {
    main.innerHTML = `<p>${esc(t("loading"))}</p>`;
    return;
  }
  if (!data.plan) {
    main.innerHTML = `<h1>${esc(t("appName"))}</h1><p class="notice">${esc(t(data.relative ? "noAccess" : "noPlan"))}</p>`;
    return;
  }
  const body = page === "words" && !data.relative ? words(data) : page === "access" && !data.relative ? access(data) : plan(data);
  main.innerHTML = `<p class="user">${esc(t("loggedInAs"))} <strong>${esc(data.userName)}</strong></p>
    ${notice ? `<p class="notice" role="status">${esc(notice)}</p>` : ""}${body}`;
  notice = "";
  wire();
}

function plan(d: PlanData): string {
  const p = d.plan!;
  const next = p.extension?.find((e: any) => e.url === `${IP}/StructureDefinition/no-ip-nextEvaluation`)?.valueDate;
  const participants: any[] = (d.team?.participant ?? []).filter((x: any) => current(x.period));
  const coordinator = participants.find((x: any) => x.role?.some((r: any) => r.coding?.some((c: any) => c.code === "koordinator")));
  const coordinatorRef = coordinator?.member?.reference;
  const coordinatorOrg = serviceOf(coordinatorRef, d) || name(d.byRef.get(coordinator?.onBehalfOf?.reference));
  const telecom: any[] = [
    ...(d.byRef.get(coordinatorRef)?.telecom ?? []),
    ...(d.byRef.get(d.byRef.get(coordinatorRef)?.organization?.reference)?.telecom ?? []),
  ];
  const roleText = (x: any) => {
    const role = x.role?.[0];
    return codeName(role?.coding?.find((c: any) => c.system === ROLE_SYSTEM) ?? role?.coding?.[0]) || role?.text || "";
  };
  const evaluationsOf = (goal: R) =>
    d.evaluations
      .filter((o) => o.focus?.some((f: any) => f.reference === `Goal/${goal.id}`))
      .sort((a, b) => String(b.effectiveDateTime).localeCompare(String(a.effectiveDateTime)));
  const own = (goal: R) => goal.expressedBy?.reference === `Patient/${d.patientId}`;
  const goals = [...d.goals].sort((a, b) => Number(own(b)) - Number(own(a)));
  return `<h1>${esc(p.title ?? t("planHeading"))}</h1>
  ${d.relative ? `<p class="notice">${esc(t("readOnlyRelative"))}</p>` : ""}
  <dl class="facts">
    <div><dt>${esc(t("period"))}</dt><dd>${esc(t("from"))} ${esc(date(p.period?.start))} ${p.period?.end ? `${esc(t("to"))} ${esc(date(p.period.end))}` : esc(t("untilFurther"))}</dd></div>
    <div><dt>${esc(t("status"))}</dt><dd>${esc(label(p.status))}</dd></div>
    <div><dt>${esc(t("nextEvaluation"))}</dt><dd>${esc(date(next)) || "–"}</dd></div>
  </dl>
  <section aria-labelledby="h-coordinator" class="card" id="coordinator">
    <h2 id="h-coordinator">${esc(t("coordinator"))}</h2>
    <p class="big">${esc(who(coordinatorRef, d))}${coordinatorOrg ? `, ${esc(coordinatorOrg)}` : ""}</p>
    <h3>${esc(t("coordinatorReach"))}</h3>
    ${telecom.length
      ? `<ul>${telecom.map((c) => `<li>${c.system === "phone" ? `<a href="tel:${esc(c.value)}">${esc(c.value)}</a>` : c.system === "email" ? `<a href="mailto:${esc(c.value)}">${esc(c.value)}</a>` : esc(c.value)}</li>`).join("")}</ul>`
      : `<p>${esc(t("coordinatorViaOrg", { org: coordinatorOrg || t("team") }))}</p>`}
  </section>
  <section aria-labelledby="h-goals" id="goals">
    <h2 id="h-goals">${esc(t("goals"))}</h2>
    ${goals
      .map((g) => {
        const evs = evaluationsOf(g);
        return `<article class="card goal">
        <h3>${esc(g.description?.text)}</h3>
        <p>${own(g) ? `<span class="tag">${esc(t("ownGoal"))}</span>` : `${esc(t("goalBy"))}: ${esc(who(g.expressedBy?.reference, d))}`}
          · ${esc(t("status"))}: <strong>${esc(label(g.achievementStatus?.coding?.[0]?.code ?? g.lifecycleStatus))}</strong>
          ${g.target?.[0]?.dueDate ? ` · ${esc(t("to"))} ${esc(date(g.target[0].dueDate))}` : ""}</p>
        <h4>${esc(t("evaluations"))}</h4>
        ${evs.length
          ? `<ol class="history">${evs
              .map((o) => `<li><strong>${esc(date(o.effectiveDateTime))}</strong> – ${esc(label(o.valueCodeableConcept?.coding?.[0]?.code))}
                (${esc(o.performer?.[0]?.reference === `Patient/${d.patientId}` && !d.relative ? t("byYou") : who(o.performer?.[0]?.reference, d))})${o.note?.[0]?.text ? `: ${esc(o.note[0].text)}` : ""}</li>`)
              .join("")}</ol>`
          : `<p>${esc(t("noEvaluations"))}</p>`}
      </article>`;
      })
      .join("")}
  </section>
  <section aria-labelledby="h-tiltak" id="tiltak">
    <h2 id="h-tiltak">${esc(t("tiltak"))}</h2>
    ${d.tiltak
      .map((s) => {
        const repeat = s.occurrenceTiming?.repeat;
        const once = repeat?.frequency === 1;
        const unit =
          repeat?.periodUnit === "d"
            ? once ? "oncePerDay" : "perDay"
            : repeat?.periodUnit === "mo"
              ? once ? "oncePerMonth" : "perMonth"
              : once ? "oncePerWeek" : "perWeek";
        const bounds = repeat?.boundsPeriod ?? s.occurrencePeriod;
        return `<article class="card">
        <h3>${esc(s.code?.text ?? s.code?.coding?.[0]?.display)}</h3>
        <dl class="facts">
          ${repeat?.frequency ? `<div><dt>${esc(t("howOften"))}</dt><dd>${esc(t(unit, { n: repeat.frequency }))}</dd></div>` : ""}
          <div><dt>${esc(t("responsible"))}</dt><dd>${esc((s.performer ?? []).map((r: any) => who(r.reference, d) || r.display).filter(Boolean).join(", "))}</dd></div>
          ${bounds ? `<div><dt>${esc(t("when"))}</dt><dd>${esc(date(bounds.start))} – ${esc(date(bounds.end)) || esc(t("untilFurther"))}</dd></div>` : ""}
        </dl>
        ${s.patientInstruction ? `<p>${esc(s.patientInstruction)}</p>` : ""}
      </article>`;
      })
      .join("")}
  </section>
  <section aria-labelledby="h-team" id="team">
    <h2 id="h-team">${esc(t("team"))}</h2>
    <div class="table-wrap"><table class="stack-narrow">
      <thead><tr><th scope="col">${esc(t("who"))}</th><th scope="col">${esc(t("service"))}</th><th scope="col">${esc(t("role"))}</th></tr></thead>
      <tbody>${participants
        .map((x: any) => `<tr><td data-label="${esc(t("who"))}">${esc(who(x.member?.reference, d) || x.member?.display)}</td>
          <td data-label="${esc(t("service"))}">${esc(serviceOf(x.member?.reference, d) || name(d.byRef.get(x.onBehalfOf?.reference)))}</td><td data-label="${esc(t("role"))}">${esc(roleText(x))}</td></tr>`)
        .join("")}</tbody>
    </table></div>
  </section>`;
}

function words(d: PlanData): string {
  const options = (values: readonly string[]) => values.map((v) => `<option value="${v}">${esc(label(v))}</option>`).join("");
  return `<h1>${esc(t("wordsHeading"))}</h1><p>${esc(t("wordsIntro"))}</p>
  <section class="card" aria-labelledby="h-new-goal">
    <h2 id="h-new-goal">${esc(t("newGoal"))}</h2>
    <form id="goal-form" novalidate>
      <label for="goal-text">${esc(t("goalText"))}</label>
      <textarea id="goal-text" name="text" rows="3" required></textarea>
      <label for="goal-area">${esc(t("goalArea"))}</label>
      <select id="goal-area" name="area">${options(AREAS)}</select>
      <button type="submit">${esc(t("addGoal"))}</button>
    </form>
  </section>
  <section class="card" aria-labelledby="h-evaluate">
    <h2 id="h-evaluate">${esc(t("evaluate"))}</h2>
    <form id="evaluation-form" novalidate>
      <label for="evaluation-goal">${esc(t("whichGoal"))}</label>
      <select id="evaluation-goal" name="goal">${d.goals.map((g) => `<option value="${esc(g.id)}">${esc(g.description?.text)}</option>`).join("")}</select>
      <label for="evaluation-status">${esc(t("howIsItGoing"))}</label>
      <select id="evaluation-status" name="status">${options(ACHIEVEMENT)}</select>
      <label for="evaluation-note">${esc(t("comment"))}</label>
      <textarea id="evaluation-note" name="note" rows="3" required></textarea>
      <button type="submit">${esc(t("saveEvaluation"))}</button>
    </form>
  </section>
  <section class="card" aria-labelledby="h-message">
    <h2 id="h-message">${esc(t("message"))}</h2>
    <form id="message-form" novalidate>
      <label for="message-text">${esc(t("messageText"))}</label>
      <textarea id="message-text" name="text" rows="3" required></textarea>
      <button type="submit">${esc(t("sendMessage"))}</button>
    </form>
    <h3>${esc(t("yourMessages"))}</h3>
    ${d.messages.length
      ? `<ul>${d.messages.map((m) => `<li><strong>${esc(dateTime(m.sent))}</strong>: ${esc(m.payload?.[0]?.contentString)}</li>`).join("")}</ul>`
      : `<p>${esc(t("noMessages"))}</p>`}
  </section>`;
}

interface Actor {
  ref: string;
  name: string;
  kind: "relative" | "service";
}

function provisions(d: PlanData): any[] {
  return d.consent?.provision?.provision ?? [];
}

function names(p: any, ref: string): boolean {
  return (p.actor ?? []).some((a: any) => a.reference?.reference === ref);
}

function teamMember(d: PlanData, ref: string): boolean {
  return (d.team?.participant ?? []).some((x: any) => current(x.period) && x.member?.reference === ref);
}

function relativeCanSee(d: PlanData, ref: string): boolean {
  const teamRef = d.team ? `CareTeam/${d.team.id}` : "";
  const permitted = provisions(d).some(
    (p) => p.type === "permit" && (names(p, ref) || (teamRef && names(p, teamRef) && teamMember(d, ref))),
  );
  const denied = provisions(d).some((p) => p.type === "deny" && names(p, ref) && !(p.class ?? []).length);
  return permitted && !denied;
}

function services(d: PlanData): Actor[] {
  const seen = new Map<string, Actor>();
  for (const x of (d.team?.participant ?? []) as any[]) {
    if (!current(x.period)) continue;
    const member = d.byRef.get(x.member?.reference);
    const org = x.onBehalfOf?.reference ?? (member?.resourceType === "PractitionerRole" ? member.organization?.reference : member?.resourceType === "Organization" ? x.member.reference : undefined);
    if (org && !seen.has(org)) seen.set(org, { ref: org, name: name(d.byRef.get(org)) || org, kind: "service" });
  }
  return [...seen.values()];
}

function hidesEvaluations(d: PlanData, ref: string): boolean {
  return provisions(d).some((p) => p.type === "deny" && names(p, ref) && (p.class ?? []).some((c: any) => c.code === "Observation"));
}

function access(d: PlanData): string {
  const teamRef = d.team ? `CareTeam/${d.team.id}` : "";
  const covers = provisions(d)
    .filter((p) => p.type === "permit")
    .flatMap((p) => (p.actor ?? []).map((a: any) => a.reference?.reference))
    .map((ref: string) => (ref === teamRef ? `${name(d.team)} (${t("wholeTeam")})` : who(ref, d)));
  const audit = d.audit;
  return `<h1>${esc(t("accessHeading"))}</h1><p>${esc(t("accessIntro"))}</p>
  <section class="card" aria-labelledby="h-consent">
    <h2 id="h-consent">${esc(t("consentCovers"))}</h2>
    <p>${esc(t("consentGiven"))}: ${esc(date(d.consent?.dateTime))}</p>
    <ul>${covers.map((c: string) => `<li>${esc(c)}</li>`).join("")}</ul>
  </section>
  <section class="card" aria-labelledby="h-relatives">
    <h2 id="h-relatives">${esc(t("relatives"))}</h2>
    <ul class="actors">${d.relatives
      .map((r) => {
        const ref = `RelatedPerson/${r.id}`;
        const sees = relativeCanSee(d, ref);
        return `<li><span><strong>${esc(name(r))}</strong> ${esc(t(sees ? "canSee" : "cannotSee"))}</span>
          <button type="button" data-action="${sees ? "withdraw" : "restore"}" data-ref="${esc(ref)}">${esc(t(sees ? "withdraw" : "restore", { name: name(r) }))}</button></li>`;
      })
      .join("")}</ul>
  </section>
  <section class="card" aria-labelledby="h-services">
    <h2 id="h-services">${esc(t("services"))}</h2>
    <ul class="actors">${services(d)
      .map((s) => {
        const hidden = hidesEvaluations(d, s.ref);
        return `<li><span><strong>${esc(s.name)}</strong> ${esc(t("canSee"))}${hidden ? `, ${esc(t("exceptEvaluations"))}` : ""}</span>
          <button type="button" data-action="${hidden ? "show-evaluations" : "hide-evaluations"}" data-ref="${esc(s.ref)}">${esc(t(hidden ? "showEvaluations" : "hideEvaluations", { name: s.name }))}</button></li>`;
      })
      .join("")}</ul>
  </section>
  <section class="card" aria-labelledby="h-audit">
    <h2 id="h-audit">${esc(t("auditHeading"))}</h2>
    <p>${esc(t("auditIntro"))}</p>
    ${audit.length
      ? `<div class="table-wrap"><table id="audit"><thead><tr><th scope="col">${esc(t("auditWhen"))}</th><th scope="col">${esc(t("auditWho"))}</th><th scope="col">${esc(t("auditWhat"))}</th></tr></thead>
      <tbody>${audit
        .map((a: any) => {
          const agent = requestor(a);
          const ref = agent?.who?.reference;
          const orgnr = (a.agent ?? []).map((x: any) => x.who?.identifier).find((i: any) => i?.system?.endsWith("4.1.4.101"))?.value;
          const org = [...d.byRef.values()].find((r) => r.resourceType === "Organization" && r.identifier?.some((i: any) => i.value === orgnr));
          const whoText =
            ref === `Patient/${d.patientId}` ? t("byYou") : ref && d.byRef.has(ref) ? who(ref, d) : org ? name(org) : agent?.who?.display;
          const action = a.action === "R" ? "read" : a.action === "E" ? "searched" : a.action === "C" ? "created" : "changed";
          return `<tr><td>${esc(dateTime(a.recorded))}</td><td>${esc(whoText || t("unknown"))}</td><td>${esc(t(action as Key))}: ${esc((a.entity ?? []).map((e: any) => e.what?.reference?.split("/")[0] ?? e.description ?? "").filter(Boolean).join(", "))}</td></tr>`;
        })
        .join("")}</tbody></table></div>`
      : `<p>${esc(t("auditNone"))}</p>`}
  </section>`;
}

function actorProvision(ref: string, classes: string[] = []): any {
  const provision: any = { type: "deny", actor: [{ role: IRCP, reference: { reference: ref } }], action: ACCESS };
  if (classes.length) provision.class = classes.map((code) => ({ system: "http://hl7.org/fhir/resource-types", code }));
  return provision;
}

async function changeConsent(action: string, ref: string): Promise<void> {
  const consent = JSON.parse(JSON.stringify(data!.consent));
  const list: any[] = consent.provision.provision ?? [];
  const denyAll = (p: any) => p.type === "deny" && names(p, ref) && !(p.class ?? []).length;
  const denyEvaluations = (p: any) => p.type === "deny" && names(p, ref) && (p.class ?? []).some((c: any) => c.code === "Observation");
  if (action === "withdraw") list.push(actorProvision(ref));
  if (action === "restore") {
    consent.provision.provision = list.filter((p) => !denyAll(p));
    if (!relativeCanSee({ ...data!, consent: { ...consent } } as PlanData, ref)) {
      consent.provision.provision.push({ ...actorProvision(ref), type: "permit" });
    }
  }
  if (action === "hide-evaluations") list.push(actorProvision(ref, ["Observation"]));
  if (action === "show-evaluations") consent.provision.provision = list.filter((p) => !denyEvaluations(p));
  if (action === "withdraw" || action === "hide-evaluations") consent.provision.provision = list;
  await client!.update(consent);
  notice = t("consentChanged");
}

function uuid(): string {
  return crypto.randomUUID();
}

async function addGoal(form: HTMLFormElement): Promise<void> {
  const text = (form.elements.namedItem("text") as HTMLTextAreaElement).value.trim();
  const area = (form.elements.namedItem("area") as HTMLSelectElement).value;
  const me = { reference: `Patient/${data!.patientId}` };
  await client!.create({
    resourceType: "Goal",
    meta: { profile: [`${IP}/StructureDefinition/no-ip-Goal`] },
    identifier: [{ system: "urn:ietf:rfc:3986", value: `urn:uuid:${uuid()}` }],
    lifecycleStatus: "active",
    achievementStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/goal-achievement", code: "in-progress" }] },
    category: [{ coding: [{ system: `${IP}/CodeSystem/no-ip-funksjonsomrade`, code: area }] }],
    description: { text },
    subject: me,
    startDate: new Date().toISOString().slice(0, 10),
    expressedBy: me,
  } as any);
  notice = t("goalAdded");
}

async function addEvaluation(form: HTMLFormElement): Promise<void> {
  const goal = (form.elements.namedItem("goal") as HTMLSelectElement).value;
  const status = (form.elements.namedItem("status") as HTMLSelectElement).value;
  const note = (form.elements.namedItem("note") as HTMLTextAreaElement).value.trim();
  const me = { reference: `Patient/${data!.patientId}` };
  await client!.create({
    resourceType: "Observation",
    meta: { profile: [`${IP}/StructureDefinition/no-ip-GoalEvaluation`] },
    identifier: [{ system: "urn:ietf:rfc:3986", value: `urn:uuid:${uuid()}` }],
    status: "final",
    code: { coding: [{ system: `${IP}/CodeSystem/no-ip-evalueringstype`, code: "maloppnaelse" }] },
    subject: me,
    focus: [{ reference: `Goal/${goal}` }],
    effectiveDateTime: new Date().toISOString(),
    performer: [me],
    valueCodeableConcept: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/goal-achievement", code: status }] },
    note: [{ text: note }],
  } as any);
  notice = t("evaluationSaved");
}

async function sendMessage(form: HTMLFormElement): Promise<void> {
  const text = (form.elements.namedItem("text") as HTMLTextAreaElement).value.trim();
  const me = { reference: `Patient/${data!.patientId}` };
  await client!.create({
    resourceType: "Communication",
    status: "completed",
    subject: me,
    sender: me,
    recipient: data!.team ? [{ reference: `CareTeam/${data!.team.id}` }] : [],
    about: [{ reference: `CarePlan/${data!.plan!.id}` }],
    topic: { text: "Til neste ansvarsgruppemøte" },
    sent: new Date().toISOString(),
    payload: [{ contentString: text }],
  } as any);
  notice = t("messageSent");
}

function wire(): void {
  const forms: [string, (f: HTMLFormElement) => Promise<void>][] = [
    ["goal-form", addGoal],
    ["evaluation-form", addEvaluation],
    ["message-form", sendMessage],
  ];
  for (const [id, action] of forms) {
    const form = document.getElementById(id) as HTMLFormElement | null;
    form?.addEventListener("submit", (event) => {
      event.preventDefault();
      const empty = [...form.querySelectorAll("textarea")].find((x) => !x.value.trim());
      if (empty) {
        empty.setAttribute("aria-invalid", "true");
        empty.focus();
        announce(t("required"));
        return;
      }
      void act(() => action(form));
    });
  }
  main.querySelectorAll<HTMLButtonElement>("button[data-action]").forEach((button) =>
    button.addEventListener("click", () => void act(() => changeConsent(button.dataset.action!, button.dataset.ref!))),
  );
}

function announce(text: string): void {
  (document.getElementById("status") as HTMLElement).textContent = text;
}

async function act(action: () => Promise<void>): Promise<void> {
  try {
    await action();
    data = await load();
  } catch (error) {
    notice = `${t("error")}: ${problem(error)}`;
  }
  render();
  announce(notice || "");
  main.focus();
}

function login(): void {
  void FHIR.oauth2.authorize({
    iss: `${location.origin}/fhir`,
    clientId: CLIENT_ID,
    scope: SCOPE,
    redirectUri: `${location.origin}${location.pathname}`,
    pkceMode: "required",
  });
}

function route(): void {
  const hash = location.hash.replace("#", "");
  page = hash === "words" || hash === "access" ? hash : "plan";
  render();
  main.focus();
}

async function start(): Promise<void> {
  const select = document.getElementById("language") as HTMLSelectElement;
  setLanguage(savedLanguage());
  select.value = savedLanguage();
  select.addEventListener("change", () => {
    setLanguage(select.value as Language);
    render();
  });
  window.addEventListener("hashchange", route);
  if (loggedInOrReturning()) {
    try {
      client = await FHIR.oauth2.ready();
    } catch (error) {
      sessionStorage.clear();
      client = null;
      notice = problem(error);
    }
  }
  render();
  if (!client) return;
  try {
    data = await load();
  } catch (error) {
    data = { patientId: "", relative: true, userName: "", goals: [], evaluations: [], tiltak: [], relatives: [], messages: [], audit: [], byRef: new Map() };
    if (!String(problem(error)).match(/404|403|not found|HAPI-2001/i)) notice = `${t("error")}: ${problem(error)}`;
  }
  route();
}

void start();
