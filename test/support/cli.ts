// Runs the real CLI in a scratch folder, with a deadline so that a hang fails the test instead of stalling the suite.
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './engine';

const CLI = path.join(REPO, 'server/out/cli.js');

const created: string[] = [];

/** A scratch folder others may enter (tests run the CLI as nobody when they run as root); removed by `removeTempDirs`. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-robust-'));
  fs.chmodSync(dir, 0o755);
  created.push(dir);
  return dir;
}

/** Removes every scratch folder made so far (call it from an `after` hook). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function runCli(args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', KRAFT_LOCALE: 'en' },
    ...options,
  });
  assert.equal(result.error, undefined, `the CLI did not finish: ${result.error}`);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
