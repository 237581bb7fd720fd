// Preferred fixes never lose a value: renames never land on a key that is set, differing duplicates are not deleted,
// insertions at one place are not glued, fix texts are escaped for the properties format, and the fix loop never
// ends with more errors than it started with, and says when it does not settle.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyEdits,
  editsConflict,
  fixWorkspace,
  lintWorkspace,
  preferredEdits,
  type FileEdit,
} from '../../server/src/engine';
import { parseProperties } from '../../server/src/engine/parser/properties';
import { escapeKey, escapeValue } from '../../server/src/engine/parser/values';
import { buildNode } from '../../server/src/engine/workspace/node';
import { insertSetting, replaceValue, setSetting } from '../../server/src/engine/rules/edits';
import { normalizeVersion } from '../../server/src/engine/catalog';
import { BASE_COMBINED as BASE, codes, lint, readTree, REPO } from '../support/engine';

const fix = (text: string) => fixWorkspace([{ uri: 'server.properties', text }]);
const fixedText = (text: string) => fix(text).texts.get('server.properties') ?? text;
const errors = (text: string) => codes(lint(text), 'error');

describe('preferred fixes never lose a value', () => {
  it('a typo renamed onto a key the file sets is not applied (log.segment.byte= beside log.segment.bytes)', () => {
    const input = BASE + 'log.segment.bytes=1073741824\nlog.segment.byte=\n';
    assert.deepEqual(errors(input), []);
    const rename = lint(input).find((finding) => finding.code === 'unknown-key')!;
    assert.equal(
      rename.fixes?.some((candidate) => candidate.preferred),
      false,
      'offered, not preferred',
    );
    const fixed = fixedText(input);
    assert.match(fixed, /^log\.segment\.bytes=1073741824$/m);
    assert.deepEqual(errors(fixed), []);
  });

  it('a rename whose value the real key refuses is not preferred (Kafka would stop)', () => {
    const input = BASE + 'log.segment.byte=\n';
    assert.deepEqual(errors(fixedText(input)), []);
  });

  it('a rename whose value breaks other keys is not preferred (a protocol map leaving CONTROLLER out)', () => {
    const clean = [
      'process.roles=broker,controller',
      'node.id=1',
      'controller.quorum.voters=1@localhost:9093',
      'listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093',
      'controller.listener.names=CONTROLLER',
      'log.dirs=/var/lib/kafka',
      '',
    ].join('\n');
    const renamed = lint(clean + 'listener.security.protocol.mapp=PLAINTEXT:PLAINTEXT\n').find(
      (finding) => finding.code === 'unknown-key',
    )!;
    assert.equal(renamed.fixes?.[0].preferred, false);
    assert.deepEqual(
      errors(clean + 'listener.security.protocol.map=PLAINTEXT:PLAINTEXT\n').length,
      1,
      'the rename applied would add an error',
    );
    // Any typo of a key that shapes the listeners, with any value: a single preferred rename never adds an error.
    const keys = [
      'listener.security.protocol.map',
      'controller.listener.names',
      'listeners',
      'advertised.listeners',
      'inter.broker.listener.name',
      'process.roles',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.nat(),
        fc.string({
          unit: fc.constantFrom(
            'A',
            'B',
            'C',
            'O',
            'N',
            'T',
            'R',
            'L',
            'P',
            'I',
            'X',
            ':',
            ',',
            '/',
            '9',
            '.',
            'E',
            'S',
          ),
        }),
        (key, cut, value) => {
          const typo = key.slice(0, cut % key.length) + key.slice((cut % key.length) + 1);
          const text = clean + `${typo}=${value}\n`;
          const before = errors(text).length;
          for (const finding of lint(text)) {
            const preferred =
              finding.code === 'unknown-key' ? finding.fixes?.find((candidate) => candidate.preferred) : undefined;
            if (preferred) assert.ok(errors(applyEdits(text, preferred.edits)).length <= before, `${typo}=${value}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a typo key with an empty value is not renamed automatically (the empty value would replace the default)', () => {
    const input =
      BASE.replace(
        /^listener\.security\.protocol\.map=.*$/m,
        'inter.broker.listener.name=PLAINTEXT\nlistener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      ) + 'inter.broker.listener.namTEXT\n';
    const renames = lint(input).filter((finding) => finding.code === 'unknown-key');
    assert.ok(
      renames.length > 0 && renames.every((finding) => !finding.fixes?.some((candidate) => candidate.preferred)),
    );
  });

  it('a protocol mapping for a listener name with a blank is not preferred (the map would trim it: no fix could settle)', () => {
    const input = BASE.replace(
      'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
      'listeners=PLAINTEXT://:9092,CONTROLLER://:9093,EXTRA\t://:9094',
    );
    const outcome = fix(input);
    assert.ok(outcome.converged, 'the loop settles');
  });

  it('two typos of one key: only the first rename is preferred', () => {
    const input = BASE + 'log.retention.hourz=24\nlog.retention.hour=48\n';
    const renames = lint(input).filter((finding) => finding.code === 'unknown-key');
    assert.equal(renames.filter((finding) => finding.fixes?.some((candidate) => candidate.preferred)).length, 1);
    assert.equal(lint(fixedText(input)).filter((finding) => finding.code === 'duplicate-key').length, 0);
  });

  it('a duplicate key is removed automatically only when both values are the same', () => {
    const same = BASE + 'num.io.threads=8\nnum.io.threads=8\n';
    assert.equal(fixedText(same).match(/^num\.io\.threads=8$/gm)?.length, 1);
    const differing = BASE + 'num.io.threads=8\nnum.io.threads=16\n';
    assert.equal(fixedText(differing), differing);
  });

  it('two insertions at one position are never both applied (no `a:9093CONTROLLER://...`)', () => {
    const at = { line: 3, character: 30 };
    const a: FileEdit = { uri: 'f', range: { start: at, end: at }, newText: ',CTRL2://10.0.0.1:9093' };
    const b: FileEdit = { uri: 'f', range: { start: at, end: at }, newText: 'CONTROLLER://10.0.0.1:9093' };
    assert.ok(editsConflict(a, b));
    const edits = preferredEdits([
      { fixes: [{ preferred: true, edits: [a] }] },
      { fixes: [{ preferred: true, edits: [b] }] },
    ]);
    assert.deepEqual(edits, [a]);
    const elsewhere: FileEdit = {
      uri: 'f',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
      newText: 'x',
    };
    assert.ok(!editsConflict(a, elsewhere));
  });

  it('fix texts are escaped: values with backslashes, leading blanks and line breaks read back exactly', () => {
    const node = buildNode('f', BASE, normalizeVersion(undefined));
    for (const value of ['C:\\kafka\\logs', ' leading', 'two\nlines', 'tab\there', '\\']) {
      const edit = replaceValue(node, node.settings.get('log.dirs')!, value);
      const applied = BASE.split('\n');
      const line = applied[edit.range.start.line];
      applied[edit.range.start.line] =
        line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
      assert.equal(parseProperties(applied.join('\n')).entries.find((entry) => entry.key === 'log.dirs')!.value, value);
    }
    const inserted = insertSetting(node, 'odd key=x', ' v\\');
    const parsed = parseProperties(inserted.newText).entries[0];
    assert.deepEqual([parsed.key, parsed.value], ['odd key=x', ' v\\']);
    assert.equal(setSetting(node, 'num.io.threads', '8').newText.trim(), 'num.io.threads=8');
  });

  it('escapeKey / escapeValue round-trip through the parser', () => {
    for (const [key, value] of [
      ['a=b', '=x'],
      ['#hash', '!bang'],
      [' k', ' v '],
      ['k:\t', '\\u0041'],
      ['\\', '\r\n'],
      ['\ufeffbom', 'x'],
    ]) {
      const entry = parseProperties(`${escapeKey(key)}=${escapeValue(value)}`).entries[0];
      assert.deepEqual([entry.key, entry.value], [key, value]);
    }
  });
});

describe('the fix loop', () => {
  it('fixes the broken example, never ends with more errors, and a second run changes nothing', () => {
    const tree = readTree(`${REPO}/examples/cluster-with-mistakes`);
    const files = Object.entries(tree).map(([uri, text]) => ({ uri, text }));
    const before = [...lintWorkspace(files).values()].flat().filter((finding) => finding.severity === 'error').length;
    const outcome = fixWorkspace(files);
    assert.ok(outcome.converged);
    const after = [...outcome.findings.values()].flat().filter((finding) => finding.severity === 'error').length;
    assert.ok(after < before, `${before} -> ${after}`);
    const again = fixWorkspace(files.map((file) => ({ ...file, text: outcome.texts.get(file.uri) ?? file.text })));
    assert.equal(again.texts.size, 0);
  });

  it('says when it stops before settling', () => {
    const tree = readTree(`${REPO}/examples/cluster-with-mistakes`);
    const outcome = fixWorkspace(
      Object.entries(tree).map(([uri, text]) => ({ uri, text })),
      {},
      0,
    );
    assert.equal(outcome.converged, false);
    assert.equal(outcome.texts.size, 0);
  });
});
