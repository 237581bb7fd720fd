// npm run bench: the language server measured where the user feels it, through the protocol. The BUILT server is
// spawned over stdio and driven as an editor drives it (initialize with a workspace folder, no file open), on
// generated workspaces of 100, 1,000 and 10,000 node files, next to a floor measured in the same run: a fresh node
// process that reads and splits the same files. Prints a table with ratios and targets, writes a JSON file.
//
//   node scripts/bench.mjs [--sizes 100,1000,10000] [--out out/bench.json] [--smoke]
//
// --smoke (part of `npm test`): the smallest size, few samples, no verdict on the timings.
//
// Every timing that starts a process (floor, server start, CLI) is the median of three runs. The server and the CLI
// start through their code cache (server/src/code-cache.ts), kept in a folder of this run: the first start of each
// size, with an empty cache (as after an install or an update), is reported on its own row.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const smoke = argv.includes('--smoke');
const sizes = option('--sizes', smoke ? '100' : '100,1000,10000')
  .split(',')
  .map(Number);
const outFile = path.resolve(REPO, option('--out', smoke ? 'out/bench-smoke.json' : 'out/bench.json'));
const samples = smoke ? 4 : 20;
const SERVER = path.join(REPO, 'server/out/server.js');
const CLI = path.join(REPO, 'server/out/cli.js');
const CLIENT = path.join(REPO, 'client/out/extension.js');
for (const built of [SERVER, CLI, CLIENT])
  if (!fs.existsSync(built)) throw new Error(`${path.relative(REPO, built)} is missing: run npm run build first`);
const { SERVER_NODE_FLAGS, serverEnvironment } = await import(
  pathToFileURL(path.join(REPO, 'out/server/src/launch-flags.js')).href
);

// ---- the workspace: isolated 3+3 clusters (the seed, on hosts of their own) and one 4-node combined cluster ----

const seedDir = path.join(REPO, 'examples/cluster-correct');
const seed = [];
for (const host of fs.readdirSync(seedDir).sort()) {
  for (const role of fs.readdirSync(path.join(seedDir, host)).sort()) {
    seed.push({ host, role, text: fs.readFileSync(path.join(seedDir, host, role, 'server.properties'), 'utf8') });
  }
}
const UNKNOWN_KEY = 'bench.unknown.setting=1\n';
const EDITED = { cluster: 0, host: '192.168.40.14', role: 'broker' };

function combinedNode(id) {
  const voters = [1, 2, 3, 4].map((n) => `${n}@10.255.255.${n}:9093`).join(',');
  return [
    'process.roles=broker,controller',
    `node.id=${id}`,
    `controller.quorum.voters=${voters}`,
    `listeners=PLAINTEXT://10.255.255.${id}:9092,CONTROLLER://10.255.255.${id}:9093`,
    `advertised.listeners=PLAINTEXT://10.255.255.${id}:9092`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs=/var/lib/kafka/data',
    '',
  ].join('\n');
}

/** Writes the workspace; returns its folder, every file path, and the paths the benchmark edits and watches. */
function writeWorkspace(size) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `kraft-bench-${size}-`));
  const files = [];
  const write = (relative, text) => {
    const full = path.join(folder, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    files.push(full);
  };
  for (let id = 1; id <= 4; id++) write(`combined/node-${id}/server.properties`, combinedNode(id) + UNKNOWN_KEY);
  const clusters = Math.floor((size - 4) / seed.length);
  for (let c = 0; c < clusters; c++) {
    const hostOf = (host) => host.replace('192.168.40.', `10.${Math.floor(c / 250)}.${c % 250}.`);
    for (const file of seed) {
      const text = file.text.replaceAll('192.168.40.', `10.${Math.floor(c / 250)}.${c % 250}.`) + UNKNOWN_KEY;
      write(`clusters/c${String(c).padStart(5, '0')}/${hostOf(file.host)}/${file.role}/server.properties`, text);
    }
  }
  const clusterFile = (host, role) =>
    path.join(folder, `clusters/c00000/${host.replace('192.168.40.', '10.0.0.')}/${role}/server.properties`);
  return {
    folder,
    files,
    edited: clusterFile(EDITED.host, EDITED.role),
    // Giving broker 4 the id of broker 6 makes both report duplicate-node-id.
    duplicateOf: clusterFile('192.168.40.18', 'broker'),
  };
}

// ---- measuring tools ----

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value) => Math.round(value * 10) / 10;

/** Peak resident memory of a live process, in MB (Linux; undefined elsewhere). */
function peakMemoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
  } catch {
    return undefined;
  }
}

/** Runs a node script to completion; returns wall time and the child's own peak memory (from its exit hook). */
function runNode(args, env = {}) {
  const report = path.join(os.tmpdir(), `kraft-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const preload = path.join(os.tmpdir(), `kraft-bench-preload-${process.pid}.cjs`);
  fs.writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', preload, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - started;
  const rssKb = fs.existsSync(report) ? Number(fs.readFileSync(report, 'utf8')) : NaN;
  fs.rmSync(report, { force: true });
  fs.rmSync(preload, { force: true });
  return { ms, mb: rssKb / 1024, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The floor: a fresh node process that finds, reads and splits the same files into key/value pairs. */
function measureFloor(folder) {
  const script = `
    const fs = require('fs'), path = require('path');
    let pairs = 0;
    const walk = (dir) => { for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.properties')) for (const line of fs.readFileSync(full, 'utf8').split(/\\r?\\n/)) { const eq = line.indexOf('='); if (eq > 0 && line[0] !== '#') pairs++; }
    } };
    walk(${JSON.stringify(folder)});
    if (pairs === 0) process.exit(3);`;
  return median([0, 1, 2].map(() => runNode(['-e', script]).ms));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The folder the server and the CLI keep their compiled code in for this run (see the header). */
const codeCacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-bench-code-cache-'));
const warmCache = { KRAFT_CODE_CACHE_DIR: path.join(codeCacheRoot, 'warm') };
let coldCaches = 0;
const emptyCache = () => ({ KRAFT_CODE_CACHE_DIR: path.join(codeCacheRoot, `empty-${++coldCaches}`) });

/** An editor: spawns the built server, initializes it on the folder and records what it publishes. */
async function startEditor(folder, env = warmCache) {
  const started = performance.now();
  // KRAFT_BENCH_SERVER_FLAGS: node flags for the server only (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
  const flags = process.env.KRAFT_BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  // The flags VS Code starts the server with (client/src/serverLog.ts).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...flags, SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: serverEnvironment({ ...process.env, ...env }),
  });
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const published = new Map();
  let listeners = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.set(params.uri, { at: performance.now(), diagnostics: params.diagnostics });
    for (const listener of listeners) listener();
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ files: { maxFiles: 50000 } })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const until = (predicate, what, timeoutMs = 120000) =>
    new Promise((resolve, reject) => {
      if (predicate()) return resolve();
      const timer = setTimeout(() => reject(new Error(`bench: timed out waiting for ${what}`)), timeoutMs);
      const listener = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        listeners = listeners.filter((other) => other !== listener);
        resolve();
      };
      listeners.push(listener);
    });
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      // As VS Code declares them: completion documentation is resolved for the item shown.
      textDocument: {
        publishDiagnostics: {},
        hover: {},
        completion: {
          completionItem: { snippetSupport: true, resolveSupport: { properties: ['documentation'] } },
          completionList: {
            itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
          },
        },
      },
    },
    locale: 'en',
  });
  connection.sendNotification('initialized', {});
  return { child, connection, published, until, started };
}

const codes = (editor, file) => (editor.published.get(pathToFileURL(file).href)?.diagnostics ?? []).map((d) => d.code);

/** Spawns the server and waits for every file's diagnostics: the start as the user feels it. */
async function startAndIndex(workspace, env) {
  const editor = await startEditor(workspace.folder, env);
  const uris = workspace.files.map((file) => pathToFileURL(file).href);
  const everyFile = () =>
    uris.every((uri) => editor.published.get(uri)?.diagnostics.some((d) => d.code === 'unknown-key'));
  await editor.until(everyFile, 'diagnostics for every file', 600000);
  const start = {
    spawnToDiagnostics: Math.max(...uris.map((uri) => editor.published.get(uri).at)) - editor.started,
    firstDiagnostics: Math.min(...uris.map((uri) => editor.published.get(uri).at)) - editor.started,
  };
  return { editor, start };
}

async function stopEditor(editor) {
  // Shut down as an editor does, so that the server ends on its own (and writes a profile when asked to).
  const exited = new Promise((resolve) => editor.child.on('exit', resolve));
  await editor.connection.sendRequest('shutdown');
  editor.connection.sendNotification('exit');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  editor.connection.dispose();
  editor.child.kill();
}

/** A start and nothing else: time to every file's diagnostics and the peak memory of that start. */
async function measureStart(workspace, env) {
  const { editor, start } = await startAndIndex(workspace, env);
  const peakMemoryMb = peakMemoryOf(editor.child.pid);
  await stopEditor(editor);
  return { ...start, peakMemoryMb };
}

/**
 * The first start with an empty code cache, then three starts with the cache the first one wrote (the last of them
 * goes on to the editing measures): the median start and the highest peak memory of the three are reported.
 */
async function measureServer(workspace) {
  const firstStart = await measureStart(workspace, emptyCache());
  const starts = [await measureStart(workspace, warmCache), await measureStart(workspace, warmCache)];
  const { editor, start } = await startAndIndex(workspace, warmCache);
  const spawnToDiagnostics = median([...starts.map((s) => s.spawnToDiagnostics), start.spawnToDiagnostics]);
  const firstDiagnostics = median([...starts.map((s) => s.firstDiagnostics), start.firstDiagnostics]);

  // The user opens one broker of one cluster and edits its node.id back and forth.
  const uri = pathToFileURL(workspace.edited).href;
  const original = fs.readFileSync(workspace.edited, 'utf8');
  const duplicate = original.replace('node.id=4', 'node.id=6');
  let version = 1;
  editor.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'kafka-properties', version, text: original },
  });
  // Right after open: a hover must already answer for this text.
  const openHover = await editor.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: 2, character: 3 },
  });
  const edits = [];
  for (let i = 0; i < samples; i++) {
    const makeDuplicate = i % 2 === 0;
    const sent = performance.now();
    editor.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: makeDuplicate ? duplicate : original }],
    });
    const settled = () =>
      [workspace.edited, workspace.duplicateOf].every(
        (file) => codes(editor, file).includes('duplicate-node-id') === makeDuplicate,
      );
    await editor.until(settled, 'the edit to be republished', 30000);
    edits.push(
      Math.max(
        ...[workspace.edited, workspace.duplicateOf].map((file) => editor.published.get(pathToFileURL(file).href).at),
      ) - sent,
    );
  }

  // Hover and completion sent right behind a keystroke, answered for the text that includes it.
  const hovers = [];
  const completions = [];
  let typed = original;
  let wrongAnswers = 0;
  for (let i = 0; i < samples; i++) {
    typed += `# note ${i}\n`;
    const key = `num.network.threads`;
    const withKey = `${typed}${key}=${3 + i}\n`;
    const line = withKey.split('\n').length - 2;
    editor.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: withKey }],
    });
    let sent = performance.now();
    const hover = await editor.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 2 },
    });
    hovers.push(performance.now() - sent);
    if (!hover || !String(hover.contents.value).includes(key)) wrongAnswers++;
    editor.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: withKey + 'num.' }],
    });
    sent = performance.now();
    const completion = await editor.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: line + 1, character: 4 },
    });
    completions.push(performance.now() - sent);
    const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
    if (!items.some((item) => item.label === 'num.io.threads')) wrongAnswers++;
  }
  const memory = Math.max(peakMemoryOf(editor.child.pid), ...starts.map((s) => s.peakMemoryMb));
  await stopEditor(editor);
  return {
    spawnToDiagnostics,
    firstDiagnostics,
    firstStartToDiagnostics: firstStart.spawnToDiagnostics,
    hoverRightAfterOpen: !!openHover,
    editP50: percentile(edits, 50),
    editP95: percentile(edits, 95),
    hoverP95: percentile(hovers, 95),
    completionP95: percentile(completions, 95),
    answersForOlderText: wrongAnswers,
    peakMemoryMb: memory,
  };
}

/** The CLI's first run with an empty code cache, then the median of three with the cache it wrote. */
function measureCli(folder) {
  const lint = (env) => {
    const run = runNode([CLI, 'lint', '--format', 'json', folder], env);
    if (run.status !== 0 && run.status !== 1) throw new Error(`bench: the CLI failed (${run.status}): ${run.stderr}`);
    return run;
  };
  const cache = emptyCache();
  const first = lint(cache);
  const runs = [0, 1, 2].map(() => lint(cache));
  return { firstMs: first.ms, ms: median(runs.map((run) => run.ms)), mb: Math.max(...runs.map((run) => run.mb)) };
}

/** Loading the client bundle in a fresh node process, with a stand-in for the `vscode` module. */
function measureClientLoad() {
  const script = `
    const Module = require('module');
    const load = Module._load;
    const stub = new Proxy(function () {}, { get: (target, key) => (key === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const started = performance.now();
    require(${JSON.stringify(CLIENT)});
    process.stdout.write(String(performance.now() - started));`;
  const runs = [0, 1, 2].map(() => Number(runNode(['-e', script]).stdout));
  return { ms: Math.min(...runs), kb: fs.statSync(CLIENT).size / 1024 };
}

// ---- run ----

const TARGETS = {
  spawnRatio: 5,
  // The issue's target at 10,000 files: three seconds, whatever the floor.
  spawnAt10000Ms: 3000,
  editP95: 50,
  hoverP95: 10,
  completionP95: 10,
  memoryAt1000: 100,
  memoryAt10000: 400,
  cliRatio: 5,
};
const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGb: round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
const results = [];
for (const size of sizes) {
  const workspace = writeWorkspace(size);
  try {
    const floor = measureFloor(workspace.folder);
    const server = await measureServer(workspace);
    const cli = measureCli(workspace.folder);
    results.push({
      files: workspace.files.length,
      floorMs: floor,
      ...server,
      cliMs: cli.ms,
      cliFirstMs: cli.firstMs,
      cliMb: cli.mb,
    });
  } finally {
    fs.rmSync(workspace.folder, { recursive: true, force: true });
  }
}
const client = measureClientLoad();

const verdict = (ok) => (smoke ? '' : ok ? ' ✔' : ' ✖');
const rows = [
  ['files', (r) => String(r.files)],
  ['floor: fresh node reads + splits the files (median of 3)', (r) => `${Math.round(r.floorMs)} ms`],
  [
    'first server start after an install (empty code cache) → every file',
    (r) => `${Math.round(r.firstStartToDiagnostics)} ms = ${round(r.firstStartToDiagnostics / r.floorMs)}× floor`,
  ],
  ['server spawn → first diagnostics', (r) => `${Math.round(r.firstDiagnostics)} ms`],
  [
    'server spawn → diagnostics for every file (median of 3 starts)',
    (r) =>
      `${Math.round(r.spawnToDiagnostics)} ms = ${round(r.spawnToDiagnostics / r.floorMs)}× floor${verdict(r.files >= 10000 ? r.spawnToDiagnostics <= TARGETS.spawnAt10000Ms : r.spawnToDiagnostics / r.floorMs <= TARGETS.spawnRatio)}`,
  ],
  [
    'edit one node → affected files republished, p50 / p95',
    (r) => `${Math.round(r.editP50)} / ${Math.round(r.editP95)} ms${verdict(r.editP95 <= TARGETS.editP95)}`,
  ],
  ['hover right after a keystroke, p95', (r) => `${round(r.hoverP95)} ms${verdict(r.hoverP95 <= TARGETS.hoverP95)}`],
  [
    'completion right after a keystroke, p95',
    (r) => `${round(r.completionP95)} ms${verdict(r.completionP95 <= TARGETS.completionP95)}`,
  ],
  [
    'answers for older text / hover right after open',
    (r) =>
      `${r.answersForOlderText} / ${r.hoverRightAfterOpen ? 'yes' : 'no'}${verdict(r.answersForOlderText === 0 && r.hoverRightAfterOpen)}`,
  ],
  [
    'server peak memory',
    (r) =>
      `${Math.round(r.peakMemoryMb)} MB${r.files <= 1000 ? verdict(r.peakMemoryMb <= TARGETS.memoryAt1000) : verdict(r.peakMemoryMb <= TARGETS.memoryAt10000)}`,
  ],
  [
    'CLI lint (json)',
    (r) =>
      `${Math.round(r.cliMs)} ms = ${round(r.cliMs / r.floorMs)}× floor, ${Math.round(r.cliMb)} MB${verdict(r.files >= 10000 ? r.cliMs <= TARGETS.spawnAt10000Ms : r.cliMs / r.floorMs <= TARGETS.cliRatio)}`,
  ],
  [
    'CLI lint, first run (empty code cache)',
    (r) => `${Math.round(r.cliFirstMs)} ms = ${round(r.cliFirstMs / r.floorMs)}× floor`,
  ],
];
console.log(
  `\nkraft-config language server through the protocol — ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, node ${machine.node}\n`,
);
console.log(`| measure | ${results.map((r) => `${r.files} files`).join(' | ')} |`);
console.log(`|---|${results.map(() => '---').join('|')}|`);
for (const [name, cell] of rows.slice(1)) console.log(`| ${name} | ${results.map(cell).join(' | ')} |`);
console.log(`\nclient bundle: ${Math.round(client.kb)} KB, loads in ${round(client.ms)} ms`);
console.log(
  `targets: spawn ≤ ${TARGETS.spawnRatio}× floor (≤ ${TARGETS.spawnAt10000Ms / 1000} s at 10,000 files), edit p95 ≤ ${TARGETS.editP95} ms, hover/completion p95 ≤ ${TARGETS.hoverP95} ms, memory ≤ ${TARGETS.memoryAt1000} MB at 1,000 files and ≤ ${TARGETS.memoryAt10000} MB at 10,000, CLI ≤ ${TARGETS.cliRatio}× floor (the issue measured it at 1,000 files; at 10,000 it is held to the server's ≤ ${TARGETS.spawnAt10000Ms / 1000} s, as it does the same work)`,
);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(
  outFile,
  JSON.stringify({ date: new Date().toISOString(), machine, targets: TARGETS, results, client }, null, 2) + '\n',
);
console.log(`written to ${path.relative(REPO, outFile)}`);
fs.rmSync(codeCacheRoot, { recursive: true, force: true });
// The smoke run checks that every measure can be taken and is correct, never the timings.
if (results.some((r) => !r.hoverRightAfterOpen || r.answersForOlderText > 0) && smoke) process.exitCode = 1;
