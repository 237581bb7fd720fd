#!/usr/bin/env node
// Runs the in-editor test suites (test/vscode/**) inside a real VS Code extension host:
// code-server (VS Code 1.100, installed from npm into .cache/code-server) driven by Debian's
// Chromium through playwright-core. Mocha runs in the extension host; the exit code comes back
// through window.codeAutomationExit. Only 127.0.0.1 on free ports is used.
//
//   node scripts/vscode-test.mjs               dev suite (extensionDevelopmentPath) + .vsix smoke test
//   node scripts/vscode-test.mjs --dev         only the dev suite
//   node scripts/vscode-test.mjs --vsix [file] only the .vsix smoke test (packages one if no file given)
//   --grep <re>           run only matching tests (dev suite)
//   --timeout <seconds>   per run (default 300)
//   --update-screenshots  also copy the screenshots to docs/images (or --screenshots <dir>, env
//                         SCREENSHOTS_DIR; env UPDATE_SCREENSHOTS=1 works too). `npm run screenshots`.
//   --no-screenshots      skip the screenshot tests
//   --headed              show the browser (needs a display)
//   --verbose             echo code-server and browser console output
//
// Needs `npm run build` first (bundles + out/test). Logs of each run (code-server, browser and
// extension-host console, results.json, screenshots; the workspace when it failed):
// test-results/vscode/<run>/.
//
// Screenshots: a test asks for one by writing <KRAFT_VSCODE_IPC>/<name>.request (JSON
// {name, selector?, click?, crop?, frameClick?, frameFocus?, keys?, noScreenshot?}); this runner clicks `click` if given, waits for the selector, saves <screenshots>/<name>.png and writes
// <name>.done, after which the test goes on (see test/vscode/suite/helpers.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { ensureCodeServer, findChromium, ROOT } from './vscode-install.mjs';
import { requireSystemDeps } from './system-deps.mjs';
import { startCodeServer, workbenchUrl, mkTemp, copyDir, writeUserSettings, installVsix } from './vscode-server.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : def;
};
const verbose = flag('--verbose');
const timeoutMs = Number(opt('--timeout', process.env.VSCODE_TEST_TIMEOUT ?? 300)) * 1000;
const resultsRoot = path.join(ROOT, 'test-results', 'vscode');
// Screenshots always land in test-results/vscode/<run>/; they replace docs/images/*.png only when asked
// (pixels differ slightly from run to run, so plain test runs must not dirty the tree).
const screenshotsDir =
  flag('--update-screenshots') || process.env.UPDATE_SCREENSHOTS === '1'
    ? path.resolve(ROOT, opt('--screenshots', process.env.SCREENSHOTS_DIR ?? 'docs/images'))
    : undefined;
const runDev = !flag('--vsix') || flag('--dev');
const runVsix = !flag('--dev') || flag('--vsix');

const say = (...a) => console.log('[vscode-test]', ...a);
const cleanups = new Set();
async function cleanupAll() {
  for (const fn of [...cleanups].reverse()) {
    try {
      await fn();
    } catch {
      /* best effort */
    }
    cleanups.delete(fn);
  }
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    await cleanupAll();
    process.exit(130);
  });
}

function requireFile(file, hint) {
  if (!fs.existsSync(file)) {
    console.error(`[vscode-test] missing ${path.relative(ROOT, file)}: ${hint}`);
    process.exit(2);
  }
}

/** One run: fresh code-server + browser, a temp copy of `workspace`, wait for the exit code. */
async function runInEditor({ name, workspace, extensionDevelopmentPath, extensionTestsPath, vsix, env = {} }) {
  const t0 = Date.now();
  const tmp = mkTemp(`kraft-vscode-${name}-`);
  const logDir = path.join(resultsRoot, name);
  fs.rmSync(logDir, { recursive: true, force: true });
  fs.mkdirSync(logDir, { recursive: true });
  const ws = copyDir(workspace, path.join(tmp, 'workspace'));
  const ipcDir = path.join(tmp, 'ipc');
  fs.mkdirSync(ipcDir);
  const resultsFile = path.join(tmp, 'results.json');
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  // Word-based suggestions would answer completion requests even without a language server.
  writeUserSettings(userDataDir, { 'editor.wordBasedSuggestions': 'off' });
  const browserLog = fs.createWriteStream(path.join(logDir, 'browser-console.log'));
  let server, browser, pollTimer, timeoutTimer;
  const stopAll = async () => {
    clearInterval(pollTimer);
    clearTimeout(timeoutTimer);
    if (browser) await browser.close().catch(() => {});
    browser = undefined;
    await server?.stop();
    browserLog.end();
  };
  cleanups.add(stopAll);
  let exitCode;
  let failure;
  try {
    if (vsix) {
      const out = installVsix(vsix, { userDataDir, extensionsDir });
      say(`${name}: installed ${path.basename(vsix)} (${out.split('\n').pop()})`);
    }
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      logFile: path.join(logDir, 'code-server.log'),
      echo: verbose,
      env: {
        KRAFT_VSCODE_IPC: ipcDir,
        KRAFT_VSCODE_RESULTS: resultsFile,
        KRAFT_VSCODE_SCREENSHOTS: flag('--no-screenshots') ? '0' : '1',
        ...env,
      },
    });
    say(`${name}: code-server on ${server.url}, workspace ${ws}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: findChromium(),
      headless: !flag('--headed'),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let resolveExit;
    const exited = new Promise((r) => {
      resolveExit = r;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // Console output of the extension host (mocha's spec reporter among it).
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      browserLog.write(`[exthost:${type}] ${line}\n`);
      if (verbose) process.stdout.write(`  ${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(code);
    });
    page.on('console', (msg) => {
      browserLog.write(`[${msg.type()}] ${msg.text()}\n`);
      if (verbose) console.log(`  [browser ${msg.type()}] ${msg.text()}`);
    });
    page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.stack ?? err}\n`));

    // Screenshot requests from the tests.
    const inFlight = new Set();
    pollTimer = setInterval(async () => {
      for (const f of fs.readdirSync(ipcDir)) {
        if (!f.endsWith('.request') || inFlight.has(f)) continue;
        inFlight.add(f);
        const req = JSON.parse(fs.readFileSync(path.join(ipcDir, f), 'utf8'));
        const ack = { name: req.name, ok: true };
        try {
          // A click first (e.g. on a status bar entry whose hover is the subject), then the wait for `selector`.
          if (req.click)
            await page.click(req.click, { timeout: 8000 }).catch((e) => {
              ack.ok = false;
              ack.error = `click ${req.click}: ${e.message}`;
            });
          // Inside the active webview (its page sits in a second iframe): a real click, then keys, as a user would.
          const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
          if (req.frameClick) {
            await frame
              .locator(req.frameClick)
              .first()
              .click({ timeout: 8000 })
              .catch((e) => {
                ack.ok = false;
                ack.error = `frame click ${req.frameClick}: ${e.message}`;
              });
          }
          if (req.frameFocus) {
            await frame
              .locator(req.frameFocus)
              .first()
              .focus({ timeout: 8000 })
              .catch((e) => {
                ack.ok = false;
                ack.error = `frame focus ${req.frameFocus}: ${e.message}`;
              });
          }
          for (const key of req.keys ?? []) await page.keyboard.press(key);
          if (req.noScreenshot) {
            fs.writeFileSync(path.join(ipcDir, `${req.name}.done`), JSON.stringify(ack));
            continue;
          }
          if (req.selector) {
            await page.waitForSelector(req.selector, { state: 'visible', timeout: req.timeoutMs ?? 8000 }).catch(() => {
              ack.ok = false;
              ack.error = `selector ${req.selector} not visible`;
            });
          }
          await page.waitForTimeout(req.settleMs ?? 400);
          const file = path.join(logDir, `${req.name}.png`);
          // `crop`: only the part of the window around the selector (with a margin), for small subjects like a hover.
          const box =
            req.crop && req.selector
              ? await page
                  .locator(req.selector)
                  .first()
                  .boundingBox()
                  .catch(() => null)
              : null;
          const margin = req.crop ?? 0;
          const clip = box
            ? {
                x: Math.max(0, box.x - margin),
                y: Math.max(0, box.y - margin),
                width: Math.min(1280 - Math.max(0, box.x - margin), box.width + 2 * margin),
                height: Math.min(800 - Math.max(0, box.y - margin), box.height + 2 * margin),
              }
            : undefined;
          await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
          ack.file = file;
          if (screenshotsDir) {
            fs.mkdirSync(screenshotsDir, { recursive: true });
            ack.file = path.join(screenshotsDir, `${req.name}.png`);
            fs.copyFileSync(file, ack.file);
          }
          say(`${name}: screenshot ${path.relative(ROOT, ack.file)}${ack.ok ? '' : ` (${ack.error})`}`);
        } catch (e) {
          ack.ok = false;
          ack.error = String(e?.message ?? e);
        }
        fs.writeFileSync(path.join(ipcDir, `${req.name}.done`), JSON.stringify(ack));
      }
    }, 200);

    const url = workbenchUrl(server.url, { folder: ws, extensionDevelopmentPath, extensionTestsPath });
    await page.goto(url);
    const timedOut = new Promise((r) => {
      timeoutTimer = setTimeout(() => r('timeout'), timeoutMs);
    });
    const serverGone = new Promise((r) => {
      server.proc.on('exit', () => r('server-exit'));
    });
    const outcome = await Promise.race([exited, timedOut, serverGone]);
    if (outcome === 'timeout') {
      failure = `no exit code from the extension host within ${timeoutMs / 1000} s (the suite hung or never started: see ${path.relative(ROOT, logDir)}/)`;
      await page.screenshot({ path: path.join(logDir, 'timeout.png') }).catch(() => {});
    } else if (outcome === 'server-exit') {
      failure = `code-server exited unexpectedly (see ${path.relative(ROOT, logDir)}/code-server.log)`;
    } else {
      exitCode = outcome;
    }
  } catch (e) {
    failure = String(e?.stack ?? e);
  } finally {
    await stopAll();
    cleanups.delete(stopAll);
  }
  let results;
  if (fs.existsSync(resultsFile)) {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    fs.copyFileSync(resultsFile, path.join(logDir, 'results.json'));
  }
  if (failure || exitCode !== 0) fs.cpSync(ws, path.join(logDir, 'workspace'), { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  return { name, exitCode, failure, results, secs };
}

function report(run) {
  const { name, results, failure, exitCode, secs } = run;
  console.log(`\n[vscode-test] ${name}: ${failure ? 'FAILED' : `exit code ${exitCode}`} in ${secs} s`);
  if (failure) console.log(`  ${failure}`);
  let passed = 0,
    failed = 0,
    skipped = 0;
  if (results) {
    for (const t of results.tests) {
      if (t.state === 'passed') {
        passed++;
        console.log(`  ✓ ${t.fullTitle} (${t.duration ?? 0} ms)`);
      } else if (t.state === 'failed') {
        failed++;
        console.log(`  ✗ ${t.fullTitle}\n      ${String(t.error).split('\n').join('\n      ')}`);
      } else {
        skipped++;
        console.log(`  - ${t.fullTitle} (skipped)`);
      }
    }
  } else if (!failure) {
    console.log('  (no results file was written by the suite)');
  }
  if (!results && (failure || exitCode !== 0)) failed++; // the run itself failed
  return { passed, failed, skipped };
}

function packageVsix() {
  const out = path.join(mkTemp('kraft-vsix-'), 'kraft-config.vsix');
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vsce package failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

async function main() {
  await requireSystemDeps(['chromium'], 'The VS Code suite');
  // A browser that is installed but cannot start (missing libraries, a snap shim) fails here, not in a timeout later.
  say(`checking ${findChromium()} (usually under 5 s) ...`);
  const probe = spawnSync(findChromium(), ['--headless', '--no-sandbox', '--version'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.status !== 0) {
    console.error(
      `[vscode-test] ${findChromium()} --version failed (exit ${probe.status ?? probe.signal}):\n${probe.stderr ?? ''}${probe.error ?? ''}`,
    );
    process.exit(1);
  }
  say(`chromium: ${probe.stdout.trim()}`);
  const tInstall = Date.now();
  await ensureCodeServer();
  const installSecs = (Date.now() - tInstall) / 1000;
  if (installSecs > 5) say(`code-server ready after ${installSecs.toFixed(0)} s`);
  if (!fs.existsSync(path.join(ROOT, 'client', 'out', 'extension.js')))
    say('WARNING: client/out/extension.js is missing (run `npm run build`): the extension cannot activate');
  const runs = [];
  if (runDev) {
    const index = path.join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
    requireFile(index, 'run `npm run build` first (tsc -b compiles test/vscode)');
    runs.push(
      await runInEditor({
        name: 'dev',
        workspace: path.join(ROOT, 'test', 'vscode', 'workspace'),
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: index,
        env: { KRAFT_VSCODE_GREP: opt('--grep', process.env.KRAFT_VSCODE_GREP ?? '') },
      }),
    );
  }
  if (runVsix) {
    const index = path.join(ROOT, 'out', 'test', 'vscode', 'vsix', 'index.js');
    requireFile(index, 'run `npm run build` first (tsc -b compiles test/vscode)');
    let vsix = opt('--vsix');
    let packaged = false;
    if (!vsix) {
      packaged = true;
      const t = Date.now();
      vsix = packageVsix();
      say(
        `packaged ${vsix} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    vsix = path.resolve(vsix);
    const size = fs.statSync(vsix).size;
    const sizeOk = size < 2 * 1024 * 1024;
    const run = await runInEditor({
      name: 'vsix',
      // The examples if there are any, else the test workspace.
      workspace:
        fs.existsSync(path.join(ROOT, 'examples')) && fs.readdirSync(path.join(ROOT, 'examples')).length
          ? path.join(ROOT, 'examples')
          : path.join(ROOT, 'test', 'vscode', 'workspace'),
      // The extension host only runs tests with a development extension: a tiny probe extension
      // stands in, so the extension under test is the one installed from the .vsix.
      extensionDevelopmentPath: path.join(ROOT, 'test', 'vscode', 'vsix-probe'),
      extensionTestsPath: index,
      vsix,
    });
    if (packaged) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
    run.results ??= { tests: [] };
    run.results.tests.push({
      fullTitle: `vsix size ${(size / 1024).toFixed(0)} KiB is under 2 MB`,
      state: sizeOk ? 'passed' : 'failed',
      error: sizeOk ? undefined : `${size} bytes`,
    });
    runs.push(run);
  }
  let passed = 0,
    failed = 0,
    skipped = 0;
  for (const run of runs) {
    const c = report(run);
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
  }
  console.log(`\nvscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed || runs.some((r) => r.failure || r.exitCode !== 0) ? 1 : 0);
}

main().catch(async (e) => {
  console.error('[vscode-test]', e?.stack ?? e);
  await cleanupAll();
  process.exit(1);
});
