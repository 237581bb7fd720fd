import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, activateExtension, openDoc } from './helpers';

// Tokens of a file as VS Code's TextMate engine produces them: [{ c: text, t: 'scope1 scope2 ...' }].
interface Token {
  c: string;
  t: string;
}

/**
 * Desktop dev builds have the internal command `_workbench.captureSyntaxTokens` (used by VS Code's
 * own colorizer tests); release builds (code-server too) do not, so otherwise the file is tokenized
 * with the vscode-textmate + vscode-oniguruma that this very VS Code ships (under env.appRoot), on
 * the grammar file the extension contributes.
 */
async function captureTokens(uri: vscode.Uri, grammarFile: string, scopeName: string): Promise<Token[] | undefined> {
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes('_workbench.captureSyntaxTokens')) {
    return vscode.commands.executeCommand<Token[]>('_workbench.captureSyntaxTokens', uri);
  }
  const modules = path.join(vscode.env.appRoot, 'node_modules');
  if (!fs.existsSync(path.join(modules, 'vscode-textmate')) || !fs.existsSync(path.join(modules, 'vscode-oniguruma')))
    return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tm = require(path.join(modules, 'vscode-textmate'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const onig = require(path.join(modules, 'vscode-oniguruma'));
  const wasm = fs.readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch((e: Error) => {
    if (!/already|once/i.test(String(e))) throw e; // loadWASM may only run once per process
  });
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new onig.OnigScanner(p),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope: string) =>
      scope === scopeName ? tm.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null,
  });
  const grammar = await registry.loadGrammar(scopeName);
  const text = (await vscode.workspace.openTextDocument(uri)).getText();
  const tokens: Token[] = [];
  let state = tm.INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens as Array<{ startIndex: number; endIndex: number; scopes: string[] }>) {
      tokens.push({ c: line.substring(t.startIndex, t.endIndex), t: t.scopes.join(' ') });
    }
    state = r.ruleStack;
  }
  return tokens;
}

describe('grammar', () => {
  before(async () => {
    await activateExtension();
  });

  it('a TextMate grammar is contributed for kafka-properties', () => {
    const grammars: Array<{ language?: string; scopeName: string }> =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON?.contributes?.grammars ?? [];
    assert.ok(
      grammars.some((g) => g.language === LANGUAGE_ID),
      'contributes.grammars has one for kafka-properties',
    );
  });

  it('tokenizes comments, keys, separators and values of a real server.properties', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const grammar = (ext.packageJSON?.contributes?.grammars ?? []).find(
      (g: { language?: string }) => g.language === LANGUAGE_ID,
    );
    assert.ok(grammar, 'grammar contributed');
    const doc = await openDoc('cluster/node-1/server.properties', true);
    const tokens = await captureTokens(doc.uri, path.join(ext.extensionPath, grammar.path), grammar.scopeName);
    if (!tokens) this.skip(); // neither the internal command nor VS Code's TextMate modules are reachable
    assert.ok(tokens.length > 10, 'tokens captured');
    const all = tokens.map((t) => `${JSON.stringify(t.c)} => ${t.t}`).join('\n');
    assert.ok(
      tokens.every((t) => t.t.startsWith(grammar.scopeName)),
      `every token starts with ${grammar.scopeName}:\n${all}`,
    );
    assert.ok(
      tokens.some((t) => t.c.includes('Node 1') && /comment/.test(t.t)),
      `the first line is a comment:\n${all}`,
    );
    const key = tokens.find((t) => t.c === 'node.id' || t.c === 'node');
    assert.ok(key && key.t.split(' ').length > 1, `node.id has a scope of its own:\n${all}`);
    const sep = tokens.find((t) => t.c === '=');
    assert.ok(sep && sep.t !== key.t, `keys and separators are told apart:\n${all}`);
    const value = tokens.find(
      (t) => t.c === 'PLAINTEXT://localhost:9092' || t.c === 'PLAINTEXT' || t.c.startsWith('PLAINTEXT://'),
    );
    assert.ok(value && value.t !== key.t, `values are scoped apart from keys:\n${all}`);
  });
});
