// The invariants ARCHITECTURE.md states, held here: the engine is pure (no Node built-ins, no VS Code, no LSP
// connection, so it also runs in a browser worker); hosts reach it through its faces only; the client's bundle
// carries no rules, key catalog or documentation; hand-written files stay small.
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
      /from '(node:[^']+|fs|path|os|child_process|vscode|vscode-languageserver(\/node)?|vscode-languageclient[^']*)'|require\(/.test(
        fs.readFileSync(file, 'utf8'),
      ),
    );
    assert.deepEqual(
      offenders.map((file) => path.relative(REPO, file)),
      [],
    );
  });

  it('the engine bundles for a browser worker', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [path.join(REPO, 'server/src/engine/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    assert.equal(result.errors.length, 0);
    assert.ok(result.outputFiles[0].text.length > 10000);
  });

  const FACES = ['engine', 'engine/ide', 'engine/detect', 'engine/generator'];
  const CLIENT_FACES = ['engine/detect', 'engine/generator'];
  const hostFiles = () => [
    ...sources(path.join(REPO, 'server/src')).filter((file) => !file.includes(`${path.sep}engine${path.sep}`)),
    ...sources(path.join(REPO, 'client/src')),
  ];
  /** Every import of engine code in a host file: the face it names (relative to server/src) and whether only types come. */
  function engineImports(file: string): { face: string; typeOnly: boolean }[] {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/import\s+(type\s+)?[^;]*?from\s+'([^']+)'/g)]
      .map((match) => ({ typeOnly: Boolean(match[1]), target: path.resolve(path.dirname(file), match[2]) }))
      .filter(({ target }) => target.startsWith(path.join(REPO, 'server/src/engine')))
      .map(({ target, typeOnly }) => ({
        face: path.relative(path.join(REPO, 'server/src'), target).split(path.sep).join('/'),
        typeOnly,
      }));
  }

  it('hosts (server, CLI, client) import the engine through its faces only', () => {
    const deep = hostFiles().flatMap((file) =>
      engineImports(file)
        .filter(({ face }) => !FACES.includes(face))
        .map(({ face }) => `${path.relative(REPO, file)} -> ${face}`),
    );
    assert.deepEqual(deep, [], `import one of ${FACES.join(', ')} instead`);
  });

  it('the client imports only the detect and generator faces (types aside)', () => {
    const offenders = sources(path.join(REPO, 'client/src')).flatMap((file) =>
      engineImports(file)
        .filter(({ face, typeOnly }) => !typeOnly && !CLIENT_FACES.includes(face))
        .map(({ face }) => `${path.relative(REPO, file)} -> ${face}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the client bundle carries no rules, key catalog, documentation or editor features', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [path.join(REPO, 'client/src/extension.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((input) => input.split(path.sep).join('/'));
    assert.ok(
      inputs.some((input) => input.includes('server/src/engine/generator/')),
      'the generator is in the bundle',
    );
    const unwanted =
      /server\/src\/engine\/(rules\/|catalog\/|features\/(hover|completion|definition|rename|semantic|symbols|topology)\.ts)/;
    assert.deepEqual(
      inputs.filter((input) => unwanted.test(input)),
      [],
    );
  });

  it('no hand-written source file much past 400 lines', () => {
    // Generated tables and the key documentation (prose) are data. Files listed here are known to be too long.
    const known = new Set<string>();
    const tooLong = [...sources(path.join(REPO, 'server/src')), ...sources(path.join(REPO, 'client/src'))]
      .map((file) => path.relative(REPO, file).split(path.sep).join('/'))
      .filter(
        (file) =>
          !file.endsWith('.generated.ts') && !file.startsWith('server/src/engine/catalog/docs/') && !known.has(file),
      )
      .filter((file) => fs.readFileSync(path.join(REPO, file), 'utf8').split('\n').length > 450);
    assert.deepEqual(tooLong, []);
  });
});
