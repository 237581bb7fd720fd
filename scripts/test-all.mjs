// `npm test` after the build: unit, protocol, grammar, real-Kafka and real-VS-Code suites, one after the other.
// Suites that need Java or Chromium are skipped with a message when those are missing, except under CI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const only = process.env.KRAFT_TEST_ONLY?.split(',');
const suites = [
  { name: 'unit', command: ['npx', 'mocha', 'out/test/unit/**/*.test.js'] },
  { name: 'docs', command: ['node', 'scripts/gen-rules-doc.mjs', '--check'] },
  { name: 'protocol', command: ['npx', 'mocha', 'out/test/protocol/**/*.test.js'] },
  // The benchmark through the protocol at its smallest size: every measure taken and correct, no timing verdict.
  { name: 'bench', command: ['node', 'scripts/bench.mjs', '--smoke'] },
  { name: 'grammar', command: ['npm', 'run', '--silent', 'test:grammar'] },
  { name: 'kafka', command: ['npm', 'run', '--silent', 'test:kafka'], needs: ['java'], script: 'test:kafka' },
  { name: 'vscode', command: ['npm', 'run', '--silent', 'test:vscode'], needs: ['chromium'], script: 'test:vscode' },
];
const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts;
const results = [];
for (const suite of suites) {
  if (only && !only.includes(suite.name)) continue;
  if (suite.script && !scripts[suite.script]) {
    results.push([suite.name, 'missing script']);
    continue;
  }
  const missing = (suite.needs ?? []).filter((command) => !onPath(command));
  if (missing.length > 0) {
    if (process.env.CI) {
      console.error(`\n✖ ${suite.name}: ${missing.join(', ')} not installed, and CI must run this suite.`);
      results.push([suite.name, 'FAILED (missing ' + missing.join(', ') + ')']);
      continue;
    }
    console.log(`\n- ${suite.name}: skipped, ${missing.join(', ')} not installed (see README).`);
    results.push([suite.name, 'skipped']);
    continue;
  }
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const run = spawnSync(suite.command[0], suite.command.slice(1), { stdio: 'inherit', shell: false });
  results.push([suite.name, run.status === 0 ? `passed (${Math.round((Date.now() - started) / 1000)} s)` : `FAILED (exit ${run.status})`]);
}
console.log('\nSummary:');
for (const [name, result] of results) console.log(`  ${name.padEnd(9)} ${result}`);
process.exit(results.some(([, result]) => result.startsWith('FAILED')) ? 1 : 0);
