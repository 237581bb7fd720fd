// "Add a broker or controller" reads the cluster's listeners with the engine's own grammar: what it writes for the new
// node is what the linter and Kafka read back, and a template host (`${HOST}`) is carried over, not taken for a host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateTopology, LAYOUTS, planAddNode, setLocale } from '../../server/src/engine/generator';
import { parseListener, splitList } from '../../server/src/engine/parser/values';

const value = (text: string, key: string) => new RegExp(`^${key.replace(/\./g, '\\.')}=(.*)$`, 'm').exec(text)?.[1];

const controller = [
  'process.roles=controller',
  'node.id=1',
  'controller.listener.names=CONTROLLER',
  'listeners=CONTROLLER://controller1:9093',
  'controller.quorum.voters=1@controller1:9093',
  'log.dirs=/var/lib/kafka/data',
].join('\n');

function broker(listeners: string, advertised: string): string {
  return [
    'process.roles=broker',
    'node.id=2',
    'controller.listener.names=CONTROLLER',
    `listeners=${listeners}`,
    `advertised.listeners=${advertised}`,
    'controller.quorum.voters=1@controller1:9093',
    'log.dirs=/var/lib/kafka/data',
  ].join('\n');
}

describe('planAddNode: listeners read with the engine grammar', () => {
  before(() => setLocale('en'));

  it('adds a broker with the template listeners moved to the new host and nothing to explain', () => {
    const files = [
      { path: 'c/controller.properties', text: controller },
      { path: 'c/broker.properties', text: broker('PLAINTEXT://0.0.0.0:9092', 'PLAINTEXT://broker1:9092') },
    ];
    const plan = planAddNode(files, 'broker', 'broker2');
    assert.equal(value(plan.file.content, 'listeners'), 'PLAINTEXT://0.0.0.0:9092');
    assert.equal(value(plan.file.content, 'advertised.listeners'), 'PLAINTEXT://broker2:9092');
    assert.deepEqual(plan.warnings, []);
    // On the template's own host the port moves to the next free one.
    const beside = planAddNode(files, 'broker');
    assert.equal(beside.host, 'broker1');
    assert.equal(value(beside.file.content, 'advertised.listeners'), 'PLAINTEXT://broker1:9093');
  });

  it('keeps a template host as written, with its port, and says so; the host comes from elsewhere', () => {
    const placeholder = 'PLAINTEXT://${KAFKA_ADVERTISED_HOSTNAME}:9092';
    const files = [
      { path: 'c/controller.properties', text: controller },
      { path: 'c/broker.properties', text: broker(placeholder, placeholder) },
    ];
    for (const host of ['10.0.0.5', undefined]) {
      const plan = planAddNode(files, 'broker', host);
      // The placeholder names no machine: it is never taken for the template's host.
      assert.equal(plan.host, host ?? 'localhost');
      assert.equal(value(plan.file.content, 'listeners'), placeholder);
      assert.equal(value(plan.file.content, 'advertised.listeners'), placeholder);
      // One warning for the item both keys repeat.
      assert.equal(plan.warnings.length, 1, plan.warnings.join('\n'));
      assert.ok(plan.warnings[0].includes('(${KAFKA_ADVERTISED_HOSTNAME})'), plan.warnings[0]);
    }
  });

  it('keeps a template host on a controller listener, joins the voters on the new host', () => {
    const templated = controller.replace('CONTROLLER://controller1:9093', 'CONTROLLER://${HOST}:9093');
    const plan = planAddNode([{ path: 'c/controller.properties', text: templated }], 'controller', 'controller2');
    assert.equal(value(plan.file.content, 'listeners'), 'CONTROLLER://${HOST}:9093');
    assert.equal(value(plan.file.content, 'controller.quorum.voters'), '1@controller1:9093,2@controller2:9093');
  });

  it('writes listeners that the engine parses, with the template names for the role, in every generated layout', () => {
    for (const layout of LAYOUTS) {
      const result = generateTopology({ layout, controllers: 3, brokers: layout === 'combined' ? undefined : 2 });
      const files = result.files
        .filter((file) => file.path.endsWith('server.properties'))
        .map((file) => ({ path: file.path, text: file.content }));
      for (const role of ['broker', 'controller'] as const) {
        const plan = planAddNode(files, role);
        for (const key of ['listeners', 'advertised.listeners']) {
          const items = splitList(value(plan.file.content, key) ?? '');
          assert.ok(
            items.every((item) => parseListener(item)),
            `${layout} ${role} ${key}: ${items.map((i) => i.text)}`,
          );
        }
        assert.ok(splitList(value(plan.file.content, 'listeners') ?? '').length > 0, `${layout} ${role}`);
      }
    }
  });

  it('has no listener pattern of its own', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../../server/src/engine/generator/addNode.ts'), 'utf8');
    // A regular expression that reads `NAME://` would be a second listener grammar.
    assert.doesNotMatch(source, /:\\\/\\\//);
    assert.match(source, /parseListener/);
  });
});
