// `kraft-config generate --format compose`: every layout in every image dialect passes the project's own compose
// validation with no finding (bitnami: only its frozen-image advice); what the images cannot run is refused with a reason.
import * as assert from 'node:assert/strict';
import { lintCompose, propertiesToCompose } from '../../server/src/engine';
import { generateTopology, seededRandomBytes, SpecError } from '../../server/src/engine/generator';
import { COMPOSE_IMAGES, composeFormat } from '../../server/src/engine/generator';
import { runGenerate } from '../../server/src/cli/generate';

const lint = (text: string) =>
  [...lintCompose([{ uri: '/g/docker-compose.yml', text }], () => undefined).values()].flat();

describe('generate --format compose', () => {
  for (const image of COMPOSE_IMAGES) {
    for (const layout of ['isolated', 'combined', 'mixed'] as const) {
      for (const kafkaVersion of ['3.7', '3.9', '4.0', '4.1', '4.3']) {
        if (image === 'cp-kafka' && layout === 'isolated' && kafkaVersion === '4.3') continue;
        it(`${image} ${layout} ${kafkaVersion}: no finding at all`, () => {
          const result = composeFormat(
            generateTopology({ layout, kafkaVersion }, { randomBytes: seededRandomBytes(7) }),
            image,
          );
          assert.deepEqual(
            result.files.map((file) => file.path),
            ['docker-compose.yml', 'README.md', 'topology.json'],
          );
          // bitnami (asked for) is frozen: its one advice per service, with a verified conversion to apache/kafka.
          const findings = lint(result.files[0].content).filter(
            (f) => !(image === 'bitnami' && f.code === 'compose-bitnami-legacy' && f.fixes?.length === 1),
          );
          assert.deepEqual(
            findings.map((f) => `${f.range.start.line + 1} ${f.code} ${f.message}`),
            [],
          );
          assert.match(result.files[1].content, /docker compose up -d/);
          assert.match(result.files[1].content, /kafka-console-consumer/);
        });
      }
    }
  }
  it('refuses what the images cannot run: secured listeners, a dynamic quorum, cp-kafka controllers on 4.2+', () => {
    assert.throws(
      () =>
        composeFormat(
          generateTopology({ layout: 'combined', brokerListener: { protocol: 'SASL_PLAINTEXT' } }),
          'apache',
        ),
      SpecError,
    );
    assert.throws(
      () => composeFormat(generateTopology({ layout: 'combined', quorum: 'dynamic', kafkaVersion: '4.0' }), 'apache'),
      SpecError,
    );
    assert.throws(
      () => composeFormat(generateTopology({ layout: 'isolated', kafkaVersion: '4.2' }), 'cp-kafka'),
      SpecError,
    );
  });
  it('the CLI writes the compose project; bitnami variables in the KAFKA_CFG_ form', async () => {
    const written = new Map<string, string>();
    const io = {
      writeFile: async (file: string, content: string) => void written.set(file, content),
      exists: async () => false,
      isDirEmpty: async () => true,
      stdout: () => undefined,
      stderr: () => undefined,
    };
    const code = await runGenerate(
      ['--layout', 'combined', '--format', 'compose', '--image', 'bitnami', '--kafka-version', '3.9', '--out', 'out'],
      io,
      { randomBytes: seededRandomBytes(3) },
    );
    assert.equal(code, 0);
    assert.deepEqual([...written.keys()].sort(), ['out/README.md', 'out/docker-compose.yml', 'out/topology.json']);
    assert.match(written.get('out/docker-compose.yml')!, /KAFKA_CFG_PROCESS_ROLES: broker,controller/);
    assert.equal(await runGenerate(['--layout', 'combined', '--format', 'yaml', '--out', 'out'], io), 2);
  });
});

describe('properties → compose (kraft-config compose-import)', () => {
  for (const layout of ['isolated', 'combined', 'mixed'] as const) {
    for (const hosts of [undefined, ['10.0.0.1', '10.0.0.2', '10.0.0.3']]) {
      for (const image of COMPOSE_IMAGES) {
        it(`${layout} on ${hosts ? 'three hosts' : 'one machine'} → ${image}: no new finding`, () => {
          const generated = generateTopology(
            { layout, kafkaVersion: '4.0', hosts },
            { randomBytes: seededRandomBytes(5) },
          );
          const files = generated.files
            .filter((file) => file.path.endsWith('server.properties'))
            .map((file) => ({ uri: `/p/${file.path}`, text: file.content }));
          const result = propertiesToCompose(files, image, generated.clusterId, { kafkaVersion: '4.0' });
          assert.deepEqual(result.problems, []);
          assert.deepEqual(
            lint(result.text!).filter((f) => f.severity === 'error' || f.severity === 'warning'),
            [],
          );
        });
      }
    }
  }
  it('refuses files without their own node ids', () => {
    const result = propertiesToCompose(
      [{ uri: '/p/a.properties', text: 'process.roles=broker\n' }],
      'apache',
      'MkU3OEVBNTcwNTJENDM2Qk',
    );
    assert.equal(result.text, undefined);
    assert.equal(result.problems.length, 1);
  });
});
