// Globs of kraft.files.include/exclude, the CLI's --include/--exclude and accepted unknown keys: one matcher.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_SERVER_GLOBS, detectServerConfig, matchesAny } from '../../server/src/engine';
import { lint } from '../support/engine';

const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
const relativePath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

describe('globs', () => {
  it('brace alternatives match each of their members', () => {
    assert.ok(matchesAny('/w/nodes/a.properties', ['**/{a,b}.properties']));
    assert.ok(matchesAny('/w/nodes/b.properties', ['**/{a,b}.properties']));
    assert.ok(!matchesAny('/w/nodes/c.properties', ['**/{a,b}.properties']));
    assert.ok(matchesAny('/w/old/x.properties', ['{old,legacy}/*.properties']));
  });

  it('a relative glob matches any tail of the path at a folder boundary, not inside a name', () => {
    assert.ok(matchesAny('/w/cluster/nodes/a.conf', ['nodes/*.conf']));
    assert.ok(!matchesAny('/w/cluster/mynodes/a.conf', ['nodes/*.conf']));
    assert.ok(matchesAny('C:\\w\\nodes\\a.conf', ['nodes/*.conf']));
    assert.ok(matchesAny('/w/old/deep/x.properties', ['**/old/**']));
    assert.ok(!matchesAny('/w/new/x.properties', ['**/old/**']));
  });

  it('character classes and dot files', () => {
    assert.ok(matchesAny('/w/server-1.properties', ['server-[0-9].properties']));
    assert.ok(!matchesAny('/w/server-a.properties', ['server-[0-9].properties']));
    assert.ok(matchesAny('/w/.hidden/server.properties', DEFAULT_SERVER_GLOBS));
  });

  it('any path matches itself and its own tail; `*` never crosses a folder', () => {
    fc.assert(
      fc.property(relativePath, segment, (dir, name) => {
        const file = `/TOP/${dir}/${name}.properties`; // segments are lower case: TOP occurs once
        assert.ok(matchesAny(file, [`${dir}/${name}.properties`]));
        assert.ok(matchesAny(file, [`${name}.properties`]));
        assert.ok(matchesAny(file, [`${dir}/*.properties`]));
        assert.ok(!matchesAny(file, ['TOP/*.properties']));
        assert.ok(matchesAny(file, ['TOP/**/*.properties']));
      }),
    );
  });

  it('include and exclude settings take brace globs', () => {
    const clientText = 'bootstrap.servers=localhost:9092\n';
    assert.equal(
      detectServerConfig('/w/a/node.properties', clientText, { include: ['{a,b}/node.properties'] }),
      'server',
    );
    assert.equal(
      detectServerConfig('/w/b/server.properties', 'node.id=1\n', { exclude: ['{a,b}/server.properties'] }),
      'not-server',
    );
  });

  it('accepted unknown keys take globs with braces', () => {
    const text = 'process.roles=broker\nnode.id=1\nconfluent.metrics.enable=true\nacme.tier=gold\n';
    const found = lint({ 'server.properties': text }, { acceptedUnknownKeys: ['{confluent,acme}.*'] });
    assert.ok(!found.some((f) => f.code === 'unknown-key'), JSON.stringify(found.map((f) => f.message)));
  });
});
