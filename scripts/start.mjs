#!/usr/bin/env node
// `npm start`: builds, installs code-server into .cache on first use (and the system packages that needs, see
// scripts/system-deps.mjs), then serves VS Code on 127.0.0.1 with this extension loaded from the working tree
// (extensionDevelopmentPath), opened on a temporary copy of examples/. Open the printed address in a browser.
//
// Stops everything it started (code-server's whole process group) on SIGINT, SIGTERM or SIGHUP, and also when
// npm, its parent, goes away without passing a signal on. Logs: test-results/start/<time>/code-server.log.
//
//   node scripts/start.mjs              port from env PORT, else a free one
//   node scripts/start.mjs --folder DIR open DIR itself instead of a copy of examples/
//   node scripts/start.mjs --cli        just run `node server/out/cli.js lint examples`
//   node scripts/start.mjs --no-build   skip `npm run build`
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runLong, stopRunning } from './system-deps.mjs';
import { ensureCodeServer, ROOT } from './vscode-install.mjs';
import { startCodeServer, workbenchUrl, mkTemp, copyDir, writeUserSettings } from './vscode-server.mjs';

const argv = process.argv.slice(2);

if (!argv.includes('--no-build')) {
  const code = await runLong('build: tsc -b, then esbuild bundles', '15-60 s', 'npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    quiet: true,
  });
  if (code !== 0) process.exit(code);
}

if (argv.includes('--cli')) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'server', 'out', 'cli.js'), 'lint', 'examples'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

if (process.versions.node.split('.')[0] !== '20') {
  console.warn(`WARNING: code-server is made for Node 20; this is Node ${process.versions.node}.`);
}

let server;
let stopping = false;
let tmp;
const logDir = path.join(ROOT, 'test-results', 'start', new Date().toISOString().replace(/[:.]/g, '-'));
const logFile = path.join(logDir, 'code-server.log');

async function stop(reason, code) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping code-server and its extension hosts ...`);
  stopRunning();
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`stopped. Log kept: ${logFile}`);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(`${signal} received`, 0));
// npm passes SIGINT and SIGTERM on, but not SIGHUP, and cannot pass SIGKILL; and between npm and us sits the
// `sh -c` npm runs scripts with, which outlives npm. So watch npm itself and stop when it is gone.
const launcher = launcherPid();
setInterval(() => {
  if (!alive(launcher)) stop(`${launcher === process.ppid ? 'parent' : 'npm'} process ${launcher} ended`, 0);
}, 1000).unref();

/** Our parent, or its parent when the parent is only the shell npm runs the script in (Linux /proc). */
function launcherPid() {
  const parentOf = (pid) => Number(/\)\s+\S+\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1]);
  try {
    const comm = fs.readFileSync(`/proc/${process.ppid}/comm`, 'utf8').trim();
    return ['sh', 'dash', 'bash'].includes(comm) && process.env.npm_lifecycle_event
      ? parentOf(process.ppid)
      : process.ppid;
  } catch {
    return process.ppid;
  }
}

function alive(pid) {
  if (process.ppid === 1) return false; // our own parent is gone
  try {
    process.kill(pid, 0);
    return fs.existsSync(`/proc/${pid}`) ? !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) : true;
  } catch {
    return false;
  }
}

try {
  await ensureCodeServer();
} catch (e) {
  console.error(`\n✖ ${e.message}`);
  process.exit(1);
}
const folderArg = argv.includes('--folder') ? path.resolve(argv[argv.indexOf('--folder') + 1]) : undefined;
let folder;
try {
  fs.mkdirSync(logDir, { recursive: true });
  tmp = mkTemp('kraft-start-');
  const examples = path.join(ROOT, 'examples');
  folder =
    folderArg ??
    copyDir(
      fs.existsSync(examples) ? examples : path.join(ROOT, 'test', 'vscode', 'workspace'),
      path.join(tmp, 'examples'),
    );
  const userDataDir = path.join(tmp, 'user-data');
  writeUserSettings(userDataDir);
  console.log(`▶ starting code-server on 127.0.0.1 (usually 2-10 s); log: ${logFile}`);
  server = await startCodeServer({
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
    userDataDir,
    extensionsDir: path.join(tmp, 'extensions'),
    logFile,
  });
} catch (e) {
  console.error(`✖ ${e.message}`);
  await stop('code-server did not start', 1);
}
if (!server) await new Promise(() => {}); // a signal arrived while starting: stop() is exiting
server.proc.on('exit', (code) => stop(`code-server exited on its own (${code}); see ${logFile}`, 1));
const url = workbenchUrl(server.url, { folder, extensionDevelopmentPath: ROOT });

console.log(`
  Kafka KRaft Config running in VS Code (code-server) with the extension from ${ROOT}
  Workspace: ${folder}${folderArg ? '' : ' (a temporary copy of examples/)'}

  Open:  ${url}

  Reload the window after \`npm run build\` to pick up changes. Ctrl-C stops it.
  Log:   ${logFile}
  code-server process group: ${server.proc.pid}
`);
