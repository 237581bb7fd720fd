// Go to definition across the files of a cluster.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeWorkspace } from '../../server/src/engine';
import { definition } from '../../server/src/engine/features/definition';
import { REPO, readTree } from '../support/engine';

describe('go to definition', () => {
  const files = readTree(path.join(REPO, 'examples/cluster-correct'));
  const workspace = analyzeWorkspace(Object.entries(files).map(([uri, text]) => ({ uri, text })));
  const broker = 'examples/cluster-correct/192.168.40.11/broker/server.properties';
  const lineOf = (key: string) => files[broker].split('\n').findIndex((line) => line.startsWith(`${key}=`));
  const column = (key: string, needle: string) => files[broker].split('\n')[lineOf(key)].indexOf(needle);

  it('a voter entry leads to the node.id of its controller file', () => {
    const target = definition(workspace, broker, {
      line: lineOf('controller.quorum.voters'),
      character: column('controller.quorum.voters', '3@') + 1,
    });
    assert.equal(target?.uri, 'examples/cluster-correct/192.168.40.14/controller/server.properties');
    assert.equal(target?.range.start.line, 2);
  });
  it('a listener name in the protocol map leads to the listener', () => {
    const target = definition(workspace, broker, {
      line: lineOf('listener.security.protocol.map'),
      character: column('listener.security.protocol.map', 'PLAINTEXT:') + 2,
    });
    assert.equal(target?.uri, broker);
    assert.equal(target?.range.start.line, lineOf('listeners'));
  });
  it('nothing on a key', () => {
    assert.equal(definition(workspace, broker, { line: lineOf('node.id'), character: 1 }), undefined);
  });
});
