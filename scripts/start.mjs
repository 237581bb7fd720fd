#!/usr/bin/env node
// `npm start` (after `npm run build`): serves VS Code (code-server, installed into .cache on first
// use) on 127.0.0.1 with this extension loaded from the working tree (extensionDevelopmentPath),
// opened on a temporary copy of examples/. Open the printed address in a browser; Ctrl-C stops it.
//
//   node scripts/start.mjs              port from env PORT, else a free one
//   node scripts/start.mjs --folder DIR open DIR itself instead of a copy of examples/
//   node scripts/start.mjs --cli        just run `node server/out/cli.js lint examples`
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, ROOT } from './vscode-install.mjs';
import { startCodeServer, workbenchUrl, mkTemp, copyDir, writeUserSettings } from './vscode-server.mjs';

const argv = process.argv.slice(2);

if (argv.includes('--cli')) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'server', 'out', 'cli.js'), 'lint', 'examples'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const folderArg = argv.includes('--folder') ? path.resolve(argv[argv.indexOf('--folder') + 1]) : undefined;
ensureCodeServer();
const tmp = mkTemp('kraft-start-');
const examples = path.join(ROOT, 'examples');
const folder = folderArg ?? copyDir(fs.existsSync(examples) ? examples : path.join(ROOT, 'test', 'vscode', 'workspace'), path.join(tmp, 'examples'));
const userDataDir = path.join(tmp, 'user-data');
writeUserSettings(userDataDir);
const logFile = path.join(tmp, 'code-server.log');
const server = await startCodeServer({
  port: process.env.PORT ? Number(process.env.PORT) : undefined,
  userDataDir,
  extensionsDir: path.join(tmp, 'extensions'),
  logFile,
});
const url = workbenchUrl(server.url, { folder, extensionDevelopmentPath: ROOT });

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  server.stop();
  setTimeout(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  }, 500);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.proc.on('exit', (code) => {
  if (!stopping) {
    console.error(`code-server exited (${code}); log: ${logFile}`);
    stopping = true;
    process.exit(1);
  }
});

console.log(`
  Kafka KRaft Config running in VS Code (code-server) with the extension from ${ROOT}
  Workspace: ${folder}${folderArg ? '' : ' (a temporary copy of examples/)'}

  Open:  ${url}

  (Reload the window after \`npm run build\` to pick up changes.) Ctrl-C to stop. Log: ${logFile}
`);
