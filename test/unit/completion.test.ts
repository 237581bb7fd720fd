// Completion: keys by role, values by key, and values taken from the other nodes of the cluster.
import * as assert from 'node:assert/strict';
import { analyzeWorkspace, setLocale } from '../../server/src/engine';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { complete, completeList, type CompletionResult } from '../../server/src/engine/features/completion';

/** Completes at the `|` of the text of `uri`; other files form the rest of the workspace. */
function completeAt(uri: string, textWithCursor: string, others: Record<string, string> = {}): CompletionResult[] {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  const files = [{ uri, text }, ...Object.entries(others).map(([u, t]) => ({ uri: u, text: t }))];
  return complete(analyzeWorkspace(files), uri, {
    line: before.length - 1,
    character: before[before.length - 1].length,
  });
}

const labels = (results: CompletionResult[]) => results.map((r) => r.label);
const VOTERS = '1@10.0.0.1:9093,2@10.0.0.2:9093,3@10.0.0.3:9093';
const controller = (id: number) =>
  `process.roles=controller\nnode.id=${id}\ncontroller.quorum.voters=${VOTERS}\nlisteners=CONTROLLER://10.0.0.${id}:9093\ncontroller.listener.names=CONTROLLER\n`;
const PEERS = {
  'file:///w/c1/server.properties': controller(1),
  'file:///w/c2/server.properties': controller(2),
  'file:///w/c3/server.properties': controller(3),
};

describe('completion', () => {
  afterEach(() => setLocale('en'));

  describe('keys', () => {
    it('offers keys for the node roles, without keys already set', () => {
      const broker = labels(completeAt('file:///w/b/server.properties', 'process.roles=broker\nnum.partitions=3\n|'));
      assert.ok(broker.includes('log.retention.hours'));
      assert.ok(broker.includes('auto.create.topics.enable'));
      assert.ok(!broker.includes('num.partitions'), 'already set');
      assert.ok(!broker.includes('process.roles'), 'already set');
      assert.ok(!broker.includes('zookeeper.connect'), 'removed keys are not offered');
      const ctl = labels(completeAt('file:///w/c/server.properties', 'process.roles=controller\n|'));
      assert.ok(!ctl.includes('log.retention.hours'), 'broker-only key on a controller');
      assert.ok(ctl.includes('controller.quorum.voters'));
      assert.ok(ctl.length < broker.length);
      const none = labels(completeAt('file:///w/n/server.properties', '|'));
      assert.ok(none.includes('log.retention.hours') && none.includes('process.roles'));
    });

    it('inserts key=default as a snippet, replacing the partial key', () => {
      const results = completeAt('file:///w/b/server.properties', 'process.roles=broker\nlog.ret|');
      const item = results.find((r) => r.label === 'log.retention.hours');
      assert.ok(item);
      assert.equal(item.insertText, 'log.retention.hours=${1:168}');
      assert.equal(item.isSnippet, true);
      assert.equal(item.kind, 'key');
      assert.match(item.detail ?? '', /INT/);
      assert.ok(item.documentation && item.documentation.length > 10);
      assert.deepEqual(item.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
      const internal = results.filter((r) => r.sortText?.startsWith('1'));
      const visible = results.filter((r) => r.sortText?.startsWith('0'));
      assert.ok(visible.length > internal.length);
    });

    it('keeps the key being edited and only replaces the key when a value follows', () => {
      const results = completeAt('file:///w/b/server.properties', 'process.roles=broker\nnum.part|itions=3\n');
      const item = results.find((r) => r.label === 'num.partitions');
      assert.ok(item);
      assert.equal(item.insertText, 'num.partitions');
      assert.ok(!item.isSnippet);
    });

    it('documentation follows the locale', () => {
      setLocale('zh-cn');
      const item = completeAt('file:///w/b/server.properties', 'process.roles=broker\nlog.ret|').find(
        (r) => r.label === 'log.retention.hours',
      );
      assert.match(item!.documentation ?? '', /[\u4e00-\u9fff]/);
    });

    it('offers nothing inside a comment', () => {
      assert.deepEqual(completeAt('file:///w/b/server.properties', '# a comm|ent\n'), []);
    });
  });

  describe('values', () => {
    it('booleans', () => {
      const results = completeAt('file:///w/b/server.properties', 'process.roles=broker\nauto.create.topics.enable=|');
      assert.deepEqual(labels(results), ['true', 'false']);
      assert.equal(results[0].detail, 'Kafka default');
      assert.deepEqual(results[0].range, { start: { line: 1, character: 26 }, end: { line: 1, character: 26 } });
    });

    it('process.roles', () => {
      assert.deepEqual(labels(completeAt('file:///w/b/server.properties', 'process.roles=|')), [
        'broker',
        'controller',
        'broker,controller',
      ]);
      const replaced = completeAt('file:///w/b/server.properties', 'process.roles=bro|k');
      assert.deepEqual(replaced[0].range, { start: { line: 0, character: 14 }, end: { line: 0, character: 18 } });
    });

    it('enum values, item by item in lists', () => {
      assert.ok(labels(completeAt('file:///w/b/server.properties', 'compression.type=|')).includes('zstd'));
      const mechanisms = completeAt('file:///w/b/server.properties', 'sasl.enabled.mechanisms=PLAIN,|');
      assert.ok(labels(mechanisms).includes('SCRAM-SHA-512'));
      assert.ok(!labels(mechanisms).includes('PLAIN'), 'already in the list');
      assert.deepEqual(mechanisms[0].range, { start: { line: 0, character: 30 }, end: { line: 0, character: 30 } });
      assert.ok(
        labels(completeAt('file:///w/b/server.properties', 'sasl.mechanism.inter.broker.protocol=|')).includes(
          'SCRAM-SHA-256',
        ),
      );
    });

    it('next free node.id in a 3-file cluster', () => {
      const broker = completeAt(
        'file:///w/b1/server.properties',
        `process.roles=broker\nnode.id=|\ncontroller.quorum.voters=${VOTERS}\n`,
        PEERS,
      );
      assert.equal(broker[0].label, '4');
      assert.equal(broker[0].preselect, true);
      // With a gap (ids 1, 2, 5 taken), the gap comes first, then max + 1.
      const gap = completeAt(
        'file:///w/b9/server.properties',
        `process.roles=broker\nnode.id=|\ncontroller.quorum.voters=${VOTERS}\n`,
        {
          ...PEERS,
          'file:///w/c3/server.properties': controller(3),
          'file:///w/b5/server.properties': `process.roles=broker\nnode.id=6\ncontroller.quorum.voters=${VOTERS}\n`,
        },
      );
      assert.deepEqual(labels(gap), ['4', '7']);
    });

    it('a controller gets the voter id that has no controller file yet', () => {
      const peers = {
        'file:///w/c1/server.properties': controller(1),
        'file:///w/c3/server.properties': controller(3),
      };
      const results = completeAt(
        'file:///w/c2/server.properties',
        `process.roles=controller\nnode.id=|\nlisteners=CONTROLLER://10.0.0.2:9093\ncontroller.listener.names=CONTROLLER\ncontroller.quorum.voters=${VOTERS}\n`,
        peers,
      );
      assert.equal(results[0].label, '2');
      assert.equal(results[0].preselect, true);
      assert.ok(!labels(results).slice(1).includes('2'));
    });

    it('controller.quorum.voters from the other nodes, preselected', () => {
      const results = completeAt(
        'file:///w/b1/server.properties',
        'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=|\n',
        PEERS,
      );
      assert.equal(results[0].label, VOTERS);
      assert.equal(results[0].preselect, true);
      assert.match(results[0].detail ?? '', /3 other node/);
    });

    it('controller.listener.names from the listeners of this file', () => {
      const results = completeAt(
        'file:///w/x/server.properties',
        'process.roles=broker,controller\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=|\n',
      );
      assert.deepEqual(labels(results), ['CONTROLLER', 'PLAINTEXT']);
      assert.equal(results[0].preselect, true);
      const inter = completeAt(
        'file:///w/x/server.properties',
        'process.roles=broker,controller\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\ninter.broker.listener.name=|\n',
      );
      assert.deepEqual(labels(inter), ['PLAINTEXT']);
    });

    it('listener.security.protocol.map: names before the colon, protocols after it', () => {
      const base = 'process.roles=broker\nlisteners=PLAINTEXT://:9092,SSL://:9094\nlistener.security.protocol.map=';
      const protocols = completeAt('file:///w/x/server.properties', `${base}PLAINTEXT:PLAINTEXT,SSL:|`);
      assert.deepEqual(labels(protocols), ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL']);
      const names = completeAt('file:///w/x/server.properties', `${base}PLAINTEXT:PLAINTEXT,|`);
      assert.deepEqual(labels(names), ['SSL']);
      assert.equal(names[0].isSnippet, true);
      assert.match(names[0].insertText, /^SSL:\$\{1\|SSL,/);
    });

    it('listener templates and hosts after //', () => {
      assert.ok(
        labels(completeAt('file:///w/x/server.properties', 'process.roles=controller\nlisteners=|')).includes(
          'CONTROLLER://:9093',
        ),
      );
      const hosts = completeAt('file:///w/x/server.properties', 'process.roles=broker\nlisteners=PLAINTEXT://|');
      assert.ok(labels(hosts).includes('0.0.0.0:9092'));
      assert.deepEqual(hosts[0].range?.start, { line: 1, character: 22 });
    });
  });
});

describe('key completion while a key is typed', () => {
  const broker = 'process.roles=broker\nnode.id=4\n';
  it('offers the keys holding the typed characters in order, and asks to be asked again', () => {
    const text = `${broker}num.`;
    const lines = text.split('\n');
    const list = completeList(
      analyzeWorkspace([{ uri: 'file:///w/b/server.properties', text }]),
      'file:///w/b/server.properties',
      {
        line: lines.length - 1,
        character: lines[lines.length - 1].length,
      },
    );
    const keys = list.items.filter((item) => item.kind === 'key').map((item) => item.label);
    assert.ok(keys.includes('num.io.threads') && keys.includes('num.partitions'), keys.join(' '));
    assert.ok(!keys.includes('log.retention.hours'));
    assert.ok(keys.length < 100, `${keys.length} keys`);
    assert.equal(list.isIncomplete, true);
  });
  it('never drops a key whose name holds what is typed (any prefix, any case, any characters skipped)', () => {
    const full = labels(completeAt('file:///w/b/server.properties', `${broker}|`));
    for (const key of full.filter((_, i) => i % 7 === 0)) {
      for (const typed of [key.slice(0, 3), key.slice(0, 8).toUpperCase(), key.replace(/[aeiou.]/g, '').slice(0, 5)]) {
        if (typed === '') continue;
        assert.ok(
          labels(completeAt('file:///w/b/server.properties', `${broker}${typed}|`)).includes(key),
          `${key} for ${typed}`,
        );
      }
    }
  });
});

describe('completion while typing a new file', () => {
  const listAt = (textWithCursor: string, version?: string) => {
    const offset = textWithCursor.indexOf('|');
    const text = textWithCursor.replace('|', '');
    const before = text.slice(0, offset).split('\n');
    return completeList(
      analyzeWorkspace([{ uri: 'file:///w/n/server.properties', text }], { kafkaVersion: version }),
      'file:///w/n/server.properties',
      {
        line: before.length - 1,
        character: before[before.length - 1].length,
      },
    );
  };
  it('accepting a key with known values inserts key= and opens the value suggestions', () => {
    const roles = listAt('proc|').items.find((item) => item.label === 'process.roles')!;
    assert.equal(roles.insertText, 'process.roles=');
    assert.equal(roles.retrigger, true);
    const flag = listAt('process.roles=broker\nauto.cre|').items.find(
      (item) => item.label === 'auto.create.topics.enable',
    )!;
    assert.equal(flag.retrigger, true);
    // Right after `key=` the values are there, the default first among booleans' order.
    assert.deepEqual(
      listAt('process.roles=broker\nauto.create.topics.enable=|').items.map((item) => item.label),
      ['true', 'false'],
    );
  });
  it('a value typed in full closes the list, so Enter ends the line instead of accepting 3.0-IV0', () => {
    const typed = listAt('process.roles=broker\ninter.broker.protocol.version=3.0|\n', '3.9');
    assert.deepEqual(typed.items, []);
    assert.equal(typed.isIncomplete, true, 'values are asked again on every keystroke');
    assert.ok(
      listAt('process.roles=broker\ninter.broker.protocol.version=3.|\n', '3.9').items.some(
        (item) => item.label === '3.0-IV0',
      ),
    );
    assert.deepEqual(listAt('process.roles=broker\nsasl.mechanism.inter.broker.protocol=PLAIN|\n').items, []);
    assert.ok(
      listAt('process.roles=broker\nsasl.mechanism.inter.broker.protocol=PLA|\n').items.some(
        (item) => item.label === 'PLAIN',
      ),
    );
  });
  it('in an empty file the essentials come first, in the order a node is written', () => {
    // VS Code compares sortText by code points; so does this check.
    const byCodePoint = [...listAt('|').items]
      .sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1))
      .map((item) => item.label);
    assert.deepEqual(byCodePoint.slice(0, 4), [
      'process.roles',
      'node.id',
      'controller.quorum.voters',
      'controller.quorum.bootstrap.servers',
    ]);
    for (const key of ['listeners', 'controller.listener.names', 'log.dirs'])
      assert.ok(byCodePoint.indexOf(key) < 8, key);
    assert.ok(byCodePoint.length > 100);
  });
  it('snippets (the kraft-* templates) are listed before the keys in kafka-properties files', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
    assert.equal(manifest.contributes.configurationDefaults['[kafka-properties]']['editor.snippetSuggestions'], 'top');
  });
});
