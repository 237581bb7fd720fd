// Defects `npm run lint` (Biome) pointed at, kept fixed.
import * as assert from 'node:assert/strict';
import { BASE_COMBINED, codes, lint } from '../support/engine';

describe('found by the linter', () => {
  it('a LONG one above Long.MAX_VALUE is refused, as Kafka does (doubles cannot tell the two apart)', () => {
    const base = BASE_COMBINED;
    assert.ok(codes(lint(base + 'log.retention.bytes=9223372036854775808\n')).includes('invalid-value'));
    assert.ok(!codes(lint(base + 'log.retention.bytes=9223372036854775807\n')).includes('invalid-value'));
    assert.ok(codes(lint(base + 'log.retention.bytes=-9223372036854775809\n')).includes('invalid-value'));
    assert.ok(codes(lint(base + 'num.io.threads=2147483648\n')).includes('invalid-value'));
  });
});
