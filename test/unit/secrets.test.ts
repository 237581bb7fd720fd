// Secret values never appear: not in the outline, hovers, diagnostics or code action titles, also for misspelt or
// unknown secret keys (`ssl.keystore.pasword`, `ssl.key.passwd`, `...credentials`, `...token`).
import * as assert from 'node:assert/strict';
import { analyzeWorkspace, lintWorkspace } from '../../server/src/engine';
import { isSecretKey } from '../../server/src/engine/catalog';
import { hover } from '../../server/src/engine/features/hover';
import { documentSymbols, type DocSymbol } from '../../server/src/engine/features/symbols';
import { BASE_COMBINED as BASE } from '../support/engine';

const SECRET = 'hunter2s3cr3t';
const SECRET_KEYS = [
  'ssl.keystore.pasword',
  'ssl.truststore.passwrd',
  'ssl.key.passwd',
  'ldap.java.naming.security.credentials',
  'my.db.pwd',
  'vault.token',
  'listener.name.sasl_ssl.plain.sasl.jaas.confg',
  'ssl.keystore.password',
  'sasl.jaas.config',
  'connect.api.key',
];

const flatten = (symbols: DocSymbol[]): DocSymbol[] =>
  symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])]);

describe('secrets are masked everywhere a value appears', () => {
  it('knows near-misses and secret words, and leaves ordinary keys alone', () => {
    for (const key of SECRET_KEYS) assert.ok(isSecretKey(key), key);
    for (const key of ['log.dirs', 'listeners', 'delegation.token.expiry.time.ms', 'node.id', 'num.io.threads'])
      assert.ok(!isSecretKey(key), key);
  });

  for (const key of SECRET_KEYS) {
    it(`${key}: outline, hover and diagnostics never show the value`, () => {
      const text = `${BASE}${key}=${SECRET}\n`;
      const workspace = analyzeWorkspace([{ uri: 'server.properties', text }]);
      const node = workspace.nodes.get('server.properties')!;
      const symbols = flatten(documentSymbols(node));
      assert.ok(
        symbols.some((symbol) => symbol.name === key),
        'the key itself is listed',
      );
      assert.ok(symbols.every((symbol) => !symbol.detail.includes(SECRET) && !symbol.name.includes(SECRET)));
      const line = text.split('\n').findIndex((row) => row.startsWith(`${key}=`));
      for (const character of [1, key.length + 3]) {
        const shown = hover(workspace, 'server.properties', { line, character });
        assert.ok(!JSON.stringify(shown ?? '').includes(SECRET), `hover at ${character}`);
      }
      const findings = [...lintWorkspace([{ uri: 'server.properties', text }]).values()].flat();
      assert.ok(
        !JSON.stringify(
          findings.map((finding) => [
            finding.message,
            finding.relatedInformation,
            finding.fixes?.map((fix) => fix.title),
          ]),
        ).includes(SECRET),
      );
    });
  }
});
