// One mistake, one finding: no line of any example, fixture or single-mistake mutation carries two findings, and the
// consequences of a root cause are listed in its related information instead.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../server/src/engine';
import { REPO, lint, readTree, withSetting as set } from '../support/engine';

function crowdedLines(findings: Finding[]): string[] {
  const byLine = new Map<string, string[]>();
  for (const finding of findings) {
    const key = `${finding.uri}:${finding.range.start.line + 1}`;
    byLine.set(key, [...(byLine.get(key) ?? []), finding.code]);
  }
  return [...byLine].filter(([, found]) => found.length > 1).map(([line, found]) => `${line} ${found.join(' + ')}`);
}

const SEED = 'examples/cluster-correct';
const seed = () => readTree(path.join(REPO, SEED));
const file = (host: string, role: string) => `${SEED}/${host}/${role}/server.properties`;
const everywhere = (edit: (text: string) => string) =>
  Object.fromEntries(Object.entries(seed()).map(([uri, text]) => [uri, edit(text)]));
const inOne = (host: string, role: string, edit: (text: string) => string) => ({
  ...seed(),
  [file(host, role)]: edit(seed()[file(host, role)]),
});
const replaceVoters = (edit: (voters: string) => string) => (text: string) =>
  text.replace(/^controller\.quorum\.voters=(.*)$/m, (_, voters: string) => `controller.quorum.voters=${edit(voters)}`);

/** Single mistakes people make, each applied to the correct seed cluster. */
const MUTATIONS: Record<string, Record<string, string>> = {
  'broker id pasted into the voters of one node': inOne(
    '192.168.40.11',
    'broker',
    replaceVoters((v) => `${v},2@192.168.40.11:9092`),
  ),
  'broker id pasted into the voters of every node': everywhere(replaceVoters((v) => `${v},2@192.168.40.11:9092`)),
  'en dash in a voter': inOne(
    '192.168.40.18',
    'broker',
    replaceVoters((v) => v.replace('5@', '5\u2013')),
  ),
  'voter port differs from its controller': inOne(
    '192.168.40.18',
    'controller',
    replaceVoters((v) => v.replace('5@192.168.40.18:9093', '5@192.168.40.18:9094')),
  ),
  'voter port differs on every node': everywhere(
    replaceVoters((v) => v.replace('5@192.168.40.18:9093', '5@192.168.40.18:9094')),
  ),
  'one voter missing on one broker': inOne(
    '192.168.40.14',
    'broker',
    replaceVoters((v) => v.replace(',5@192.168.40.18:9093', '')),
  ),
  'controller missing from its own voters': inOne(
    '192.168.40.14',
    'controller',
    replaceVoters((v) => v.replace('3@192.168.40.14:9093,', '')),
  ),
  'duplicate node.id': inOne('192.168.40.14', 'broker', (t) => set(t, 'node.id', '2')),
  'non-breaking space in a listener': inOne('192.168.40.11', 'broker', (t) =>
    set(t, 'listeners', 'PLAINTEXT://192.168.40.11:\u00a09092'),
  ),
  'typo in a key': inOne('192.168.40.11', 'broker', (t) => t.replace('advertised.listeners', 'advertised.Listeners')),
  'replication factor above the broker count': inOne('192.168.40.11', 'broker', (t) =>
    set(t, 'offsets.topic.replication.factor', '5'),
  ),
};

describe('one mistake, one finding', () => {
  const workspaces: [string, Record<string, string>][] = [
    ...fs
      .readdirSync(path.join(REPO, 'examples'))
      .map((dir): [string, Record<string, string>] => [`examples/${dir}`, readTree(path.join(REPO, 'examples', dir))]),
    ...fs
      .readdirSync(path.join(REPO, 'test/fixtures/real-world'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry): [string, Record<string, string>] => [
        `fixture ${entry.name}`,
        readTree(path.join(REPO, 'test/fixtures/real-world', entry.name)),
      ]),
  ];
  for (const [name, files] of workspaces) {
    it(`${name}: no line carries two findings`, () => {
      assert.deepEqual(crowdedLines(lint(files)), []);
    });
  }
  for (const [name, files] of Object.entries(MUTATIONS)) {
    it(`${name}: reported, once per line`, () => {
      const findings = lint(files);
      assert.ok(findings.length > 0, 'the mistake is not reported');
      assert.deepEqual(crowdedLines(findings), []);
    });
  }

  it('a broker id in the voters: one error with the consequences as related rows', () => {
    const findings = lint(MUTATIONS['broker id pasted into the voters of one node']).filter(
      (f) => f.uri === file('192.168.40.11', 'broker'),
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'broker-in-voters');
    const rows = findings[0].relatedInformation!.map((row) => row.message).join('\n');
    assert.match(rows, /differs from the voters/);
    assert.match(rows, /4 voters tolerate/);
    // The repair the consequences offered (use the majority's voters) is not offered twice under two titles.
    const edits = findings[0].fixes!.map((fix) => JSON.stringify(fix.edits));
    assert.equal(new Set(edits).size, edits.length);
  });

  it('a voter port that differs: the port mismatch, raised to error because the cluster splits', () => {
    const findings = lint(MUTATIONS['voter port differs from its controller']).filter(
      (f) => f.uri === file('192.168.40.18', 'controller'),
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity]),
      [['voter-port-mismatch', 'error']],
    );
  });

  it('related rows name their node; the count in a message matches its rows', () => {
    const files = everywhere(replaceVoters((v) => v.replace('5@192.168.40.18:9093', '5@192.168.40.18:9094')));
    files[file('192.168.40.11', 'broker')] = replaceVoters(
      () => '1@192.168.40.11:9093,3@192.168.40.14:9093,5@192.168.40.18:9093',
    )(files[file('192.168.40.11', 'broker')]);
    const mismatch = lint(files).find((f) => f.code === 'voters-mismatch')!;
    const count = Number(/of (\d+) other/.exec(mismatch.message)![1]);
    assert.equal(mismatch.relatedInformation!.length, count);
    for (const row of mismatch.relatedInformation!)
      assert.match(row.message, /^(broker|controller) \d+ on 192\.168\.40\.\d+: /);
  });
});
