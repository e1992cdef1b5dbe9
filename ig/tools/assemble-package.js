// Turns SUSHI's output into the committed FHIR NPM package and example folders.
// Output is deterministic: files sorted by name, JSON re-serialised with two-space indent,
// no timestamps. Example Bundles go to examples/, Bundles whose id starts with "counter-" to
// counter-examples/ together with the expected messages.
// Usage: node assemble-package.js <sushi-config.yaml> <fsh-generated/resources> <expectations.json> <out-dir>
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const [configFile, generatedDir, expectationsFile, outDir] = process.argv.slice(2);
const config = YAML.parse(fs.readFileSync(configFile, 'utf8'));
const packageDir = path.join(outDir, 'package');
const examplesDir = path.join(outDir, 'examples');
const counterExamplesDir = path.join(outDir, 'counter-examples');
for (const dir of [packageDir, examplesDir, counterExamplesDir]) {
  fs.mkdirSync(dir, { recursive: true });
}

const write = (file, json) => fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');

const index = [];
for (const name of fs.readdirSync(generatedDir).filter(f => f.endsWith('.json')).sort()) {
  const resource = JSON.parse(fs.readFileSync(path.join(generatedDir, name), 'utf8'));
  if (resource.resourceType === 'ImplementationGuide') {
    continue;
  }
  if (resource.resourceType === 'Bundle') {
    const dir = resource.id.startsWith('counter-') ? counterExamplesDir : examplesDir;
    write(path.join(dir, `${resource.id}.json`), withoutEntryIds(resource));
    continue;
  }
  write(path.join(packageDir, name), resource);
  const entry = { filename: name, resourceType: resource.resourceType, id: resource.id };
  for (const key of ['url', 'version', 'kind', 'type']) {
    if (resource[key] !== undefined) entry[key] = resource[key];
  }
  index.push(entry);
}

const expectations = JSON.parse(fs.readFileSync(expectationsFile, 'utf8'));
const sorted = Object.fromEntries(Object.keys(expectations).sort().map(k => [k, expectations[k]]));
write(path.join(counterExamplesDir, 'expectations.json'), sorted);

write(path.join(packageDir, '.index.json'), { 'index-version': 1, files: index });
write(path.join(packageDir, 'package.json'), {
  name: config.id,
  version: config.version,
  canonical: config.canonical,
  url: config.canonical,
  title: config.title,
  description: config.description,
  fhirVersions: [config.fhirVersion],
  dependencies: { 'hl7.fhir.r4.core': '4.0.1', ...(config.dependencies || {}) },
  license: config.license,
  type: 'IG',
  jurisdiction: config.jurisdiction ? 'urn:iso:std:iso:3166#NO' : undefined,
});

// Resources in a transaction get their ids from the server; the urn:uuid fullUrl is the
// only identity they carry inside the Bundle.
function withoutEntryIds(bundle) {
  if (bundle.type !== 'transaction') return bundle;
  for (const entry of bundle.entry || []) {
    if (entry.fullUrl && entry.fullUrl.startsWith('urn:uuid:') && entry.resource) {
      delete entry.resource.id;
    }
  }
  return bundle;
}
