// The engine is pure: no Node built-ins, no VS Code, no LSP connection, so it also runs in a browser worker.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/engine';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  it('engine modules import nothing from Node, VS Code or the LSP connection', () => {
    const offenders = sources(path.join(REPO, 'server/src/engine')).filter((file) =>
      /from '(node:[^']+|fs|path|os|child_process|vscode|vscode-languageserver(\/node)?|vscode-languageclient[^']*)'|require\(/.test(fs.readFileSync(file, 'utf8')),
    );
    assert.deepEqual(offenders.map((file) => path.relative(REPO, file)), []);
  });

  it('the engine bundles for a browser worker', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({ entryPoints: [path.join(REPO, 'server/src/engine/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    assert.equal(result.errors.length, 0);
    assert.ok(result.outputFiles[0].text.length > 10000);
  });
});
