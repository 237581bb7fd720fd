// Hover: key documentation (en / zh), list elements (listener, voter, protocol mapping), values, secrets.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkspace, setLocale, type AnalyzedWorkspace } from '../../server/src/engine';
import { hover } from '../../server/src/engine/features/hover';

const REPO = path.resolve(__dirname, '../../..');
const CORRECT = path.join(REPO, 'examples/cluster-correct');

function readCluster(dir: string): { uri: string; text: string }[] {
  const files: { uri: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.properties')) files.push({ uri: `file://${full}`, text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

/** Hover at the first occurrence of `marker` in the file (the `|` inside the marker is the cursor). */
function hoverAt(workspace: AnalyzedWorkspace, uri: string, marker: string) {
  const text = workspace.nodes.get(uri)!.doc.text;
  const cursor = marker.indexOf('|');
  const at = text.indexOf(marker.replace('|', ''));
  assert.ok(at >= 0, `marker ${marker} not found`);
  const offset = at + cursor;
  const before = text.slice(0, offset).split('\n');
  return hover(workspace, uri, { line: before.length - 1, character: before[before.length - 1].length });
}

describe('hover', () => {
  const workspace = analyzeWorkspace(readCluster(CORRECT));
  const broker = `file://${path.join(CORRECT, '192.168.40.11/broker/server.properties')}`;
  afterEach(() => setLocale('en'));

  it('documents a key in English: doc, type, default, range, roles, importance', () => {
    const result = hoverAt(workspace, broker, 'min.insync.|replicas');
    assert.ok(result);
    assert.match(result.markdown, /\*\*`min\.insync\.replicas`\*\*/);
    assert.match(result.markdown, /Type: `INT`/);
    assert.match(result.markdown, /Default: `1`/);
    assert.match(result.markdown, /Accepted: 1 or more/);
    assert.match(result.markdown, /Read by: /);
    assert.match(result.markdown, /Importance: /);
    assert.equal(result.range.start.character, 0);
    assert.equal(result.range.end.character, 'min.insync.replicas'.length);
  });

  it('documents a key in Simplified Chinese', () => {
    setLocale('zh-CN');
    const result = hoverAt(workspace, broker, 'process.|roles');
    assert.ok(result);
    assert.match(result.markdown, /类型：`LIST`/);
    assert.match(result.markdown, /必填/);
    assert.match(result.markdown, /[\u4e00-\u9fff]{4}/);
    assert.doesNotMatch(result.markdown, /Type:/);
  });

  it('explains a listener element: protocol, inter-broker role, bound address', () => {
    const result = hoverAt(workspace, broker, 'listeners=PLAIN|TEXT://192.168.40.11:9092');
    assert.ok(result);
    assert.match(result.markdown, /Listener `PLAINTEXT`/);
    assert.match(result.markdown, /`PLAINTEXT`: no encryption/);
    assert.match(result.markdown, /Inter-broker listener/);
    assert.match(result.markdown, /192\.168\.40\.11`, port 9092/);
    assert.deepEqual(result.range, { start: { line: 4, character: 10 }, end: { line: 4, character: 40 } });
  });

  it('marks the controller listener of a combined node', () => {
    const uri = 'file:///w/combined/server.properties';
    const ws = analyzeWorkspace([
      {
        uri,
        text: 'process.roles=broker,controller\nnode.id=1\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\ncontroller.quorum.voters=1@localhost:9093\n',
      },
    ]);
    const result = hoverAt(ws, uri, 'CONTROLLER://|:9093');
    assert.ok(result);
    assert.match(result.markdown, /Controller listener/);
    assert.match(result.markdown, /implicit|PLAINTEXT/);
    assert.match(result.markdown, /default network interface, port 9093/);
  });

  it('points a voter element at the file of that controller and checks its listener', () => {
    const result = hoverAt(workspace, broker, '3@192.168.|40.14:9093');
    assert.ok(result);
    assert.match(result.markdown, /Voter `3` at `192\.168\.40\.14:9093`/);
    assert.match(result.markdown, /192\.168\.40\.14\/controller\/server\.properties/);
    assert.match(result.markdown, /\(controller\)/);
    assert.match(result.markdown, /match its controller listener `CONTROLLER`/);
  });

  it('reports a voter whose address differs from the controller listener, and voters without a file', () => {
    const files = [
      {
        uri: 'file:///w/c1/server.properties',
        text: 'process.roles=controller\nnode.id=1\nlisteners=CONTROLLER://10.0.0.1:9093\ncontroller.listener.names=CONTROLLER\ncontroller.quorum.voters=1@10.0.0.1:9099,2@10.0.0.2:9093\n',
      },
      {
        uri: 'file:///w/b1/server.properties',
        text: 'process.roles=broker\nnode.id=3\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\ncontroller.quorum.voters=1@10.0.0.1:9099,2@10.0.0.2:9093\n',
      },
    ];
    const ws = analyzeWorkspace(files);
    const mismatch = hoverAt(ws, files[1].uri, '1@10.0|.0.1:9099');
    assert.match(mismatch!.markdown, /Does not match .*`10\.0\.0\.1:9093`/);
    const missing = hoverAt(ws, files[1].uri, '2@10.0|.0.2:9093');
    assert.match(missing!.markdown, /No file of this workspace has `node\.id=2`/);
  });

  it('explains a protocol map entry and whether the name is used', () => {
    const result = hoverAt(workspace, broker, 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAIN|TEXT');
    assert.ok(result);
    assert.match(result.markdown, /Listener name `PLAINTEXT` uses `PLAINTEXT`/);
    assert.match(result.markdown, /Used by `listeners`/);
    const uri = 'file:///w/x/server.properties';
    const ws = analyzeWorkspace([
      {
        uri,
        text: 'process.roles=broker\nlisteners=PLAINTEXT://:9092\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,SSL:SSL\n',
      },
    ]);
    assert.match(hoverAt(ws, uri, 'SSL:|SSL')!.markdown, /No listener of this file is named `SSL`/);
  });

  it('explains process.roles values', () => {
    assert.match(hoverAt(workspace, broker, 'process.roles=bro|ker')!.markdown, /Broker only/);
    const uri = 'file:///w/x/server.properties';
    const ws = analyzeWorkspace([{ uri, text: 'process.roles=broker,controller\n' }]);
    assert.match(hoverAt(ws, uri, 'broker,contr|oller')!.markdown, /Combined node/);
  });

  it('lists the node ids of the cluster and the next free one on node.id', () => {
    const result = hoverAt(workspace, broker, 'node.id=|2');
    assert.ok(result);
    assert.match(result.markdown, /`2`: broker, this file/);
    assert.match(result.markdown, /`5`: controller, .*192\.168\.40\.18\/controller/);
    assert.match(result.markdown, /Next free id: `7`/);
  });

  it('never prints a secret value', () => {
    const uri = 'file:///w/s/server.properties';
    const secret = 'hunter2-very-secret';
    const ws = analyzeWorkspace([
      {
        uri,
        text: `process.roles=broker\nssl.keystore.password=${secret}\nlistener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required password="${secret}";\n`,
      },
    ]);
    const value = hoverAt(ws, uri, `password=hunter|2`);
    assert.ok(value);
    assert.doesNotMatch(value.markdown, /hunter2/);
    assert.match(value.markdown, /hidden/);
    const jaas = hoverAt(ws, uri, 'PlainLogin|Module');
    assert.ok(jaas);
    assert.doesNotMatch(jaas.markdown, /hunter2|PlainLoginModule/);
    const key = hoverAt(ws, uri, 'ssl.keystore.pass|word');
    assert.match(key!.markdown, /Secret/);
    assert.doesNotMatch(key!.markdown, /hunter2/);
  });

  it('describes per-listener overrides, removed and unknown keys', () => {
    const uri = 'file:///w/k/server.properties';
    const ws = analyzeWorkspace([
      {
        uri,
        text: 'process.roles=broker\nlistener.name.internal.ssl.client.auth=required\nzookeeper.connect=localhost:2181\nlog.retenton.hours=5\n',
      },
    ]);
    assert.match(
      hoverAt(ws, uri, 'listener.name.|internal')!.markdown,
      /sets `ssl\.client\.auth` for the listener `INTERNAL`/,
    );
    assert.match(hoverAt(ws, uri, 'zookeeper.|connect')!.markdown, /Removed|ZooKeeper/);
    const unknown = hoverAt(ws, uri, 'log.reten|ton')!.markdown;
    assert.match(unknown, /Unknown key/);
    assert.match(unknown, /Did you mean `log\.retention\.hours`\?/);
  });

  it('turns durations into readable units and notes defaults', () => {
    const uri = 'file:///w/d/server.properties';
    const ws = analyzeWorkspace([
      { uri, text: 'process.roles=broker\nlog.retention.ms=604800000\nauto.create.topics.enable=false\n' },
    ]);
    assert.match(hoverAt(ws, uri, '=6048|00000')!.markdown, /= 7 d/);
    const bool = hoverAt(ws, uri, 'enable=fal|se')!.markdown;
    assert.match(bool, /switched off/);
    assert.match(bool, /default is `true`/);
  });

  it('returns nothing on comments and blank lines', () => {
    assert.equal(hover(workspace, broker, { line: 0, character: 4 }), undefined);
    assert.equal(hover(workspace, broker, { line: 500, character: 0 }), undefined);
    assert.equal(hover(workspace, 'file:///nope', { line: 0, character: 0 }), undefined);
  });
});
