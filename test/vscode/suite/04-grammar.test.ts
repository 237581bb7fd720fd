import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, activateExtension, openDoc } from './helpers';

// VS Code's own colorizer tests use the internal command `_workbench.captureSyntaxTokens`, which
// returns the TextMate tokens of a file: [{ c: text, t: 'scope1 scope2 ...' }].
interface Token { c: string; t: string }

describe('grammar', () => {
  before(async () => {
    await activateExtension();
  });

  it('a TextMate grammar is contributed for kafka-properties', () => {
    const grammars: Array<{ language?: string; scopeName: string }> = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON?.contributes?.grammars ?? [];
    assert.ok(grammars.some((g) => g.language === LANGUAGE_ID), 'contributes.grammars has one for kafka-properties');
  });

  it('tokenizes comments, keys and values of a real server.properties', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('_workbench.captureSyntaxTokens')) this.skip();
    const grammar = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON?.contributes?.grammars ?? []).find((g: { language?: string }) => g.language === LANGUAGE_ID);
    assert.ok(grammar, 'grammar contributed');
    const doc = await openDoc('cluster/node-1/server.properties', true);
    const tokens = await vscode.commands.executeCommand<Token[]>('_workbench.captureSyntaxTokens', doc.uri);
    assert.ok(tokens && tokens.length > 10, 'tokens captured');
    const scopesOf = (text: string) => tokens.find((t) => t.c.trim() === text)?.t ?? '';
    const all = tokens.map((t) => `${JSON.stringify(t.c)} => ${t.t}`).join('\n');
    assert.ok(tokens.every((t) => t.t.startsWith(grammar.scopeName)), `every token starts with ${grammar.scopeName}`);
    assert.ok(tokens.some((t) => t.c.startsWith('#') && /comment/.test(t.t)) || tokens.some((t) => /comment/.test(t.t)), `a comment scope:\n${all}`);
    const keyScopes = scopesOf('node.id') || scopesOf('node') || '';
    assert.ok(keyScopes.split(' ').length > 1, `node.id has a scope of its own:\n${all}`);
    const sepScopes = tokens.find((t) => t.c === '=')?.t ?? '';
    assert.notStrictEqual(keyScopes, sepScopes, 'keys and separators are told apart');
  });
});
