#!/usr/bin/env node
// Installs code-server (VS Code in the browser, the same extension host as desktop VS Code) into
// .cache/code-server on first use and reuses it afterwards. Used by scripts/start.mjs and scripts/vscode-test.mjs.
//
// code-server's own postinstall runs `npm install` in lib/vscode, which compiles every native module VS Code
// lists, among them `kerberos` (needs Kerberos headers, used only for proxy authentication) and the Windows-only
// ones, and downloads ripgrep from GitHub. We do its steps ourselves instead: packages without install scripts,
// then compile only the native modules a Linux code-server loads (argon2, spdlog, node-pty, native-watchdog;
// @parcel/watcher ships prebuilt), and hand VS Code the system's `rg`. Needs a C++ toolchain and ripgrep
// (provisioned through scripts/system-deps.mjs) and about a minute.
//
// Usage: node scripts/vscode-install.mjs [--force]
//   KRAFT_CODE_SERVER_DIR=<dir> installs/uses another directory (to try a fresh install without touching .cache).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSystemDeps, runLong, which } from './system-deps.mjs';

export { findChromium } from './system-deps.mjs';
export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = process.env.KRAFT_CODE_SERVER_DIR
  ? path.resolve(process.env.KRAFT_CODE_SERVER_DIR)
  : path.join(ROOT, '.cache', 'code-server');
const PACKAGE_DIR = path.join(CACHE_DIR, 'node_modules', 'code-server');
const VSCODE_DIR = path.join(PACKAGE_DIR, 'lib', 'vscode');
export const CODE_SERVER_BIN = path.join(PACKAGE_DIR, 'out', 'node', 'entry.js');
const MARKER = path.join(CACHE_DIR, `.installed-${CODE_SERVER_VERSION}`); // written only after a complete install

/** Native modules code-server loads on Linux, relative to its package directory. */
const NATIVE_MODULES = [
  { dir: '../argon2', preGyp: true },
  { dir: 'lib/vscode/node_modules/@vscode/spdlog' },
  { dir: 'lib/vscode/node_modules/node-pty' },
  { dir: 'lib/vscode/node_modules/native-watchdog' },
];

const log = (...a) => console.log('[vscode-install]', ...a);

export const codeServerInstalled = () => fs.existsSync(MARKER) && fs.existsSync(CODE_SERVER_BIN);

/** npm's bundled node-gyp, and npm's `nodedir` setting when one is configured (machines with local headers). */
function nodeGyp() {
  const npmCli =
    process.env.npm_execpath && fs.existsSync(process.env.npm_execpath)
      ? process.env.npm_execpath
      : fs.realpathSync(which('npm'));
  const gyp =
    process.env.npm_config_node_gyp ??
    path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const nodedir = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).stdout?.trim();
  return { gyp, nodedir: nodedir && nodedir !== 'undefined' && nodedir !== 'null' ? nodedir : undefined };
}

const npmArgs = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];

async function step(label, expected, command, args, cwd, env) {
  const code = await runLong(label, expected, command, args, { cwd, env, quiet: true });
  if (code !== 0)
    throw new Error(
      `code-server install: ${label} failed (exit ${code}); output above. Retry with: node scripts/vscode-install.mjs --force`,
    );
}

/** Installs code-server if needed; resolves to the path of its entry script (run with `node`). */
export async function ensureCodeServer({ force = false } = {}) {
  if (!force && codeServerInstalled()) return CODE_SERVER_BIN;
  await requireSystemDeps(
    ['toolchain', 'ripgrep'],
    `Installing code-server ${CODE_SERVER_VERSION} (VS Code in the browser)`,
  );
  const t0 = Date.now();
  log(
    `installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, CACHE_DIR) || CACHE_DIR}: first use only, 6 steps, usually 1-3 min`,
  );
  fs.rmSync(MARKER, { force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(CACHE_DIR, 'package.json'),
    JSON.stringify({ name: 'code-server-cache', private: true }, null, 2) + '\n',
  );
  await step(
    `1/6 npm install code-server@${CODE_SERVER_VERSION}`,
    '10-60 s',
    'npm',
    ['install', ...npmArgs, `code-server@${CODE_SERVER_VERSION}`],
    CACHE_DIR,
  );
  await step(
    "2/6 npm install VS Code's modules (lib/vscode)",
    '5-30 s',
    'npm',
    ['install', '--omit=dev', ...npmArgs],
    VSCODE_DIR,
  );
  await step(
    "3/6 npm install VS Code's built-in extension modules",
    '2-10 s',
    'npm',
    ['install', '--omit=dev', ...npmArgs],
    path.join(VSCODE_DIR, 'extensions'),
  );

  // What code-server's postinstall.sh links after its npm install.
  const link = (target, at) => {
    fs.rmSync(at, { recursive: true, force: true });
    fs.symlinkSync(target, at);
  };
  link('node_modules', path.join(VSCODE_DIR, 'node_modules.asar'));
  link('code-linux.sh', path.join(VSCODE_DIR, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', path.join(VSCODE_DIR, 'bin', 'helpers', 'browser.sh'));
  const rgDir = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.copyFileSync(which('rg'), path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
  log(`4/6 linked VS Code's module folder and bin scripts; ripgrep: ${which('rg')}`);

  const { gyp, nodedir } = nodeGyp();
  const env = { ...process.env, npm_config_node_gyp: gyp, ...(nodedir ? { npm_config_nodedir: nodedir } : {}) };
  const gypArgs = ['rebuild', '--loglevel=error', ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
  for (const [i, module] of NATIVE_MODULES.entries()) {
    const dir = path.join(PACKAGE_DIR, module.dir);
    const label = `5/6 compile ${path.basename(dir)} (${i + 1}/${NATIVE_MODULES.length})`;
    if (module.preGyp) {
      const preGyp = path.join(CACHE_DIR, 'node_modules', '@mapbox', 'node-pre-gyp', 'bin', 'node-pre-gyp');
      await step(label, '5-30 s', process.execPath, [preGyp, 'rebuild', '--loglevel=error'], dir, env);
    } else {
      await step(label, '5-40 s', process.execPath, [gyp, ...gypArgs], dir, env);
    }
  }

  const config = path.join(CACHE_DIR, 'config.yaml'); // keeps code-server from writing ~/.config/code-server
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\n');
  const probe = spawnSync(process.execPath, [CODE_SERVER_BIN, '--config', config, '--version'], { encoding: 'utf8' });
  const version = /^\d+\.\d+\.\d+ .*$/m.exec(probe.stdout ?? '')?.[0];
  if (probe.status !== 0 || !version)
    throw new Error(`code-server installed but does not start:\n${probe.stdout}${probe.stderr}`);
  log(`6/6 code-server --version: ${version}`);
  fs.writeFileSync(MARKER, new Date().toISOString() + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return CODE_SERVER_BIN;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await ensureCodeServer({ force: process.argv.includes('--force') });
    log(`code-server ${CODE_SERVER_VERSION}: ${CODE_SERVER_BIN}`);
  } catch (e) {
    console.error('[vscode-install]', e.message);
    process.exit(1);
  }
}
