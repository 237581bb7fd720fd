#!/usr/bin/env node
// npm run test:kafka — the real-Kafka oracle end to end:
//   1. fetch Kafka from Maven Central into .cache/kafka/<version>/libs (idempotent) and compile the harness,
//   2. the differential test (Kafka's verdict vs our CLI on every corpus file, per Kafka version),
//   3. the cluster scenarios (real Kafka processes on 127.0.0.1).
// Java 17+ and Maven are installed first when missing and allowed (scripts/system-deps.mjs); otherwise the suite
// fails with the command that installs them. It is never skipped.
//   node scripts/kafka-test.mjs [--no-clusters] [--no-differential]
import { spawnSync } from 'node:child_process';
import { ROOT, javaMissing, kafkaVersions, failMissing, which } from './kafka-lib.mjs';
import { fetchKafka } from './kafka-fetch.mjs';
import { requireSystemDeps } from './system-deps.mjs';

const args = process.argv.slice(2);
await requireSystemDeps(['java', 'maven'], 'The real-Kafka suite');
const missing = javaMissing() ?? (which('mvn') ? null : 'mvn not found on PATH');
if (missing) failMissing(missing);
const t0 = Date.now();
const step = (name, cmd, cmdArgs, expected) => {
  const t = Date.now();
  console.log(`\n=== ${name} (usually ${expected})`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${secs} s`);
  return r.status === 0;
};
console.log('=== fetch Kafka');
fetchKafka(kafkaVersions());
let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);
if (!args.includes('--no-differential'))
  count(step('differential', process.execPath, ['test/kafka/differential.mjs'], '3-10 min'));
if (!args.includes('--no-clusters')) count(step('clusters', process.execPath, ['test/kafka/cluster.mjs'], '3-8 min'));
console.log(`\nkafka oracle: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
