// The parser follows java.util.Properties.load and never throws.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProperties } from '../../server/src/engine/parser/properties';
import { parseListener, parseVoter, splitList, spanRange, keyRange } from '../../server/src/engine/parser/values';

const entries = (text: string) => parseProperties(text).entries.map((entry) => [entry.key, entry.value]);

describe('parser: java.util.Properties.load semantics', () => {
  it('separators: =, : and whitespace, with blanks around', () => {
    assert.deepEqual(entries('a=1\nb:2\nc 3\nd \t= 4\ne\n'), [
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
      ['e', ''],
    ]);
  });
  it('# and ! comments, only at line start', () => {
    const doc = parseProperties('# one\n  ! two\nkey=value # not a comment\n');
    assert.equal(doc.comments.length, 2);
    assert.deepEqual(entries(doc.text), [['key', 'value # not a comment']]);
  });
  it('continuations skip leading blanks, and a # on a continued line is data', () => {
    assert.deepEqual(entries('a=one,\\\n    two,\\\n  #three\nb=x\n'), [
      ['a', 'one,two,#three'],
      ['b', 'x'],
    ]);
  });
  it('an even number of trailing backslashes does not continue', () => {
    assert.deepEqual(entries('a=x\\\\\nb=y\n'), [
      ['a', 'x\\'],
      ['b', 'y'],
    ]);
  });
  it('escapes, \\uXXXX and escaped separators in keys', () => {
    assert.deepEqual(entries('a\\=b=c\\td\ne=\\u0041\\u00e9\n'), [
      ['a=b', 'c\td'],
      ['e', 'Aé'],
    ]);
  });
  it('reports a malformed \\u escape instead of throwing', () => {
    const doc = parseProperties('a=\\u12\n');
    assert.equal(doc.problems.length, 1);
  });
  it('CRLF, CR and a BOM', () => {
    assert.deepEqual(entries('\ufeffa=1\r\nb=2\rc=3'), [
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    assert.equal(parseProperties('\ufeffa=1').hasBom, true);
  });
  it('keeps every duplicate entry in order', () => {
    assert.deepEqual(entries('a=1\na=2\n'), [
      ['a', '1'],
      ['a', '2'],
    ]);
  });
  it('exact positions of keys and of list elements, across continuations', () => {
    const doc = parseProperties('x=1\n  listeners = A://h:1,\\\n     B://:2\n');
    const entry = doc.entries[1];
    assert.deepEqual(keyRange(doc, entry), { start: { line: 1, character: 2 }, end: { line: 1, character: 11 } });
    const items = splitList(entry.value);
    assert.deepEqual(spanRange(doc, entry, items[1]), {
      start: { line: 2, character: 5 },
      end: { line: 2, character: 11 },
    });
  });
  it('never throws on hostile input', () => {
    const samples = [
      '',
      '\\',
      '=',
      '\u0000\u0001\u0002',
      '\\u',
      'a=\\',
      '\n\n\\\n',
      'x'.repeat(100000),
      '\ud800=\udc00',
    ];
    for (let i = 0; i < 200; i++)
      samples.push(Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(Math.random() * 128))).join(''));
    for (const sample of samples) assert.doesNotThrow(() => parseProperties(sample));
  });
});

describe('parser: values', () => {
  it('listeners like Kafka: names upper-cased, IPv6 in brackets, empty host', () => {
    assert.deepEqual(
      (({ name, host, port }) => ({ name, host, port }))(
        parseListener({ text: 'sasl_ssl://[::1]:9094', start: 0, end: 21 })!,
      ),
      { name: 'SASL_SSL', host: '::1', port: 9094 },
    );
    assert.equal(parseListener({ text: 'PLAINTEXT://localhost', start: 0, end: 21 }), undefined);
  });
  it('voters: id@host:port and the ways they break', () => {
    assert.equal(parseVoter({ text: '1@h:9093', start: 0, end: 8 }).problem, undefined);
    assert.equal(parseVoter({ text: '1-h:9093', start: 0, end: 8 }).problem, 'form');
    assert.equal(parseVoter({ text: 'a@h:9093', start: 0, end: 8 }).problem, 'id');
    assert.equal(parseVoter({ text: '1@h', start: 0, end: 3 }).problem, 'host');
    assert.equal(parseVoter({ text: '1@h:99999', start: 0, end: 9 }).problem, 'port-range');
  });
  it('list split keeps empty items like Kafka', () => {
    assert.deepEqual(
      splitList(' a , b,').map((item) => item.text),
      ['a', 'b', ''],
    );
    assert.deepEqual(splitList('   '), []);
  });
  it('list split: items are trim + split on \\s*,\\s* and each span points at its text (any whitespace)', () => {
    const unit = fc.constantFrom(
      ' ',
      ',',
      'a',
      'b',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\u200b',
    );
    fc.assert(
      fc.property(fc.string({ unit }), (value) => {
        const items = splitList(value);
        const expected = value.trim() === '' ? [] : value.trim().split(/\s*,\s*/);
        assert.deepEqual(
          items.map((item) => item.text),
          expected,
        );
        for (const item of items) assert.equal(value.slice(item.start, item.end), item.text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parser: host:port like Kafka 4.3.1 (verified with the real harness)', () => {
  const parse = (text: string) =>
    require('../../server/src/engine/parser/values').parseHostPort({ text, start: 0, end: text.length });
  it('accepts a URI scheme before the host and skips it', () => {
    assert.equal(parse('PLAINTEXT://localhost:9093')?.host, 'localhost');
    assert.equal(parse('PLAINTEXT://localhost:9093')?.ignoredPrefix?.text, 'PLAINTEXT://');
  });
  it('refuses other prefixes and characters', () => {
    for (const text of ['1@localhost:9093', 'a@b:9093', 'bad!host:9093', 'x/y:9093', 'ho st:9093', 'localhost:+9093'])
      assert.equal(parse(text), undefined, text);
  });
  it('accepts IPv6 in brackets and an empty host', () => {
    assert.equal(parse('[::1]:9093')?.host, '::1');
    assert.equal(parse(':9093')?.host, '');
  });
});
