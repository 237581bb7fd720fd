// Helpers shared by scripts/vscode-test.mjs and scripts/start.mjs: free ports, temp dirs,
// starting/stopping code-server, building the workbench URL with an extension-development payload.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_BIN } from './vscode-install.mjs';

/** A free TCP port on 127.0.0.1 (binds port 0 and releases it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function mkTemp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function copyDir(src, dest) {
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

/** User settings that keep the workbench quiet and deterministic. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'files.autoSave': 'off',
  'remote.autoForwardPorts': false,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.cursorBlinking': 'solid',
  'window.restoreWindows': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Writes <userDataDir>/User/settings.json. */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

function baseArgs({ userDataDir, extensionsDir, configFile }) {
  return [
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--config',
    configFile,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
}

/** `code-server --install-extension <vsix>` into extensionsDir. */
export function installVsix(vsix, { userDataDir, extensionsDir }) {
  const configFile = path.join(userDataDir, 'config.yaml');
  fs.mkdirSync(userDataDir, { recursive: true });
  if (!fs.existsSync(configFile)) fs.writeFileSync(configFile, 'auth: none\n');
  const r = spawnSync(
    process.execPath,
    [CODE_SERVER_BIN, ...baseArgs({ userDataDir, extensionsDir, configFile }), '--install-extension', vsix],
    { encoding: 'utf8' },
  );
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0 || /failed|error/i.test(r.stderr ?? ''))
    throw new Error(`install-extension failed (exit ${r.status}):\n${out}`);
  return out.trim();
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * SIGTERM to a process group, SIGKILL to what is left after 3 s; resolves once no process of the group
 * remains (extension hosts and watchers included), so a caller may exit right after.
 */
export async function stopProcessGroup(pgid) {
  if (pgid === undefined || !groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    /* gone meanwhile */
  }
  for (let waited = 0; groupAlive(pgid); waited += 100) {
    if (waited === 3000)
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
    if (waited > 6000) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts code-server on 127.0.0.1:<port>. Resolves once it answers HTTP.
 * Returns { url, port, proc, logFile, stop() }; stop() kills the whole process group (the server and
 * its extension hosts), resolves when none is left, and is safe to call twice.
 */
export async function startCodeServer({
  port,
  userDataDir,
  extensionsDir,
  env = {},
  logFile,
  echo = false,
  timeoutMs = 60_000,
}) {
  port = port || (await freePort());
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const configFile = path.join(userDataDir, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\n'); // keeps code-server from writing ~/.config/code-server/config.yaml
  const args = [
    CODE_SERVER_BIN,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    ...baseArgs({ userDataDir, extensionsDir, configFile }),
  ];
  const proc = spawn(process.execPath, args, {
    detached: true, // own process group, so stop() reaches the extension host too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const log = logFile ? fs.createWriteStream(logFile) : undefined;
  const onData = (chunk) => {
    log?.write(chunk);
    if (echo) process.stdout.write(chunk);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  let exited = false;
  proc.on('exit', () => {
    exited = true;
  });
  const stop = () => stopProcessGroup(proc.pid);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early; see ${logFile ?? 'its output'}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    proc,
    logFile,
    stop,
    get exited() {
      return exited;
    },
  };
}

/** Workbench URL opening `folder`, optionally with extension development + tests paths (absolute local paths). */
export function workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
