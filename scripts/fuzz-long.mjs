#!/usr/bin/env node
// Long fuzz of the parser, the rules and `--fix` (the unit suite runs the same properties on a few hundred cases).
//   npm run build && node scripts/fuzz-long.mjs [cases=100000] [seed=20261128]
// Prints counts: cases, exceptions, positions outside documents, parser/escaping failures, preferred fixes that
// raised the error count when applied alone (by rule; from a workspace without errors this is a failure), --fix runs
// that raised errors, did not converge or were not idempotent. Exit 1 when any invariant failed.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fc = require('fast-check');
const { seedWorkspaces, caseArbitrary, buildCase, checkCase } = require(path.join(ROOT, 'out/test/support/fuzz.js'));

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20261128);
const seeds = seedWorkspaces();
const counts = {
  cases: 0,
  singleFixCases: 0,
  exceptions: 0,
  positions: 0,
  parser: 0,
  fixRaisedErrors: 0,
  fixFromCleanRaisedErrors: 0,
  notConverged: 0,
  notIdempotent: 0,
  singleFixesRevealingErrors: 0,
};
const harmfulByRule = new Map();
const examples = new Map();
const started = Date.now();
// Single preferred fixes are checked on every 10th case: each costs one more lint per fix.
for (const input of fc.sample(caseArbitrary(seeds.length), { numRuns: cases, seed })) {
  counts.cases++;
  const files = buildCase(seeds, input);
  const singleFixes = counts.cases % 10 === 0;
  if (singleFixes) counts.singleFixCases++;
  const report = checkCase(files, { singleFixes });
  for (const problem of report.problems) {
    const kind = problem.startsWith('exception')
      ? 'exceptions'
      : /outside/.test(problem)
        ? 'positions'
        : /^preferred/.test(problem)
          ? 'fixFromCleanRaisedErrors'
          : /raised errors/.test(problem)
            ? 'fixRaisedErrors'
            : /idempotent/.test(problem)
              ? 'notIdempotent'
              : 'parser';
    counts[kind]++;
    if (!examples.has(kind)) examples.set(kind, { problem: problem.slice(0, 400), input: JSON.stringify(input) });
  }
  if (!report.converged) {
    counts.notConverged++;
    if (!examples.has('notConverged')) examples.set('notConverged', { input: JSON.stringify(input) });
  }
  for (const [code, n] of report.harmfulFixes) {
    counts.singleFixesRevealingErrors += n;
    harmfulByRule.set(code, (harmfulByRule.get(code) ?? 0) + n);
    if (!examples.has(`harmful ${code}`)) examples.set(`harmful ${code}`, { input: JSON.stringify(input) });
  }
  if (counts.cases % 5000 === 0)
    process.stderr.write(`${counts.cases} cases, ${Math.round((Date.now() - started) / 1000)} s\n`);
}
console.log(
  JSON.stringify(
    {
      seed,
      seconds: Math.round((Date.now() - started) / 1000),
      ...counts,
      harmfulByRule: Object.fromEntries(harmfulByRule),
    },
    null,
    2,
  ),
);
for (const [kind, example] of examples) console.log(`example ${kind}: ${JSON.stringify(example)}`);
const failed =
  counts.exceptions +
  counts.positions +
  counts.parser +
  counts.fixRaisedErrors +
  counts.fixFromCleanRaisedErrors +
  counts.notIdempotent;
process.exitCode = failed > 0 ? 1 : 0;
