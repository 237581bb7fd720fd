import * as assert from 'node:assert/strict';
import { analyzeWorkspace } from '../../server/src/engine';
import { keyTokens } from '../../server/src/engine/features/semantic';
import { BASE_COMBINED } from '../support/engine';

describe('semantic tokens', () => {
  it('tell known, removed and unknown keys apart', () => {
    const text = BASE_COMBINED + 'zookeeper.connect=zk:2181\nadvertised.Listeners=x\n';
    const workspace = analyzeWorkspace([{ uri: 'a/server.properties', text }]);
    const tokens = keyTokens(workspace.nodes.get('a/server.properties')!, workspace.version);
    const last = tokens.slice(-3);
    assert.deepEqual(
      last.map((token) => [token.type, token.deprecated]),
      [
        ['property', false],
        ['property', true],
        ['unknownKey', false],
      ],
    );
  });
});
