// A SMART patient app: discovers the server's OAuth endpoints, then reads its own plan with the
// patient token it was given and tries someone else's plan. Prints what happened as JSON.
import { Client } from 'fhir-kit-client';

const { FHIR_BASE, TOKEN, OWN_PLAN, OTHER_PLAN } = process.env;
const client = new Client({ baseUrl: FHIR_BASE, bearerToken: TOKEN });

const result = {};
const smart = await client.smartAuthMetadata();
result.tokenUrl = smart.tokenUrl ? String(smart.tokenUrl) : null;

const own = await client.read({ resourceType: 'CarePlan', id: OWN_PLAN });
result.ownPlanTitle = own.title;

const plans = await client.search({ resourceType: 'CarePlan', searchParams: { _count: 50 } });
result.plansFound = (plans.entry || []).map((entry) => entry.resource.id);

try {
  await client.read({ resourceType: 'CarePlan', id: OTHER_PLAN });
  result.otherPlan = 'read';
} catch (error) {
  result.otherPlan = error.response ? error.response.status : String(error);
}

const anonymous = new Client({ baseUrl: FHIR_BASE });
try {
  await anonymous.read({ resourceType: 'CarePlan', id: OWN_PLAN });
  result.withoutToken = 'read';
} catch (error) {
  result.withoutToken = error.response ? error.response.status : String(error);
}

console.log(JSON.stringify(result));
