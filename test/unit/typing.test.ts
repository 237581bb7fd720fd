// A file being typed and the evident repairs: where missing keys are reported, what an empty file says, which fixes
// are offered for duplicate ids, replication factors and controllers missing from the voters.
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import {
  BASE_COMBINED as BASE,
  codes,
  dynamicSeedCluster,
  lint,
  seedCluster as seed,
  seedFile,
  withSetting as set,
} from '../support/engine';

describe('typing a new file', () => {
  it('an empty server.properties gets one information finding (not red while being started), comments included', () => {
    for (const text of ['', '\n', '# my broker\n']) {
      const findings = lint(text);
      assert.deepEqual(
        findings.map((f) => [f.code, f.severity]),
        [['process-roles', 'information']],
        JSON.stringify(text),
      );
      assert.match(findings[0].message, /refuses to start/);
      assert.match(findings[0].message, /kraft/);
    }
  });
  it('once it has keys, missing keys are reported at the end of the file, not on line 1', () => {
    const text = '# broker one\nprocess.roles=broker\nnum.partitions=3\n';
    const findings = lint(text);
    const lastLine = text.split('\n').length - 1;
    for (const code of ['node-id', 'quorum-missing', 'log-dirs']) {
      const finding = findings.find((f) => f.code === code);
      assert.ok(finding, code);
      assert.equal(finding!.range.start.line, lastLine, code);
    }
    assert.equal(lint('node.id=3\n').find((f) => f.code === 'process-roles')?.range.start.line, 1);
  });
  it('controller.listener.names missing: reported on listeners, the key it relates to', () => {
    const text = set(BASE, 'controller.listener.names', undefined);
    const finding = lint(text).find((f) => f.code === 'controller-listener-names')!;
    assert.equal(
      finding.range.start.line,
      text.split('\n').findIndex((line) => line.startsWith('listeners=')),
    );
  });
});

describe('evident fixes', () => {
  it('duplicate node.id: both files offer the next free id; the preferred one makes ids unique', () => {
    const files = seed();
    files[seedFile('192.168.40.14', 'broker')] = set(files[seedFile('192.168.40.14', 'broker')], 'node.id', '2');
    const found = lint(files).filter((f) => f.code === 'duplicate-node-id');
    assert.equal(found.length, 2);
    for (const finding of found) assert.match(finding.fixes![0].title, /next free id \(\d+\)/);
    assert.equal(found.filter((f) => f.fixes![0].preferred).length, 1);
    const fix = found.find((f) => f.fixes![0].preferred)!.fixes![0];
    files[fix.edits[0].uri] = applyEdits(files[fix.edits[0].uri], fix.edits);
    assert.ok(!codes(lint(files)).includes('duplicate-node-id'));
  });
  it('replication factor left at its default above the broker count: the fix sets it', () => {
    const text = set(BASE, 'offsets.topic.replication.factor', undefined);
    const finding = lint(text).find((f) => f.code === 'replication-factor' && /offsets/.test(f.message))!;
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.match(fixed, /^offsets\.topic\.replication\.factor=1$/m);
    assert.ok(!lint(fixed).some((f) => f.code === 'replication-factor' && /offsets/.test(f.message)));
  });
  it('replication advice only when the whole cluster is in the workspace', () => {
    const files = seed();
    const broker = files[seedFile('192.168.40.11', 'broker')].replace(
      'offsets.topic.replication.factor=3',
      'offsets.topic.replication.factor=5',
    );
    assert.ok(codes(lint({ ...files, [seedFile('192.168.40.11', 'broker')]: broker })).includes('replication-factor'));
    // The broker alone: its controllers are elsewhere, the broker count is unknown.
    assert.ok(!codes(lint({ [seedFile('192.168.40.11', 'broker')]: broker })).includes('replication-factor'));
  });
  it('a dynamic quorum whose controllers are all here counts its brokers too', () => {
    const files = dynamicSeedCluster();
    const broker = seedFile('192.168.40.11', 'broker');
    files[broker] = set(files[broker], 'offsets.topic.replication.factor', '5');
    assert.ok(codes(lint(files)).includes('replication-factor'));
    assert.ok(!codes(lint({ [broker]: files[broker] })).includes('replication-factor'));
  });
  it('a controller the other nodes do not list: add it to their voters', () => {
    const files = seed();
    const extra = seedFile('192.168.40.20', 'controller');
    files[extra] = files[seedFile('192.168.40.18', 'controller')]
      .replace(/(listeners=CONTROLLER:\/\/)192\.168\.40\.18/g, '$1192.168.40.20')
      .replace('node.id=5', 'node.id=7')
      .replace(/voters=(.*)/, 'voters=$1,7@192.168.40.20:9093');
    const finding = lint(files).find((f) => f.code === 'voter-node-mismatch' && f.uri === extra)!;
    assert.ok(finding, 'notListed');
    const fix = finding.fixes!.find((candidate) => /Add 7@192\.168\.40\.20:9093/.test(candidate.title))!;
    assert.equal(new Set(fix.edits.map((edit) => edit.uri)).size, 6);
    for (const uri of new Set(fix.edits.map((edit) => edit.uri)))
      files[uri] = applyEdits(
        files[uri],
        fix.edits.filter((edit) => edit.uri === uri),
      );
    assert.ok(!lint(files).some((f) => f.code === 'voter-node-mismatch'));
  });
});
