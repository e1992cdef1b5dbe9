// A whole plan across two organisations, as their EHRs and the patient's app do it with a JavaScript FHIR
// client and each with its own token: the municipality registers the patient and starts the plan in one
// transaction, adds the hospital to the ansvarsgruppe; the hospital reads the plan and adds a goal; the
// patient's app reads the plan and the goals. In two steps (`start`, then `patient`), since the patient's
// token names the patient the municipality registers. Each step prints what happened as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { Client } from 'fhir-kit-client';

const { FHIR_BASE, MUNICIPALITY_TOKEN, HOSPITAL_TOKEN, HOSPITAL, PATIENT_TOKEN, TODAY, GOAL_IDENTIFIER } = process.env;
const ROLE = 'https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle';

async function status(request) {
  try {
    await request;
    return 200;
  } catch (error) {
    return error.response ? error.response.status : String(error);
  }
}

async function start() {
  const municipality = new Client({ baseUrl: FHIR_BASE, bearerToken: MUNICIPALITY_TOKEN });
  const hospital = new Client({ baseUrl: FHIR_BASE, bearerToken: HOSPITAL_TOKEN });
  const result = {};

  const transaction = JSON.parse(readFileSync('plan-transaction.json', 'utf8'));
  const response = await municipality.transaction({ body: transaction });
  const created = response.entry.map((entry) => entry.response.location.split('/'));
  const idOf = (type) => created.find((location) => location[0] === type)[1];
  result.patientId = idOf('Patient');
  result.planId = idOf('CarePlan');
  result.teamId = idOf('CareTeam');
  result.hospitalBeforeJoining = await status(hospital.read({ resourceType: 'CarePlan', id: result.planId }));

  // The municipality manages the ansvarsgruppe: it adds the hospital from today.
  const team = await municipality.read({ resourceType: 'CareTeam', id: result.teamId });
  team.participant.push({
    role: [{ coding: [{ system: ROLE, code: 'tjenesteyter' }] }],
    member: { reference: HOSPITAL },
    period: { start: TODAY },
  });
  await municipality.update({ resourceType: 'CareTeam', id: result.teamId, body: team });

  const plan = await hospital.read({ resourceType: 'CarePlan', id: result.planId });
  result.hospitalReadsPlan = plan.title;
  const goals = await hospital.search({ resourceType: 'Goal', searchParams: { patient: result.patientId } });
  result.goalsTheHospitalSees = (goals.entry || []).length;
  const template = goals.entry[0].resource;
  const goal = {
    ...template,
    meta: { profile: template.meta.profile },
    identifier: [{ system: 'https://id.fjordvik-sykehus.example/mal', value: GOAL_IDENTIFIER }],
    description: { text: 'Gå i trapper uten støtte før utskrivning' },
  };
  delete goal.id;
  delete goal.text;
  const stored = await hospital.create({ resourceType: 'Goal', body: goal });
  result.hospitalGoalId = stored.id;

  writeFileSync('lifecycle-state.json', JSON.stringify(result));
  return result;
}

async function patient() {
  const app = new Client({ baseUrl: FHIR_BASE, bearerToken: PATIENT_TOKEN });
  const state = JSON.parse(readFileSync('lifecycle-state.json', 'utf8'));
  const plan = await app.read({ resourceType: 'CarePlan', id: state.planId });
  const goals = await app.search({ resourceType: 'Goal', searchParams: { patient: state.patientId } });
  const team = await app.search({ resourceType: 'CareTeam', searchParams: { patient: state.patientId } });
  return {
    planTitle: plan.title,
    goalIds: (goals.entry || []).map((entry) => entry.resource.id),
    goalTexts: (goals.entry || []).map((entry) => entry.resource.description.text),
    teamMembers: (team.entry || []).flatMap((entry) => entry.resource.participant.map((p) => p.member.reference)),
  };
}

const result = process.argv[2] === 'start' ? await start() : await patient();
console.log(JSON.stringify(result));
