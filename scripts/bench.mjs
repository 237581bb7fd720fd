// npm run bench: speed and memory of the engine on large workspaces, checked against targets.
// Run after `npm run build`. Prints a table and exits 1 when a target is missed.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { lintWorkspace, analyzeWorkspace, lintAnalyzed, WorkspaceLinter } = require('../out/server/src/engine/index.js');
const { parseProperties } = require('../out/server/src/engine/parser/properties.js');
const { hover } = require('../out/server/src/engine/features/hover.js');
const { complete } = require('../out/server/src/engine/features/completion.js');

const seedDir = 'examples/cluster-correct';
const seed = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.properties')) seed.push({ uri: full, text: readFileSync(full, 'utf8') });
  }
};
walk(seedDir);

/** `clusters` copies of the seed cluster, each on its own hosts, as one workspace. */
function workspace(clusters) {
  const files = [];
  for (let c = 0; c < clusters; c++) {
    for (const file of seed) {
      files.push({ uri: `bench/cluster-${c}/${file.uri}`, text: file.text.replaceAll('192.168.40.', `10.${c % 250}.${Math.floor(c / 250)}.`) });
    }
  }
  return files;
}

function time(fn, repeat = 5) {
  fn();
  const samples = [];
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const results = [];
const check = (name, value, target, unit = 'ms') => results.push({ name, value, target, unit, ok: value <= target });

const small = workspace(1);
check('lint the seed cluster (6 files)', time(() => lintWorkspace(small)), 20);
const large = workspace(100);
check('lint 100 clusters (600 files)', time(() => lintWorkspace(large), 3), 1500);
const analyzed = analyzeWorkspace(large);
const target = large[3].uri;
check('hover in a 600-file workspace', time(() => hover(analyzed, target, { line: 2, character: 3 })), 20);
check('completion in a 600-file workspace', time(() => complete(analyzed, target, { line: 20, character: 0 })), 50);
const linter = new WorkspaceLinter();
linter.lint(large);
let edits = 0;
check('editor re-lint after a keystroke (600 files)', time(() => {
  const edited = large.map((file, i) => (i === 7 ? { ...file, text: file.text + `# edit ${edits++}\n` } : file));
  linter.lint(edited);
}, 5), 100);
const huge = Array.from({ length: 100000 }, (_, i) => `custom.key.${i}=value-${i}`).join('\n');
check(`parse a ${(huge.length / 1e6).toFixed(1)} MB file`, time(() => parseProperties(huge), 3), 1500);
check('lint that file (100k unknown keys)', time(() => lintWorkspace([{ uri: 'huge.properties', text: 'process.roles=broker\n' + huge }]), 1), 15000);
global.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = analyzeWorkspace(workspace(300));
const heap = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
check('heap for 1800 analysed files', heap, 256, 'MB');
void kept;

console.log('| measurement | result | target |');
console.log('|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.value.toFixed(1)} ${r.unit} | ≤ ${r.target} ${r.unit} ${r.ok ? '✔' : '✖'} |`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
