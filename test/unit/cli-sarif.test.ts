// `kraft-config lint --format sarif` read as a SARIF consumer (GitHub code scanning) reads it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';
import { REPO } from '../support/engine';
import { removeTempDirs, runCli, tempDir } from '../support/cli';

// Two broker+controller nodes that share node.id 1 (a finding with a related location in the other file), and a
// non-numeric num.io.threads whose value holds a character outside the BMP (two UTF-16 units, one code point).
const node = (host: string) =>
  [
    'process.roles=broker,controller',
    'node.id=1',
    'controller.quorum.voters=1@a:9093,2@b:9093',
    'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
    `advertised.listeners=PLAINTEXT://${host}:9092`,
    'controller.listener.names=CONTROLLER',
    'log.dirs=/var/kafka',
    'num.io.threads=m\u{1F600}ny',
    '',
  ].join('\n');

function lintSarif(dir: string): Sarif.Run {
  const result = runCli(['lint', '--format', 'sarif', '.'], dir);
  assert.equal(result.status, 1, result.stderr);
  const log = JSON.parse(result.stdout) as Sarif.Log;
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  return log.runs[0];
}

/** The text a SARIF region covers, read with UTF-16 columns as the run declares. */
function regionText(root: string, location: Sarif.PhysicalLocation): string {
  const file = path.join(root, decodeURIComponent(location.artifactLocation!.uri!));
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const { startLine, startColumn, endLine, endColumn } = location.region!;
  assert.equal(startLine, endLine, 'these findings stay on one line');
  return lines[startLine! - 1].slice(startColumn! - 1, endColumn! - 1);
}

describe('CLI: SARIF output', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('describes every rule, locates findings 1-based in UTF-16 columns, relates nodes, keeps fingerprints when lines shift', () => {
    const dir = tempDir();
    for (const host of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, host));
      fs.writeFileSync(path.join(dir, host, 'server.properties'), node(host));
    }
    const run = lintSarif(dir);
    const driver = run.tool.driver;
    assert.equal(driver.name, 'kraft-config');
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(driver.version, manifest.version);
    assert.equal(run.columnKind, 'utf16CodeUnits');

    // Every rule of docs/rules.md is described, with a helpUri to its own heading there.
    const headings = new Set(
      [...fs.readFileSync(path.join(REPO, 'docs/rules.md'), 'utf8').matchAll(/^## (\S+)$/gm)].map((match) => match[1]),
    );
    const rules = driver.rules ?? [];
    const documented = rules.filter((rule) => headings.has(rule.id));
    assert.equal(documented.length, headings.size);
    for (const rule of documented) {
      assert.equal(rule.helpUri, `${manifest.repository.url}/blob/main/docs/rules.md#${rule.id}`);
      assert.ok(rule.shortDescription?.text && rule.fullDescription?.text, rule.id);
      assert.match(rule.defaultConfiguration?.level ?? '', /^(error|warning|note)$/);
    }
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length, 'one descriptor per rule');

    // Paths are relative to SRCROOT, which is the folder the CLI ran in.
    const root = fileURLToPath(run.originalUriBaseIds!.SRCROOT.uri!);
    assert.equal(fs.realpathSync(root), fs.realpathSync(dir));
    const results = run.results ?? [];
    assert.ok(results.length >= 4);
    for (const result of results) {
      assert.equal(rules[result.ruleIndex!].id, result.ruleId);
      const location = result.locations![0].physicalLocation!;
      assert.equal(location.artifactLocation!.uriBaseId, 'SRCROOT');
      assert.ok(location.region!.startLine! >= 1 && location.region!.startColumn! >= 1);
      assert.ok(result.partialFingerprints && Object.keys(result.partialFingerprints).length === 1);
    }

    const invalid = results.filter((result) => result.ruleId === 'invalid-value');
    assert.equal(invalid.length, 2);
    for (const result of invalid) {
      const location = result.locations![0].physicalLocation!;
      assert.equal(regionText(root, location), 'm\u{1F600}ny');
      assert.deepEqual(location.region, { startLine: 8, startColumn: 16, endLine: 8, endColumn: 21 });
    }

    const duplicate = results.find(
      (result) =>
        result.ruleId === 'duplicate-node-id' &&
        result.locations![0].physicalLocation!.artifactLocation!.uri === 'a/server.properties',
    )!;
    assert.equal(regionText(root, duplicate.locations![0].physicalLocation!), '1');
    const related = duplicate.relatedLocations ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].physicalLocation!.artifactLocation!.uri, 'b/server.properties');
    assert.equal(regionText(root, related[0].physicalLocation!), '1');
    assert.ok(related[0].message?.text);
    // The quick fix travels as a SARIF fix: a replacement of the id in this file.
    const replacement = duplicate.fixes![0].artifactChanges[0].replacements[0];
    assert.equal(
      regionText(root, { artifactLocation: { uri: 'a/server.properties' }, region: replacement.deletedRegion }),
      '1',
    );
    assert.match(replacement.insertedContent!.text!, /^\d+$/);

    // A comment line added at the top moves a's findings one line down and changes no fingerprint.
    const before = new Map(results.map((result) => [JSON.stringify(result.partialFingerprints), result]));
    const file = path.join(dir, 'a', 'server.properties');
    fs.writeFileSync(file, `# moved down\n${fs.readFileSync(file, 'utf8')}`);
    const after = lintSarif(dir).results ?? [];
    assert.equal(after.length, results.length);
    for (const result of after) {
      const earlier = before.get(JSON.stringify(result.partialFingerprints));
      assert.ok(earlier, `fingerprint of ${result.ruleId} kept`);
      const uri = result.locations![0].physicalLocation!.artifactLocation!.uri;
      const shift = uri === 'a/server.properties' ? 1 : 0;
      assert.equal(
        result.locations![0].physicalLocation!.region!.startLine,
        earlier.locations![0].physicalLocation!.region!.startLine! + shift,
      );
    }
  });
});
