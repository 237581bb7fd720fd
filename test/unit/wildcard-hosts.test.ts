// `::` binds every interface as `0.0.0.0` does (isWildcardHost): a listener on either names no machine, so every
// feature that looks for a node's host treats them alike. Kafka's own checks of the literal `0.0.0.0` (advertised
// listeners, voter endpoints) are facts about Kafka and stay literal.
import * as assert from 'node:assert/strict';
import { analyzeWorkspace, lintWorkspace, setLocale } from '../../server/src/engine';
import { complete } from '../../server/src/engine/features/completion';
import { hover } from '../../server/src/engine/features/hover';
import { planAddNode } from '../../server/src/engine/generator';
import { isWildcardHost } from '../../server/src/engine/parser/values';
import { hostOf, normalizeHost, voterEntryOf } from '../../server/src/engine/workspace/hosts';
import { buildNode } from '../../server/src/engine/workspace/node';

const WILDCARDS = ['0.0.0.0', '[::]'];

/** A controller-only node bound to `bind`, voters as given: `|` marks a cursor, dropped from the text. */
const controller = (bind: string, voters = '1@c1:9093,2@c2:9093') =>
  [
    'process.roles=controller',
    'node.id=3',
    'controller.listener.names=CONTROLLER',
    `listeners=CONTROLLER://${bind}:9093`,
    `controller.quorum.voters=${voters}`,
    '',
  ].join('\n');

/** The same answer for each wildcard, with the host text written as `<wildcard>`. */
function sameForEveryWildcard<T>(answer: (bind: string) => T): T {
  const answers = WILDCARDS.map((bind) => JSON.stringify(answer(bind)).split(bind).join('<wildcard>'));
  assert.equal(answers[1], answers[0]);
  return JSON.parse(answers[0]) as T;
}

function cursorAt(text: string, marker: string) {
  const before = text.slice(0, text.indexOf(marker) + marker.length).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('wildcard hosts: :: is 0.0.0.0', () => {
  beforeEach(() => setLocale('en'));

  it('isWildcardHost and normalizeHost agree: every wildcard is this machine', () => {
    for (const host of ['', '0.0.0.0', '::']) {
      assert.ok(isWildcardHost(host), host);
      assert.equal(normalizeHost(host), 'localhost', host);
    }
  });

  it('a node bound to a wildcard has its host and voter entry from elsewhere', () => {
    const entry = sameForEveryWildcard((bind) => {
      const node = buildNode('file:///w/c3/server.properties', controller(bind, '3@10.0.0.3:9093'), '4.3');
      return { host: hostOf(node), entry: voterEntryOf(node) };
    });
    assert.deepEqual(entry, { host: '10.0.0.3', entry: '3@10.0.0.3:9093' });
  });

  it('a voter endpoint on a wildcard names no host', () => {
    for (const voter of ['3@0.0.0.0:9093', '3@[::]:9093']) {
      const node = buildNode('file:///w/10.0.0.7/server.properties', controller('', voter), '4.3');
      assert.equal(hostOf(node), '10.0.0.7', voter);
    }
  });

  it('the fix adding a missing controller to the voters uses its host, not the wildcard', () => {
    const findings = sameForEveryWildcard((bind) =>
      (
        lintWorkspace([{ uri: 'file:///w/10.0.0.3/server.properties', text: controller(bind) }]).get(
          'file:///w/10.0.0.3/server.properties',
        ) ?? []
      )
        .filter((finding) => finding.code === 'controller-not-in-voters')
        .map((finding) => finding.fixes?.map((fix) => fix.edits.map((edit) => edit.newText))),
    );
    assert.equal(findings.length, 1);
    assert.ok(!JSON.stringify(findings).includes('<wildcard>'), JSON.stringify(findings));
  });

  it('hover on controller.listener.names says the listener binds every interface', () => {
    const text = sameForEveryWildcard((bind) => {
      const uri = 'file:///w/c3/server.properties';
      const source = controller(bind);
      const result = hover(
        analyzeWorkspace([{ uri, text: source }]),
        uri,
        cursorAt(source, 'controller.listener.names=C'),
      );
      return result?.markdown;
    });
    assert.match(JSON.stringify(text), /every network interface/);
  });

  it('completing the own voter entry offers the node host, not the wildcard', () => {
    const labels = sameForEveryWildcard((bind) => {
      const uri = 'file:///w/10.0.0.3/server.properties';
      const source = controller(bind, '');
      return complete(
        analyzeWorkspace([{ uri, text: source }]),
        uri,
        cursorAt(source, 'controller.quorum.voters='),
      ).map((item) => item.label);
    });
    assert.ok(labels.includes('3@10.0.0.3:9093'), labels.join(', '));
  });

  it('Add a broker takes no wildcard for the host of the template', () => {
    const plan = sameForEveryWildcard((bind) => {
      const broker = [
        'process.roles=broker',
        'node.id=4',
        'controller.listener.names=CONTROLLER',
        `listeners=PLAINTEXT://${bind}:9092`,
        'controller.quorum.voters=1@c1:9093',
        '',
      ].join('\n');
      const result = planAddNode([{ path: 'w/broker.properties', text: broker }], 'broker', 'b2');
      return { host: planAddNode([{ path: 'w/broker.properties', text: broker }], 'broker').host, file: result.file };
    });
    assert.equal(plan.host, 'localhost');
    assert.match(plan.file.content, /^listeners=PLAINTEXT:\/\/<wildcard>:9092$/m);
  });
});
