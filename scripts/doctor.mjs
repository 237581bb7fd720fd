#!/usr/bin/env node
// `npm run doctor`: what this machine has and lacks for `npm start` and `npm test`, with the command that
// installs each missing piece. Changes nothing. Exit code 1 when something is missing that the commands do not
// fetch themselves (code-server and Kafka's jars they do).
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_DEPS, installCommand } from './system-deps.mjs';
import { CODE_SERVER_VERSION, CACHE_DIR, ROOT, codeServerInstalled } from './vscode-install.mjs';
import { DEFAULT_VERSIONS, libsComplete, libsDir } from './kafka-lib.mjs';

const rows = [];
// `automatic`: fetched by the command that needs it, so not having it yet is no problem.
const add = (ok, what, detail, fix, automatic = false) => rows.push({ ok, what, detail, fix, automatic });
const rel = (p) => path.relative(ROOT, p) || '.';

const nodeMajor = Number(process.versions.node.split('.')[0]);
add(
  nodeMajor === 20,
  'Node 20',
  `node ${process.versions.node}`,
  nodeMajor === 20 ? '' : 'install Node 20 (code-server needs it), e.g. from https://nodejs.org',
);
add(
  fs.existsSync(path.join(ROOT, 'node_modules', '.package-lock.json')),
  'npm dependencies',
  rel(path.join(ROOT, 'node_modules')),
  'npm ci',
);
for (const [name, dep] of Object.entries(SYSTEM_DEPS)) {
  const found = dep.found();
  add(
    Boolean(found),
    name,
    found ?? `missing: ${dep.purpose}; needed by ${dep.neededBy.join(', ')}`,
    found ? '' : installCommand([name]),
  );
}
add(
  codeServerInstalled(),
  `code-server ${CODE_SERVER_VERSION}`,
  codeServerInstalled() ? rel(CACHE_DIR) : 'not installed yet (npm start installs it, 1-3 min)',
  'node scripts/vscode-install.mjs',
  true,
);
for (const v of DEFAULT_VERSIONS) {
  const ok = libsComplete(v);
  add(
    ok,
    `Kafka ${v} jars`,
    ok ? rel(libsDir(v)) : 'not fetched yet (npm run test:kafka fetches them, 1-3 min)',
    `node scripts/kafka-fetch.mjs ${v}`,
    true,
  );
}

const width = Math.max(...rows.map((r) => r.what.length));
for (const r of rows) {
  console.log(`${r.ok ? '✔' : r.automatic ? '·' : '✖'} ${r.what.padEnd(width)}  ${r.detail}`);
  if (!r.ok) console.log(`  ${' '.repeat(width)}  → ${r.fix}`);
}
const missingSystem = Object.keys(SYSTEM_DEPS).filter((n) => !SYSTEM_DEPS[n].found());
if (missingSystem.length) {
  console.log(`\nAll missing system packages at once:\n  ${installCommand(missingSystem)}`);
  console.log('(`npm start` and `npm test` run this themselves when they are root or have password-less sudo.)');
}
process.exit(rows.every((r) => r.ok || r.automatic) ? 0 : 1);
