// `npm test` after the build: every suite, one after the other. What a suite needs from the machine (Java and
// Maven, Chromium, a C++ toolchain and ripgrep for code-server) is installed first when allowed, otherwise the
// suite fails with the command to run (scripts/system-deps.mjs). Nothing is skipped unless asked for:
// KRAFT_TEST_ONLY=unit,protocol npm test runs only the named suites.
import { spawnSync } from 'node:child_process';
import { ensureSystemDeps } from './system-deps.mjs';
import { codeServerInstalled } from './vscode-install.mjs';

const suites = [
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], expected: '2-5 s' },
  { name: 'unit', command: ['npx', 'mocha', 'out/test/unit/**/*.test.js'], expected: '10-30 s' },
  { name: 'docs', command: ['node', 'scripts/gen-rules-doc.mjs', '--check'], expected: '1 s' },
  { name: 'catalog', command: ['node', 'scripts/gen-catalog.mjs', '--check'], expected: '1 s' },
  { name: 'protocol', command: ['npx', 'mocha', 'out/test/protocol/**/*.test.js'], expected: '10-40 s' },
  // The benchmark through the protocol at its smallest size: every measure taken and correct, no timing verdict.
  { name: 'bench', command: ['node', 'scripts/bench.mjs', '--smoke'], expected: '10-60 s' },
  { name: 'grammar', command: ['npm', 'run', '--silent', 'test:grammar'], expected: '5-20 s' },
  {
    name: 'kafka',
    command: ['npm', 'run', '--silent', 'test:kafka'],
    needs: ['java', 'maven'],
    expected: '5-15 min (plus 1-3 min to fetch Kafka the first time)',
  },
  {
    name: 'vscode',
    command: ['npm', 'run', '--silent', 'test:vscode'],
    needs: () => ['chromium', ...(codeServerInstalled() ? [] : ['toolchain', 'ripgrep'])],
    expected: '3-8 min (plus 1-3 min to install code-server the first time)',
  },
];
const names = suites.map((s) => s.name);
const only = process.env.KRAFT_TEST_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = (only ?? []).filter((name) => !names.includes(name));
if (unknown.length) {
  console.error(`KRAFT_TEST_ONLY names unknown suites: ${unknown.join(', ')} (known: ${names.join(', ')})`);
  process.exit(2);
}

const results = [];
const started = Date.now();
for (const suite of suites) {
  if (only && !only.includes(suite.name)) {
    results.push([suite.name, 'not asked for (KRAFT_TEST_ONLY)']);
    continue;
  }
  const needs = typeof suite.needs === 'function' ? suite.needs() : (suite.needs ?? []);
  const problem = await ensureSystemDeps(needs, `The ${suite.name} suite`);
  if (problem) {
    console.error(`\n✖ ${problem}`);
    results.push([suite.name, 'FAILED (missing system packages, see above)']);
    continue;
  }
  console.log(`\n=== ${suite.name} (usually ${suite.expected})`);
  const t0 = Date.now();
  const run = spawnSync(suite.command[0], suite.command.slice(1), { stdio: 'inherit' });
  const secs = Math.round((Date.now() - t0) / 1000);
  results.push([
    suite.name,
    run.status === 0 ? `passed (${secs} s)` : `FAILED (exit ${run.status ?? run.signal}, ${secs} s)`,
  ]);
}
console.log(`\nSummary (${Math.round((Date.now() - started) / 1000)} s):`);
for (const [name, result] of results) console.log(`  ${name.padEnd(9)} ${result}`);
if (only)
  console.log(`  only ${only.join(', ')} ran, as KRAFT_TEST_ONLY asked; \`npm test\` without it runs every suite.`);
process.exit(results.some(([, result]) => result.startsWith('FAILED')) ? 1 : 0);
