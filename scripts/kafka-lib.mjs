// Shared helpers for the real-Kafka oracle (scripts/kafka-*.mjs, test/kafka/*.mjs).
// Paths are relative to the repository root; nothing here contacts any host except Maven Central through mvn.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installCommand } from './system-deps.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const KAFKA_DIR = path.join(ROOT, 'test', 'kafka');
export const POM = path.join(KAFKA_DIR, 'pom.xml');
export const HARNESS_SRC = path.join(KAFKA_DIR, 'harness', 'KafkaVerdict.java');
export const CLUSTER_CLIENT_SRC = path.join(KAFKA_DIR, 'harness', 'ClusterClient.java');

/** Kafka releases the oracle runs: newest 4.3.x and an older 4.x. Override with KAFKA_VERSIONS=4.3.1,4.0.2. */
export const DEFAULT_VERSIONS = ['4.3.1', '4.0.2'];
export function kafkaVersions() {
  const env = process.env.KAFKA_VERSIONS;
  return env
    ? env
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : DEFAULT_VERSIONS;
}
/** "4.3.1" -> "4.3" (what our CLI's --kafka-version takes). */
export const majorMinor = (v) => v.split('.').slice(0, 2).join('.');

export const cacheDir = (v) => path.join(ROOT, '.cache', 'kafka', v);
export const libsDir = (v) => path.join(cacheDir(v), 'libs');
export const harnessDir = (v) => path.join(cacheDir(v), 'harness');
export const classpath = (v, extra = []) => [...extra, path.join(libsDir(v), '*')].join(path.delimiter);

export const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');

export function which(cmd) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : null;
}

/** Is Java (java + javac) usable? Returns null when fine, otherwise a reason. */
export function javaMissing() {
  for (const cmd of ['java', 'javac']) {
    if (!which(cmd)) return `${cmd} not found on PATH`;
  }
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.status !== 0) return `java -version failed: ${r.stderr}`;
  const m = /version "(\d+)/.exec(r.stderr);
  if (m && Number(m[1]) < 17) return `Kafka 4.x needs Java 17+, found ${m[1]}`;
  return null;
}

/**
 * When Java (or Maven) is missing: a failure naming the command that installs them. The suite is never skipped
 * silently; `npm test` and `npm run test:kafka` install them first when they may (scripts/system-deps.mjs).
 */
export function failMissing(reason) {
  console.error(`kafka oracle: ${reason}. Install Java 17+ and Maven:\n  ${installCommand(['java', 'maven'])}`);
  process.exit(1);
}

export function sha(...parts) {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
}

export function listFilesRec(dir, filter = () => true) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...listFilesRec(p, filter));
    else if (filter(p)) out.push(p);
  }
  return out;
}

/** Run a command, resolve {code, stdout, stderr}. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Compile test/kafka/harness/*.java for one Kafka version into .cache/kafka/<v>/harness (skips when up to date). */
export function compileHarness(v) {
  const sources = [HARNESS_SRC, CLUSTER_CLIENT_SRC].filter((p) => fs.existsSync(p));
  const stamp = path.join(harnessDir(v), '.stamp');
  const want = sha(...sources.map((p) => fs.readFileSync(p)), v);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  fs.rmSync(harnessDir(v), { recursive: true, force: true });
  fs.mkdirSync(harnessDir(v), { recursive: true });
  const r = spawnSync(
    'javac',
    ['-nowarn', '-encoding', 'UTF-8', '-cp', classpath(v), '-d', harnessDir(v), ...sources],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`javac failed for Kafka ${v}:\n${r.stdout}${r.stderr}`);
  fs.writeFileSync(stamp, want);
}

/** Is .cache/kafka/<v>/libs complete for the current pom? */
export function libsComplete(v) {
  const marker = path.join(libsDir(v), '.complete');
  if (!fs.existsSync(marker)) return false;
  return fs.readFileSync(marker, 'utf8').trim() === sha(fs.readFileSync(POM), v);
}

export function markLibsComplete(v) {
  fs.writeFileSync(path.join(libsDir(v), '.complete'), sha(fs.readFileSync(POM), v) + '\n');
}
