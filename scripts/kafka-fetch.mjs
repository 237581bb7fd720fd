#!/usr/bin/env node
// Fetches Apache Kafka's jars from Maven Central (only) into .cache/kafka/<version>/libs with
// `mvn dependency:copy-dependencies` (test/kafka/pom.xml), then compiles the verdict harness into
// .cache/kafka/<version>/harness. Idempotent: a version whose cache is complete for the current pom is skipped.
//
//   node scripts/kafka-fetch.mjs            # default versions (4.3.1, 4.0.2)
//   node scripts/kafka-fetch.mjs 4.1.2      # other versions
//   KAFKA_VERSIONS=4.3.1 node scripts/kafka-fetch.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  POM,
  ROOT,
  compileHarness,
  javaMissing,
  kafkaVersions,
  libsComplete,
  libsDir,
  markLibsComplete,
  rel,
  failMissing,
  which,
} from './kafka-lib.mjs';
import { requireSystemDeps } from './system-deps.mjs';

export function fetchKafka(versions, { quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  for (const v of versions) {
    if (!/^\d+\.\d+\.\d+$/.test(v)) throw new Error(`not a Kafka release version: ${v}`);
    const t0 = Date.now();
    if (libsComplete(v)) {
      log(`kafka ${v}: ${rel(libsDir(v))} is complete, skipping download`);
    } else {
      if (!which('mvn')) throw new Error('mvn not found on PATH (Maven is needed to fetch Kafka from Maven Central)');
      fs.rmSync(libsDir(v), { recursive: true, force: true });
      fs.mkdirSync(libsDir(v), { recursive: true });
      log(
        `kafka ${v}: fetching org.apache.kafka:kafka_2.13:${v} and dependencies from Maven Central (first time only; usually 1-3 min, about 100 MB) ...`,
      );
      const r = spawnSync(
        'mvn',
        [
          '-q',
          '-B',
          '-Dstyle.color=never',
          '-f',
          POM,
          `-Dkafka.version=${v}`,
          `-Dkafka.libs=${libsDir(v)}`,
          'dependency:copy-dependencies',
        ],
        { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' },
      );
      if (r.status !== 0)
        throw new Error(`mvn failed for Kafka ${v} (exit ${r.status})\n${r.stdout ?? ''}${r.stderr ?? ''}`);
      const jars = fs.readdirSync(libsDir(v)).filter((f) => f.endsWith('.jar'));
      if (!jars.includes(`kafka_2.13-${v}.jar`)) throw new Error(`kafka_2.13-${v}.jar missing after mvn`);
      markLibsComplete(v);
      log(`kafka ${v}: ${jars.length} jars in ${rel(libsDir(v))} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    compileHarness(v);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await requireSystemDeps(['java', 'maven'], 'Fetching Kafka');
  const missing = javaMissing() ?? (which('mvn') ? null : 'mvn not found on PATH');
  if (missing) failMissing(missing);
  const versions = process.argv.slice(2).length ? process.argv.slice(2) : kafkaVersions();
  try {
    fetchKafka(versions);
  } catch (e) {
    console.error(String(e.message ?? e));
    process.exit(1);
  }
}
