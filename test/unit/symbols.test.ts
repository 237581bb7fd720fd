// Outline and folding on real files: the seed broker and two real-world configs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkspace } from '../../server/src/engine';
import { documentSymbols, foldingRanges, type DocSymbol } from '../../server/src/engine/features/symbols';

const REPO = path.resolve(__dirname, '../../..');

function nodeOf(relative: string) {
  const uri = `file://${path.join(REPO, relative)}`;
  const workspace = analyzeWorkspace([{ uri, text: fs.readFileSync(path.join(REPO, relative), 'utf8') }]);
  return workspace.nodes.get(uri)!;
}

function contains(outer: DocSymbol['range'], inner: DocSymbol['range']): boolean {
  const before = (a: DocSymbol['range']['start'], b: DocSymbol['range']['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkShape(symbols: DocSymbol[], parent?: DocSymbol) {
  for (const symbol of symbols) {
    assert.ok(contains(symbol.range, symbol.selectionRange), `${symbol.name}: selectionRange inside range`);
    if (parent) assert.ok(contains(parent.range, symbol.range), `${symbol.name} inside ${parent.name}`);
    if (symbol.children) checkShape(symbol.children, symbol);
  }
}

describe('document symbols', () => {
  it('outlines the seed broker: role, id, listeners, quorum, then keys by first segment', () => {
    const symbols = documentSymbols(nodeOf('examples/cluster-correct/192.168.40.11/broker/server.properties'));
    checkShape(symbols);
    assert.deepEqual(
      symbols.slice(0, 5).map((s) => [s.kind, s.name]),
      [
        ['role', 'process.roles'],
        ['id', 'node.id'],
        ['listener', 'listeners'],
        ['listener', 'advertised.listeners'],
        ['quorum', 'controller.quorum.voters'],
      ],
    );
    assert.equal(symbols[0].detail, 'broker');
    assert.equal(symbols[1].detail, '2');
    assert.deepEqual(
      symbols[2].children!.map((c) => [c.name, c.detail]),
      [['PLAINTEXT', '192.168.40.11:9092']],
    );
    assert.deepEqual(
      symbols[4].children!.map((c) => [c.name, c.detail]),
      [
        ['1', '192.168.40.11:9093'],
        ['3', '192.168.40.14:9093'],
        ['5', '192.168.40.18:9093'],
      ],
    );
    assert.deepEqual(symbols[4].children![1].range, {
      start: { line: 3, character: 46 },
      end: { line: 3, character: 66 },
    });
    const transaction = symbols.find((s) => s.kind === 'section' && s.name === 'transaction');
    assert.ok(transaction);
    assert.deepEqual(
      transaction.children!.map((c) => c.name),
      ['transaction.state.log.replication.factor', 'transaction.state.log.min.isr'],
    );
    // Every entry of the file appears exactly once.
    const names: string[] = [];
    const collect = (list: DocSymbol[], top: boolean) =>
      list.forEach((s) => {
        if (s.kind !== 'section' && (top || s.kind === 'key')) names.push(s.name);
        if (s.kind === 'section') collect(s.children!, false);
      });
    collect(symbols, true);
    assert.equal(names.length, 15);
    assert.deepEqual(
      new Set(names),
      new Set(nodeOf('examples/cluster-correct/192.168.40.11/broker/server.properties').doc.entries.map((e) => e.key)),
    );
  });

  it('outlines a real-world SASL file without showing secrets', () => {
    const node = nodeOf('test/fixtures/real-world/apache__kafka@c87e1f75cc/config/kraft-scram/server.properties');
    const symbols = documentSymbols(node);
    checkShape(symbols);
    const flat: DocSymbol[] = [];
    const walk = (list: DocSymbol[]): void => {
      for (const s of list) {
        flat.push(s);
        if (s.children) walk(s.children);
      }
    };
    walk(symbols);
    const jaas = flat.filter((s) => s.name.endsWith('sasl.jaas.config'));
    assert.ok(jaas.length >= 2);
    for (const symbol of jaas) {
      assert.doesNotMatch(symbol.detail, /admin|alice|LoginModule/);
      assert.ok(symbol.range.end.line > symbol.range.start.line, 'multi-line entry spans its continuation lines');
    }
    assert.ok(symbols.some((s) => s.kind === 'section' && s.name === 'listener'));
  });
});

describe('folding ranges', () => {
  it('folds comment blocks and banner sections of a real-world file', () => {
    const node = nodeOf('test/fixtures/real-world/confluentinc__kafka/config/kraft/server.properties');
    const ranges = foldingRanges(node);
    assert.deepEqual(ranges[0], { startLine: 0, endLine: 13, kind: 'comment' });
    assert.ok(ranges.some((r) => r.kind === 'region' && r.startLine === 15));
    for (const range of ranges) {
      assert.ok(range.endLine > range.startLine);
      if (range.kind === 'comment') assert.ok(range.endLine - range.startLine >= 1);
    }
    // Single comment lines do not fold.
    const lines = node.doc.text.split('\n');
    for (const range of ranges.filter((r) => r.kind === 'comment')) {
      for (let line = range.startLine; line <= range.endLine; line++) assert.match(lines[line], /^\s*[#!]/);
    }
  });

  it('folds multi-line values (continuations); a file without either has no folding', () => {
    const sasl = foldingRanges(
      nodeOf('test/fixtures/real-world/apache__kafka@c87e1f75cc/config/kraft-scram/server.properties'),
    );
    const lines = fs
      .readFileSync(
        path.join(REPO, 'test/fixtures/real-world/apache__kafka@c87e1f75cc/config/kraft-scram/server.properties'),
        'utf8',
      )
      .split(/\r?\n/);
    const jaasLine = lines.findIndex((l) => l.startsWith('listener.name.sasl_plaintext.plain.sasl.jaas.config'));
    assert.ok(sasl.some((r) => r.kind === 'region' && r.startLine === jaasLine && r.endLine === jaasLine + 4));
    assert.deepEqual(foldingRanges(nodeOf('examples/cluster-correct/192.168.40.11/broker/server.properties')), []);
  });
});
