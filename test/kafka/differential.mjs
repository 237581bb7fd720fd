#!/usr/bin/env node
// Differential test: Apache Kafka's own verdict versus our CLI, on every corpus file, per Kafka version.
//
//   node test/kafka/differential.mjs                 # fetch (if needed), run Kafka + our CLI, write REPORT.md
//   node test/kafka/differential.mjs --kafka-only    # only Kafka (checks the corpus' "# expect:" lines)
//   node test/kafka/differential.mjs --recorded      # use test/kafka/verdicts/<v>.jsonl instead of running Java
//   KAFKA_VERSIONS=4.3.1 node test/kafka/differential.mjs
//   --batch: lint many files per CLI process (fast, but the CLI then applies cross-file cluster rules)
//   KRAFT_CLI=path/to/cli.js: another build of our CLI
//
// Rules: Kafka rejects => our CLI must report at least one `error`; Kafka accepts => our CLI must report no `error`.
// Exit status: 0 when everything agrees, 1 on any disagreement (or expectation drift), 2 on a harness failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  KAFKA_DIR,
  ROOT,
  classpath,
  harnessDir,
  javaMissing,
  kafkaVersions,
  listFilesRec,
  majorMinor,
  rel,
  run,
  failMissing,
} from '../../scripts/kafka-lib.mjs';
import { fetchKafka } from '../../scripts/kafka-fetch.mjs';

const args = process.argv.slice(2);
const KAFKA_ONLY = args.includes('--kafka-only');
const RECORDED = args.includes('--recorded');
const CLI = process.env.KRAFT_CLI ? path.resolve(process.env.KRAFT_CLI) : path.join(ROOT, 'server', 'out', 'cli.js');
const VERDICTS_DIR = path.join(KAFKA_DIR, 'verdicts');
const REPORT = path.join(KAFKA_DIR, 'REPORT.md');

/** Every corpus file: test/kafka/corpus/**, the examples/ and the real-world fixtures that set process.roles. */
export function corpusFiles() {
  const props = (p) => p.endsWith('.properties');
  const own = [
    ...listFilesRec(path.join(KAFKA_DIR, 'corpus'), props),
    ...listFilesRec(path.join(ROOT, 'examples'), props),
  ];
  const real = listFilesRec(path.join(ROOT, 'test', 'fixtures', 'real-world'), props).filter((p) =>
    /^\s*process\.roles\s*[=:\s]/m.test(fs.readFileSync(p, 'latin1')),
  );
  return [...own, ...real].map(rel);
}

/** "# expect: accepted" or "# expect: 4.0=accepted 4.3=rejected" -> verdict for a version, or null. */
function expectation(file, version) {
  const m = /^# expect: (.+)$/m.exec(fs.readFileSync(path.join(ROOT, file), 'latin1'));
  if (!m) return null;
  const spec = m[1].trim();
  if (!spec.includes('=')) return spec === '?' ? null : spec;
  const per = Object.fromEntries(spec.split(/\s+/).map((s) => s.split('=')));
  return per[majorMinor(version)] ?? null;
}

async function kafkaVerdicts(version, files) {
  if (RECORDED) {
    const f = path.join(VERDICTS_DIR, `${version}.jsonl`);
    if (!fs.existsSync(f)) throw new Error(`no recorded verdicts for ${version}: ${rel(f)}`);
    const map = new Map(
      fs
        .readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((r) => [r.file, r]),
    );
    return map;
  }
  const list = path.join(ROOT, '.cache', 'kafka', version, 'corpus-files.txt');
  fs.writeFileSync(list, files.join('\n') + '\n');
  const r = await run('java', [
    '-Xmx256m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    `-Dlog4j2.configurationFile=${path.join(KAFKA_DIR, 'log4j2-verdict.properties')}`,
    '-cp',
    classpath(version, [harnessDir(version)]),
    'KafkaVerdict',
    `@${list}`,
  ]);
  if (r.code !== 0) throw new Error(`Kafka ${version} harness failed (exit ${r.code}):\n${r.stderr.slice(-4000)}`);
  const map = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const v = JSON.parse(line);
    map.set(v.file, v);
  }
  const missing = files.filter((f) => !map.has(f));
  if (missing.length)
    throw new Error(`Kafka ${version} harness gave no verdict for ${missing.length} files, e.g. ${missing[0]}`);
  fs.mkdirSync(VERDICTS_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(VERDICTS_DIR, `${version}.jsonl`),
    files.map((f) => JSON.stringify(map.get(f))).join('\n') + '\n',
  );
  return map;
}

/**
 * Our CLI on every file; returns Map(file -> diagnostics[]).
 * Kafka judges one node at a time, but `kraft-config lint a b c` treats the files it is given as one workspace and
 * groups nodes that name the same controllers into clusters (cross-file rules such as duplicate-node-id then fire).
 * So each file is linted in a CLI process of its own (a small pool runs them in parallel). `--batch` lints
 * BATCH files per process instead: faster, but cross-file findings can then appear.
 */
async function ourDiagnostics(version, files) {
  const out = new Map();
  const batchMode = args.includes('--batch');
  const BATCH = batchMode ? 150 : 1;
  const batches = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  // A failed run is retried twice: the CLI bundle may be rewritten by a concurrent `npm run build`.
  const lintBatch = async (batch, attempt = 1) => {
    const r = await run(process.execPath, [
      CLI,
      'lint',
      '--format',
      'json',
      '--kafka-version',
      majorMinor(version),
      ...batch,
    ]);
    let problem = null;
    let json;
    if (r.code !== 0 && r.code !== 1)
      problem = `our CLI exited ${r.code} (signal ${r.signal}) on ${batch[0]}:\n${r.stderr.slice(-4000)}`;
    else {
      try {
        json = JSON.parse(r.stdout);
      } catch (e) {
        problem = `our CLI printed no JSON for ${batch[0]} (${e.message}):\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(-2000)}`;
      }
    }
    if (problem) {
      if (attempt >= 3) throw new Error(problem);
      await new Promise((res) => setTimeout(res, 3000));
      return lintBatch(batch, attempt + 1);
    }
    for (const f of json.files ?? []) out.set(rel(path.resolve(ROOT, f.path)), f.diagnostics ?? []);
  };
  const queue = [...batches];
  const workers = Math.max(2, Math.min(4, os.cpus().length + 1));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (queue.length) await lintBatch(queue.shift());
    }),
  );
  const missing = files.filter((f) => !out.has(f));
  if (missing.length) throw new Error(`our CLI reported nothing for ${missing.length} files, e.g. ${missing[0]}`);
  return out;
}

/** "# oracle: skip <reason>": a difference no static linter can avoid (e.g. whether a class is on the classpath). */
function oracleSkip(file) {
  const m = /^# oracle: skip (.+)$/m.exec(fs.readFileSync(path.join(ROOT, file), 'latin1'));
  return m ? m[1].trim() : null;
}

/**
 * "# kafka-warns: <code> /<regex>/": Kafka decides a warning of ours. Where Kafka logs a WARN matching the regex we
 * must report <code> (not as an error: Kafka accepted the file). Where it logs none, nothing is required of us.
 */
function kafkaWarns(file) {
  const m = /^# kafka-warns: (\S+) \/(.+)\/$/m.exec(fs.readFileSync(path.join(ROOT, file), 'latin1'));
  return m ? { code: m[1], pattern: new RegExp(m[2]) } : null;
}

const fmtDiag = (d) => `${d.code ?? '?'} (line ${(d.range?.start?.line ?? -1) + 1}): ${d.message}`;

function kind(message) {
  return message
    .replace(/^[\w.$]+: /, '')
    .replace(/'[^']*'|`[^`]*`|\[[^\]]*\]/g, '…')
    .replace(/\d+/g, 'N')
    .slice(0, 110);
}

async function main() {
  const missing = RECORDED ? null : javaMissing();
  if (missing) {
    failMissing(missing);
    return 0;
  }
  const versions = kafkaVersions();
  if (!RECORDED) fetchKafka(versions, { quiet: true });
  const files = corpusFiles();
  const cliAvailable = !KAFKA_ONLY && fs.existsSync(CLI);
  if (!KAFKA_ONLY && !cliAvailable)
    console.log(`note: ${rel(CLI)} not found (run npm run build); comparing Kafka with the corpus expectations only.`);

  const t0 = Date.now();
  const kafka = await Promise.all(versions.map((v) => kafkaVerdicts(v, files)));
  const tKafka = Date.now() - t0;
  const results = [];
  let failures = 0;
  for (const [i, v] of versions.entries()) {
    const verdicts = kafka[i];
    const drift = [];
    for (const f of files) {
      const exp = expectation(f, v);
      if (exp && exp !== verdicts.get(f).verdict) drift.push({ file: f, expected: exp, kafka: verdicts.get(f) });
    }
    let ours = null;
    const t1 = Date.now();
    if (cliAvailable) ours = await ourDiagnostics(v, files);
    const tOurs = Date.now() - t1;
    const dis = [];
    const skipped = [];
    const warnDis = [];
    let agree = 0;
    if (ours) {
      for (const f of files) {
        const spec = kafkaWarns(f);
        if (!spec) continue;
        const kafkaWarned = (verdicts.get(f).warnings ?? []).some((line) => spec.pattern.test(line));
        const weWarn = ours.get(f).some((d) => d.code === spec.code && d.severity !== 'error');
        if (kafkaWarned && !weWarn) warnDis.push({ file: f, code: spec.code, kafkaWarned, weWarn });
      }
      for (const f of files) {
        const k = verdicts.get(f);
        const errors = ours.get(f).filter((d) => d.severity === 'error');
        const weReject = errors.length > 0;
        if ((k.verdict === 'rejected') === weReject) agree++;
        else if (oracleSkip(f)) skipped.push({ file: f, kafka: k, errors, reason: oracleSkip(f) });
        else dis.push({ file: f, kafka: k, errors, others: ours.get(f).filter((d) => d.severity !== 'error') });
      }
    }
    failures += dis.length + drift.length + warnDis.length;
    results.push({ version: v, verdicts, drift, dis, skipped, agree, ours, tOurs, warnDis });
  }

  // ---- console output
  for (const r of results) {
    const acc = files.filter((f) => r.verdicts.get(f).verdict === 'accepted').length;
    console.log(`\nKafka ${r.version}: ${files.length} files, Kafka accepts ${acc}, rejects ${files.length - acc}`);
    for (const d of r.drift)
      console.log(
        `  EXPECTATION DRIFT ${d.file}: corpus says ${d.expected}, Kafka ${d.kafka.verdict} ${d.kafka.message}`,
      );
    if (!r.ours) continue;
    console.log(
      `  agreement with our CLI (--kafka-version ${majorMinor(r.version)}): ${r.agree}/${files.length}${r.skipped.length ? ` (+${r.skipped.length} known differences, see REPORT.md)` : ''}`,
    );
    for (const d of r.warnDis)
      console.log(
        `  WARNING DISAGREES ${d.file}: Kafka ${d.kafkaWarned ? 'warns' : 'does not warn'}, we ${d.weWarn ? 'report' : 'do not report'} ${d.code}`,
      );
    for (const d of r.dis) {
      console.log(`  DISAGREE ${d.file}`);
      console.log(`    Kafka ${r.version}: ${d.kafka.verdict}${d.kafka.message ? ` — ${d.kafka.message}` : ''}`);
      console.log(`    ours: ${d.errors.length ? d.errors.map(fmtDiag).join('\n          ') : 'no error'}`);
    }
  }

  // ---- REPORT.md
  const L = [];
  L.push('# Real-Kafka differential report', '');
  L.push('Generated by `node test/kafka/differential.mjs` (see test/kafka/README.md). Do not edit by hand.', '');
  L.push(
    `Corpus: ${files.length} files (${files.filter((f) => f.includes('/corpus/hand/')).length} hand-written, ` +
      `${files.filter((f) => f.includes('/corpus/generated/')).length} generated, ${files.filter((f) => f.includes('/corpus/base/')).length} base, ` +
      `${files.filter((f) => f.includes('fixtures/real-world')).length} real-world, ${files.filter((f) => f.startsWith('examples/')).length} examples).`,
    '',
  );
  L.push(
    '| Kafka | Kafka accepts | Kafka rejects | expectation drift | our CLI agrees | Kafka rejects, we do not | Kafka accepts, we error |',
  );
  L.push('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const acc = files.filter((f) => r.verdicts.get(f).verdict === 'accepted').length;
    const missed = r.dis.filter((d) => d.kafka.verdict === 'rejected').length;
    L.push(
      `| ${r.version} | ${acc} | ${files.length - acc} | ${r.drift.length} | ${r.ours ? `${r.agree}/${files.length} (${((100 * r.agree) / files.length).toFixed(1)} %)` : 'CLI not run'} | ${r.ours ? missed : '–'} | ${r.ours ? r.dis.length - missed : '–'} |`,
    );
  }
  L.push('');
  for (const r of results) {
    if (r.drift.length) {
      L.push(`## Kafka ${r.version}: corpus expectations that Kafka contradicts`, '');
      for (const d of r.drift)
        L.push(
          `- \`${d.file}\`: expected ${d.expected}, Kafka ${d.kafka.verdict} — ${d.kafka.message || '(no message)'}`,
        );
      L.push('');
    }
    if (!r.ours) continue;
    if (r.skipped.length) {
      L.push(`## Kafka ${r.version}: known differences, not counted (files marked \`# oracle: skip\`)`, '');
      for (const d of r.skipped)
        L.push(
          `- \`${d.file}\`: Kafka ${d.kafka.verdict}${d.kafka.message ? ` — \`${d.kafka.message.replace(/`/g, "'")}\`` : ''}; ours: ${d.errors.length ? 'error' : 'no error'} (${d.reason})`,
        );
      L.push('');
    }
    const warned = files.filter((f) => kafkaWarns(f)).length;
    if (warned) {
      L.push(`## Kafka ${r.version}: warnings Kafka decides (${warned - r.warnDis.length}/${warned} agree)`, '');
      for (const d of r.warnDis)
        L.push(
          `- \`${d.file}\`: Kafka ${d.kafkaWarned ? 'logs the WARN' : 'logs no such WARN'}, we ${d.weWarn ? 'report' : 'do not report'} \`${d.code}\``,
        );
      L.push('');
    }
    L.push(
      `## Kafka ${r.version}: disagreements with \`kraft-config lint --kafka-version ${majorMinor(r.version)}\` (${r.dis.length})`,
      '',
    );
    if (!r.dis.length) L.push('None.', '');
    const groups = new Map();
    for (const d of r.dis) {
      const key = `${d.kafka.verdict === 'rejected' ? 'Kafka rejects, we report no error' : 'Kafka accepts, we report an error'}: ${d.kafka.verdict === 'rejected' ? kind(d.kafka.message) : kind(d.errors[0]?.code ?? '')}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(d);
    }
    for (const [key, ds] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      L.push(`### ${key} (${ds.length})`, '');
      for (const d of ds) {
        L.push(`- \`${d.file}\``);
        L.push(`  - Kafka: ${d.kafka.verdict}${d.kafka.message ? ` — \`${d.kafka.message.replace(/`/g, "'")}\`` : ''}`);
        L.push(
          `  - ours: ${d.errors.length ? d.errors.map((e) => `\`${fmtDiag(e).replace(/`/g, "'")}\``).join('; ') : 'no error'}${d.others.length ? ` (also ${d.others.length} warning/info)` : ''}`,
        );
      }
      L.push('');
    }
  }
  fs.writeFileSync(REPORT, L.join('\n'));
  console.log(`\nKafka verdicts in ${(tKafka / 1000).toFixed(1)} s; wrote ${rel(REPORT)}`);
  console.log(
    `differential: ${results.map((r) => `${r.version}: ${r.ours ? `${r.agree}/${files.length} agree` : 'Kafka only'}, ${r.drift.length} drift`).join('; ')}`,
  );
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`differential: ${e.stack ?? e}`);
    process.exit(2);
  },
);
