// Property-based tests (fast-check) of the parser, the rules and the fix loop over mutated real clusters; the same
// properties run 100,000+ times in scripts/fuzz-long.mjs.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCase, caseArbitrary, checkCase, parserProblems, seedWorkspaces } from '../support/fuzz';

describe('fuzz: parser, rules and --fix (fast-check)', function () {
  this.timeout(120_000);
  const seeds = seedWorkspaces();

  it('parse -> print is byte-identical and escaped keys/values read back, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assert.deepEqual(parserProblems(text), [])),
      { numRuns: 500 },
    );
  });

  it('rules never throw, positions stay inside documents, preferred fixes never add errors, --fix converges and is idempotent', () => {
    fc.assert(
      fc.property(caseArbitrary(seeds.length), (input) => {
        const report = checkCase(buildCase(seeds, input));
        assert.deepEqual(report.problems, []);
        assert.ok(report.converged, 'the fix loop settles');
      }),
      { numRuns: 40, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  });
});
