// Runs mocha inside the extension host and records the outcome of every test in the file named by
// env KRAFT_VSCODE_RESULTS (read by scripts/vscode-test.mjs; the extension host's own stdout does
// not reach the runner under code-server).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface TestRecord {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

export function runMocha(dir: string, options: { timeout?: number; grep?: string } = {}): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: options.timeout ?? 60_000, reporter: 'spec' });
  if (options.grep) mocha.grep(new RegExp(options.grep));
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));
  const records: TestRecord[] = [];
  const write = () => {
    const file = process.env.KRAFT_VSCODE_RESULTS;
    if (file) fs.writeFileSync(file, JSON.stringify({ tests: records }, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write();
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
      runner.on('pass', (t) => {
        records.push({ fullTitle: t.fullTitle(), state: 'passed', duration: t.duration });
        write();
      });
      runner.on('fail', (t, err) => {
        records.push({
          fullTitle: t.fullTitle(),
          state: 'failed',
          duration: t.duration,
          error: String((err as Error)?.stack ?? err),
        });
        write();
      });
      runner.on('pending', (t) => {
        records.push({ fullTitle: t.fullTitle(), state: 'pending' });
        write();
      });
    } catch (e) {
      records.push({ fullTitle: 'loading the suite', state: 'failed', error: String((e as Error)?.stack ?? e) });
      write();
      reject(e);
    }
  });
}
