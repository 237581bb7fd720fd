// Checks language-configuration.json and the grammar file's structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (p) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
const config = readJson('language-configuration.json');
const grammar = readJson('syntaxes/kafka-properties.tmLanguage.json');
const pkg = readJson('package.json');

test('line comments use #', () => {
  assert.equal(config.comments.lineComment, '#');
});

test('wordPattern selects whole dotted keys, hosts and listener names', () => {
  const words = (s) => s.match(new RegExp(config.wordPattern, 'g'));
  assert.deepEqual(words('controller.quorum.voters=1@kafka-1.example.com:9093'), [
    'controller.quorum.voters',
    '1',
    'kafka-1.example.com',
    '9093',
  ]);
  assert.deepEqual(words('listeners=SASL_SSL://:9092'), ['listeners', 'SASL_SSL', '9092']);
  assert.deepEqual(words('# ends with a dot.'), ['ends', 'with', 'a', 'dot']);
});

test('auto-closing and surrounding pairs cover {}, [] and ""', () => {
  const opens = config.autoClosingPairs.map((p) => p.open);
  for (const o of ['{', '[', '"']) assert.ok(opens.includes(o), o);
  const surround = config.surroundingPairs.map((p) => p[0]);
  for (const o of ['{', '[', '"']) assert.ok(surround.includes(o), o);
});

test('onEnterRules indent after an odd trailing backslash and outdent after the last continued line', () => {
  const [indent, outdent] = config.onEnterRules;
  const before = new RegExp(indent.beforeText);
  assert.ok(before.test('log.dirs=/a,\\'));
  assert.ok(!before.test('log.dirs=C:\\\\'), 'an escaped backslash does not continue');
  assert.ok(!before.test('# comment \\'), 'comments never continue');
  assert.ok(!before.test('    /b,\\'), 'already continued lines keep their indentation');
  const prev = new RegExp(outdent.previousLineText);
  const cur = new RegExp(outdent.beforeText);
  assert.ok(prev.test('    /b,\\') && cur.test('    /c'));
  assert.ok(!cur.test('    /c,\\'));
});

test('folding markers compile', () => {
  assert.ok(new RegExp(config.folding.markers.start).test('# region listeners'));
  assert.ok(new RegExp(config.folding.markers.end).test('# endregion'));
  assert.ok(!new RegExp(config.folding.markers.start).test('# region-specific settings'));
});

test('grammar is registered in package.json and every scope ends in .kafka-properties', () => {
  assert.equal(grammar.scopeName, 'source.kafka-properties');
  const g = pkg.contributes.grammars.find((x) => x.language === 'kafka-properties');
  assert.equal(g.scopeName, grammar.scopeName);
  assert.equal(path.normalize(g.path), path.normalize('./syntaxes/kafka-properties.tmLanguage.json'));
  const s = pkg.contributes.snippets.find((x) => x.language === 'kafka-properties');
  assert.ok(fs.existsSync(path.join(root, s.path)));
  const names = [];
  const walk = (o) => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (o && typeof o === 'object') {
      for (const [k, v] of Object.entries(o)) {
        if ((k === 'name' || k === 'contentName') && typeof v === 'string' && o !== grammar)
          names.push(...v.split(/\s+/));
        else walk(v);
      }
    }
  };
  walk(grammar.repository);
  walk(grammar.patterns);
  assert.ok(names.length > 20);
  for (const n of names) assert.match(n, /\.kafka-properties$/, n);
});
