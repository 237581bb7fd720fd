#!/usr/bin/env node
// Installs code-server (VS Code in the browser, same extension host as desktop VS Code) into
// .cache/code-server on first use and reuses it afterwards. Used by scripts/vscode-test.mjs and
// scripts/start.mjs. No VS Code download is needed: code-server ships as an npm package.
//
// Needs (Debian/Ubuntu):  apt-get install -y libkrb5-dev ripgrep chromium
//   libkrb5-dev: headers for code-server's native `kerberos` module
//   ripgrep:     @vscode/ripgrep's postinstall normally downloads rg from GitHub; we hand it the
//                system rg instead through its download cache (see packRipgrep below)
//   chromium:    only for the test runner (driven through playwright-core)
//
// Usage: node scripts/vscode-install.mjs [--force] [--check]
//   exports ensureCodeServer(), findChromium(), CODE_SERVER_VERSION for the other scripts.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3
const RIPGREP_CACHE_NAME = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = path.join(ROOT, '.cache', 'code-server');
export const CODE_SERVER_BIN = path.join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const log = (...a) => console.log('[vscode-install]', ...a);

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Path of a Chromium/Chrome executable, or undefined. Honours CHROMIUM_PATH. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', which('chromium'), which('chromium-browser'), which('google-chrome')];
  return candidates.find((p) => p && fs.existsSync(p));
}

export function chromiumHint() {
  return 'Chromium not found. Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chrome)';
}

function installedVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(CACHE_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Puts the system `rg` where @vscode/ripgrep's postinstall looks for a cached download. */
function packRipgrep() {
  const rg = which('rg');
  if (!rg) {
    log('WARNING: `rg` not found; @vscode/ripgrep will try to download it (fails without internet). Install: apt-get install -y ripgrep');
    return;
  }
  const cacheDir = path.join(os.tmpdir(), RIPGREP_CACHE_NAME);
  const asset = path.join(cacheDir, RIPGREP_ASSET);
  if (fs.existsSync(asset)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-pack-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  execFileSync('tar', ['-czf', asset, '-C', stage, 'rg']);
  fs.rmSync(stage, { recursive: true, force: true });
  log(`packed ${rg} as ${asset}`);
}

function checkKrb5() {
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !fs.existsSync('/usr/include/krb5.h')) {
    log('WARNING: Kerberos headers missing; code-server\'s `kerberos` module may fail to build. Install: apt-get install -y libkrb5-dev');
  }
}

/** Installs code-server if needed; returns the path of its entry script (run with `node`). */
const MARKER = path.join(CACHE_DIR, `.installed-${CODE_SERVER_VERSION}`); // written only after a complete install

export function ensureCodeServer({ force = false } = {}) {
  if (!force && installedVersion() === CODE_SERVER_VERSION && fs.existsSync(CODE_SERVER_BIN) && fs.existsSync(MARKER)) return CODE_SERVER_BIN;
  const t0 = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, CACHE_DIR)} (first use; takes a few minutes)`);
  checkKrb5();
  packRipgrep();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const pkg = path.join(CACHE_DIR, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ name: 'code-server-cache', private: true }, null, 2) + '\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CACHE_DIR,
    stdio: 'inherit',
    env: { ...process.env, npm_config_yes: 'true' },
  });
  const vscodeModules = path.join(CACHE_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  if (r.status !== 0 || !fs.existsSync(CODE_SERVER_BIN) || !fs.existsSync(vscodeModules)) {
    throw new Error(`code-server install failed (exit ${r.status}). See output above; needs libkrb5-dev, ripgrep, a C++ toolchain and Node 20.`);
  }
  fs.writeFileSync(MARKER, new Date().toISOString() + '\n');
  log(`code-server ${installedVersion()} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return CODE_SERVER_BIN;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (!args.includes('--check')) ensureCodeServer({ force: args.includes('--force') });
    const v = installedVersion();
    log(v ? `code-server ${v}: ${CODE_SERVER_BIN}` : 'code-server not installed');
    const chromium = findChromium();
    log(chromium ? `chromium: ${chromium}` : chromiumHint());
    if (args.includes('--check') && (!v || !chromium)) process.exit(1);
  } catch (e) {
    console.error('[vscode-install]', e.message);
    process.exit(1);
  }
}
