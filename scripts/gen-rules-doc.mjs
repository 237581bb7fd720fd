// Writes docs/rules.md from the rule modules (code, severity, documentation in both languages).
// Run after `npm run build`: node scripts/gen-rules-doc.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { allRules: propertyRules } = require('../out/server/src/engine/rules/index.js');
const { composeRules } = require('../out/server/src/engine/rules/compose/index.js');
const allRules = [...propertyRules, ...composeRules];
const scopeName = { node: 'node', cluster: 'cluster', compose: 'compose' };
const scopeText = {
  node: 'Checks one node',
  cluster: 'Checks the nodes of a cluster together',
  compose: 'Checks a docker-compose project (images and network)',
};

const lines = [
  '# Rules',
  '',
  'Generated from `server/src/engine/rules/` by `node scripts/gen-rules-doc.mjs`. Every rule has a stable code, usable in',
  '`kraft.validation.rules` (severity `off`, `hint`, `information`, `warning`, `error`) and in a',
  '`# kraft-disable-next-line <code>` comment. Severity: **error** when Kafka refuses to start the node or the cluster',
  'cannot work as configured; **warning** when Kafka starts but a setting is wrong, ignored or risky; **information** for advice.',
  '',
  '| code | scope | default severity |',
  '|---|---|---|',
  ...allRules.map(
    (rule) => `| [\`${rule.code}\`](#${rule.code}) | ${scopeName[rule.scope]} | ${rule.defaultSeverity} |`,
  ),
  '',
];
for (const rule of allRules) {
  lines.push(
    `## ${rule.code}`,
    '',
    `*${scopeText[rule.scope]}; default severity: ${rule.defaultSeverity}.*`,
    '',
    rule.docs.en,
    '',
    `> ${rule.docs.zh}`,
    '',
  );
}
const text = lines.join('\n');
if (process.argv.includes('--check')) {
  const current = readFileSync('docs/rules.md', 'utf8');
  if (current !== text) {
    console.error('docs/rules.md is out of date: run node scripts/gen-rules-doc.mjs');
    process.exit(1);
  }
} else {
  writeFileSync('docs/rules.md', text);
  console.log(`docs/rules.md: ${allRules.length} rules`);
}
