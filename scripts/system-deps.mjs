// What the project's commands need from the machine besides Node 20, how to tell whether it is there,
// and how to get it. `npm start`, `npm test` and `npm run doctor` all read this one table.
//
// ensureSystemDeps(names, why) installs what is missing with apt-get when it can (root, or sudo without a
// password) and otherwise stops with the exact command to run. KRAFT_NO_PROVISION=1 forbids installing.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function which(command) {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : undefined;
}

function javaVersion() {
  if (!which('java') || !which('javac')) return undefined;
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)/.exec(r.stderr ?? '');
  return r.status === 0 && m ? Number(m[1]) : undefined;
}

/** Chromium or Chrome for the VS Code suite; CHROMIUM_PATH wins. Looked up on PATH only, so PATH overrides work. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH)
    return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return ['chromium', 'chromium-browser', 'google-chrome'].map(which).find(Boolean);
}

/**
 * name -> { purpose, neededBy, apt packages, found(): a description of what is there, or undefined }.
 * Debian/Ubuntu package names; `default-jdk-headless` is Java 17 on Debian 12 and 21 on Debian 13.
 */
export const SYSTEM_DEPS = {
  toolchain: {
    purpose: "C++ compiler, make and Python, to build code-server's native modules (once, on first start)",
    neededBy: ['npm start', 'npm run test:vscode'],
    apt: ['g++', 'make', 'python3'],
    found: () =>
      which('g++') && which('make') && which('python3')
        ? `${which('g++')}, ${which('make')}, ${which('python3')}`
        : undefined,
  },
  ripgrep: {
    purpose: 'rg, the search tool VS Code uses for workspace file search (handed to code-server)',
    neededBy: ['npm start', 'npm run test:vscode'],
    apt: ['ripgrep'],
    found: () => which('rg'),
  },
  chromium: {
    purpose: 'a browser that drives VS Code in the VS Code suite',
    neededBy: ['npm run test:vscode'],
    apt: ['chromium'],
    found: findChromium,
  },
  java: {
    purpose: "Java 17+ (java and javac) to run Kafka's own validation and real clusters",
    neededBy: ['npm run test:kafka'],
    apt: ['default-jdk-headless'],
    found: () => {
      const v = javaVersion();
      return v && v >= 17 ? `${which('java')} (Java ${v})` : undefined;
    },
  },
  maven: {
    purpose: "Maven, to fetch Kafka's jars from Maven Central",
    neededBy: ['npm run test:kafka'],
    apt: ['maven'],
    found: () => which('mvn'),
  },
};

/** How this process may install packages: '' (root), 'sudo' (no password needed), or undefined (cannot). */
function installer() {
  if (process.env.KRAFT_NO_PROVISION === '1' || !which('apt-get')) return undefined;
  if (process.getuid?.() === 0) return '';
  if (which('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return 'sudo';
  return undefined;
}

export const installCommand = (names) =>
  `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${[...new Set(names.flatMap((n) => SYSTEM_DEPS[n].apt))].join(' ')}`;

export const missingDeps = (names) => names.filter((name) => !SYSTEM_DEPS[name].found());

const running = new Set();
/** Ends the commands runLong is waiting for (an interrupted install must not carry on in the background). */
export function stopRunning() {
  for (const child of running) child.kill('SIGTERM');
}

/**
 * Runs a long command with its output going to the terminal (or, with `quiet`, only on failure), after saying
 * what it does and how long it usually takes; prints the elapsed time every 30 s when quiet. Resolves to the exit code.
 */
export function runLong(label, expected, command, args, { cwd, env, quiet = false } = {}) {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  console.log(`▶ ${label} (usually ${expected})`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const ticker = quiet ? setInterval(() => console.log(`  … ${label}: ${seconds()} s`), 30_000) : undefined;
    const finish = (code) => {
      if (!running.delete(child)) return; // 'error' and 'close' may both come
      clearInterval(ticker);
      if (code !== 0 && quiet) process.stderr.write(output.slice(-6000));
      console.log(
        `${code === 0 ? '✔' : '✖'} ${label}: ${code === 0 ? 'done' : `failed (exit ${code})`} in ${seconds()} s`,
      );
      resolve(code);
    };
    child.on('error', (e) => {
      output += String(e);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Makes sure the named SYSTEM_DEPS are present, installing the missing ones with apt-get when allowed.
 * Returns undefined when all are there, otherwise the message to show (it names the command to run).
 */
export async function ensureSystemDeps(names, why) {
  const missing = missingDeps(names);
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.flatMap((n) => SYSTEM_DEPS[n].apt))];
  const describe = missing.map((n) => `  - ${n}: ${SYSTEM_DEPS[n].purpose}`).join('\n');
  const sudo = installer();
  if (sudo === undefined) {
    return (
      `${why} needs, and this machine lacks:\n${describe}\nInstall with:\n  ${installCommand(missing)}\n` +
      (process.env.KRAFT_NO_PROVISION === '1'
        ? '(KRAFT_NO_PROVISION=1 stopped me from installing them myself.)\n'
        : '(I install them myself when run as root or with password-less sudo on a system with apt-get.)\n')
    );
  }
  console.log(`${why} needs, and this machine lacks:\n${describe}`);
  // sudo resets the environment, so DEBIAN_FRONTEND goes on its command line.
  const run = (args) => (sudo ? ['sudo', ['DEBIAN_FRONTEND=noninteractive', ...args]] : [args[0], args.slice(1)]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [u, uArgs] = run(['apt-get', 'update', '-q']);
  if ((await runLong('apt-get update', '10-60 s', u, uArgs, { env, quiet: true })) !== 0) {
    return `apt-get update failed; run yourself:\n  ${installCommand(missing)}\n`;
  }
  const [i, iArgs] = run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages]);
  const expected = packages.some((p) => /jdk|chromium|maven/.test(p)) ? '1-4 min' : '20-60 s';
  if ((await runLong(`apt-get install ${packages.join(' ')}`, expected, i, iArgs, { env, quiet: true })) !== 0) {
    return `apt-get install failed; run yourself:\n  ${installCommand(missing)}\n`;
  }
  const still = missingDeps(names);
  return still.length
    ? `still missing after apt-get install ${packages.join(' ')}: ${still.join(', ')} (not on PATH?)\n`
    : undefined;
}

/** ensureSystemDeps, exiting with its message when something cannot be provided. */
export async function requireSystemDeps(names, why) {
  const problem = await ensureSystemDeps(names, why);
  if (problem) {
    console.error(`\n✖ ${problem}`);
    process.exit(1);
  }
}
