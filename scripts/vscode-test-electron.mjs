#!/usr/bin/env node
// Runs the same in-editor suite (out/test/vscode/suite) in desktop VS Code via @vscode/test-electron.
// Not used in CI here: without VS Code installed, @vscode/test-electron downloads it. Point it at an
// installed VS Code with env VSCODE_EXECUTABLE_PATH (or --vscodeExecutablePath <path>), e.g.
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code node scripts/vscode-test-electron.mjs
// On a headless Linux box run it under xvfb-run. Screenshot tests are skipped (no runner to take them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './vscode-install.mjs';

const argv = process.argv.slice(2);
const i = argv.indexOf('--vscodeExecutablePath');
const vscodeExecutablePath =
  (i >= 0 ? argv[i + 1] : undefined) ?? process.env.VSCODE_EXECUTABLE_PATH ?? process.env.vscodeExecutablePath;

const { runTests } = await import('@vscode/test-electron');
const extensionTestsPath = path.join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
if (!fs.existsSync(extensionTestsPath)) {
  console.error('out/test/vscode/suite/index.js missing: run `npm run build` first');
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
const userDataDir = path.join(tmp, 'user-data');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDataDir, 'User', 'settings.json'),
  JSON.stringify({
    'editor.wordBasedSuggestions': 'off',
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
  }),
);
const resultsFile = path.join(tmp, 'results.json');
let code = 1;
try {
  code = await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      userDataDir,
    ],
    extensionTestsEnv: {
      KRAFT_VSCODE_RESULTS: resultsFile,
      KRAFT_VSCODE_SCREENSHOTS: '0',
      KRAFT_VSCODE_GREP: process.env.KRAFT_VSCODE_GREP ?? '',
    },
  });
} catch (e) {
  console.error('[vscode-test-electron]', e?.message ?? e);
} finally {
  if (fs.existsSync(resultsFile)) {
    const { tests } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    const n = (s) => tests.filter((t) => t.state === s).length;
    console.log(
      `\nvscode-electron: ${n('passed')} passed, ${n('failed')} failed${n('pending') ? `, ${n('pending')} skipped` : ''}`,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
