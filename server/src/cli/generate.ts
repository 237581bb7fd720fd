// `kraft-config generate`: writes a complete KRaft cluster (node configs, scripts, README) into a folder.
// The work is done by the pure engine (engine/generator); this file only parses arguments and talks to the file system
// through `io`, so tests run it in memory.
import { t } from '../engine/generator';
import {
  COMPOSE_IMAGES,
  composeFormat,
  type ComposeImage,
  DIR_PROFILES,
  LAYOUTS,
  NODE_ID_SCHEMES,
  PROTOCOLS,
  QUORUM_MODES,
  SASL_MECHANISMS,
  SpecError,
  describeNodes,
  generateTopology,
  type GenerateOptions,
  type TopologySpec,
} from '../engine/generator';

export interface GenerateIo {
  writeFile(path: string, content: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  isDirEmpty(path: string): Promise<boolean>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Needed for `--spec`; absent means `--spec` is not available. */
  readFile?(path: string): Promise<string>;
  /** The absolute form of the output folder: a cluster on this machine keeps its data below it. */
  absolute?(path: string): string;
  /** Whether a path is a symbolic link (generate never writes through one). */
  isSymlink?(path: string): Promise<boolean>;
  /** Removes a file written by an earlier run (and its folder when that is left empty). */
  remove?(path: string): Promise<void>;
}

class UsageError extends Error {}

type Setter = (spec: TopologySpec, value: string, option: string) => void;

function int(option: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(t('gen.cli.badNumber', { option, value }));
  return Number(value.trim());
}

function oneOf<T extends string>(allowed: readonly T[], option: string, value: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(t('gen.cli.badValue', { option, value, allowed: allowed.join(', ') }));
  }
  return value as T;
}

const VALUE_OPTIONS: Record<string, Setter> = {
  '--layout': (s, v, o) => {
    s.layout = oneOf(LAYOUTS, o, v);
  },
  '--controllers': (s, v, o) => {
    s.controllers = int(o, v);
  },
  '--brokers': (s, v, o) => {
    s.brokers = int(o, v);
  },
  '--hosts': (s, v) => {
    s.hosts = v
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h.length > 0);
  },
  '--kafka-version': (s, v) => {
    s.kafkaVersion = v.trim();
  },
  '--protocol': (s, v, o) => {
    const protocol = oneOf(PROTOCOLS, o, v.toUpperCase());
    s.brokerListener = { ...s.brokerListener, protocol };
    s.controllerListener = { ...s.controllerListener, protocol };
  },
  '--sasl-mechanism': (s, v, o) => {
    s.brokerListener = { ...s.brokerListener, saslMechanism: oneOf(SASL_MECHANISMS, o, v.toUpperCase()) };
  },
  '--controller-protocol': (s, v, o) => {
    s.controllerListener = { ...s.controllerListener, protocol: oneOf(PROTOCOLS, o, v.toUpperCase()) };
  },
  '--controller-sasl-mechanism': (s, v, o) => {
    s.controllerListener = { ...s.controllerListener, saslMechanism: oneOf(SASL_MECHANISMS, o, v.toUpperCase()) };
  },
  '--broker-listener': (s, v) => {
    s.brokerListener = { ...s.brokerListener, name: v.trim() };
  },
  '--controller-listener': (s, v) => {
    s.controllerListener = { ...s.controllerListener, name: v.trim() };
  },
  '--broker-port': (s, v, o) => {
    s.brokerListener = { ...s.brokerListener, port: int(o, v) };
  },
  '--controller-port': (s, v, o) => {
    s.controllerListener = { ...s.controllerListener, port: int(o, v) };
  },
  '--quorum': (s, v, o) => {
    s.quorum = oneOf(QUORUM_MODES, o, v);
  },
  '--node-ids': (s, v, o) => {
    s.nodeIds = oneOf(NODE_ID_SCHEMES, o, v);
  },
  '--profile': (s, v, o) => {
    s.profile = oneOf(DIR_PROFILES, o, v);
  },
  '--data-dir-controller': (s, v) => {
    s.dataDirs = { ...s.dataDirs, controller: v.trim() };
  },
  '--data-dir-broker': (s, v) => {
    s.dataDirs = { ...s.dataDirs, broker: v.trim() };
  },
  '--data-dir-combined': (s, v) => {
    s.dataDirs = { ...s.dataDirs, combined: v.trim() };
  },
  '--cluster-id': (s, v) => {
    s.clusterId = v.trim();
  },
  '--name': (s, v) => {
    s.name = v.trim();
  },
};

interface ParsedArgs {
  overrides: Setter[];
  values: [string, string][];
  specFile?: string;
  out?: string;
  force: boolean;
  help: boolean;
  /** `--format compose`: one docker-compose.yml configured through the image's variables, in `image`'s dialect. */
  format: 'properties' | 'compose';
  image: ComposeImage;
}

function parseArgs(args: string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    overrides: [],
    values: [],
    force: false,
    help: false,
    format: 'properties',
    image: 'apache',
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (arg === '--force' || arg === '-f') {
      parsed.force = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    const known =
      option === '--spec' ||
      option === '--out' ||
      option === '--format' ||
      option === '--image' ||
      option in VALUE_OPTIONS;
    if (!known) throw new UsageError(t('gen.cli.unknownOption', { option: arg }));
    let value: string;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      if (i + 1 >= args.length || args[i + 1].startsWith('--'))
        throw new UsageError(t('gen.cli.missingValue', { option }));
      value = args[++i];
    }
    if (value.trim() === '') throw new UsageError(t('gen.cli.missingValue', { option }));
    if (option === '--spec') parsed.specFile = value;
    else if (option === '--out') parsed.out = value;
    else if (option === '--format') parsed.format = oneOf(['properties', 'compose'] as const, option, value.trim());
    else if (option === '--image') parsed.image = oneOf(COMPOSE_IMAGES, option, value.trim());
    else parsed.values.push([option, value]);
  }
  return parsed;
}

export function generateUsage(): string {
  return t('gen.cli.usage');
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${file}` : `${dir}/${file}`;
}

/** Runs `kraft-config generate`. Exit codes: 0 success, 1 failure (e.g. non-empty folder), 2 bad usage or invalid spec. */
export async function runGenerate(args: string[], io: GenerateIo, options: GenerateOptions = {}): Promise<number> {
  let parsed: ParsedArgs;
  let spec: TopologySpec;
  try {
    parsed = parseArgs(args);
    if (parsed.help) {
      io.stdout(generateUsage() + '\n');
      return 0;
    }
    spec = {} as TopologySpec;
    if (parsed.specFile !== undefined) {
      if (!io.readFile) throw new UsageError(t('gen.cli.specRead', { file: parsed.specFile, error: 'no file access' }));
      let text: string;
      try {
        text = await io.readFile(parsed.specFile);
      } catch (error) {
        io.stderr(t('gen.cli.specRead', { file: parsed.specFile, error: (error as Error).message }) + '\n');
        return 1;
      }
      try {
        const json = JSON.parse(text) as unknown;
        if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not an object');
        spec = json as TopologySpec;
      } catch (error) {
        throw new UsageError(t('gen.cli.specInvalid', { file: parsed.specFile, error: (error as Error).message }));
      }
    }
    for (const [option, value] of parsed.values) VALUE_OPTIONS[option](spec, value, option);
    if (spec.layout === undefined) throw new UsageError(t('gen.cli.missingLayout'));
    if (parsed.out === undefined) throw new UsageError(t('gen.cli.missingOut'));
    if (spec.baseDir === undefined && io.absolute) spec.baseDir = io.absolute(parsed.out);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${generateUsage()}\n`);
      return 2;
    }
    throw error;
  }

  let result;
  try {
    result = generateTopology(spec, options);
    if (parsed.format === 'compose') result = composeFormat(result, parsed.image);
  } catch (error) {
    if (error instanceof SpecError) {
      for (const problem of error.problems.filter((p) => p.severity === 'error'))
        io.stderr(t('gen.cli.problem', { message: problem.message }) + '\n');
      return 2;
    }
    io.stderr(t('gen.cli.failed', { error: (error as Error).message }) + '\n');
    return 1;
  }

  const out = parsed.out!;
  try {
    const existing = (await io.exists(out)) && !(await io.isDirEmpty(out));
    if (existing && !parsed.force) {
      io.stderr(t('gen.cli.outNotEmpty', { dir: out }) + '\n');
      return 1;
    }
    if (existing) {
      const link = await symlinkOnTheWay(
        io,
        out,
        result.files.map((file) => file.path),
      );
      if (link) {
        io.stderr(t('gen.cli.symlinkInOut', { path: link }) + '\n');
        return 1;
      }
      await removeStaleFiles(io, out, new Set(result.files.map((file) => file.path)), options);
    }
    for (const file of result.files) await io.writeFile(joinPath(out, file.path), file.content);
  } catch (error) {
    io.stderr(t('gen.cli.failed', { error: (error as Error).message }) + '\n');
    return 1;
  }
  for (const warning of result.warnings) io.stderr(t('gen.cli.warning', { message: warning }) + '\n');
  io.stdout(t('gen.cli.written', { count: result.files.length, dir: out, clusterId: result.clusterId }) + '\n');
  for (const line of describeNodes(result)) io.stdout(`  ${line}\n`);
  io.stdout(
    t(parsed.format === 'compose' ? 'gen.cli.nextCompose' : 'gen.cli.next', { readme: joinPath(out, 'README.md') }) +
      '\n',
  );
  return 0;
}

/** The first path below `out` (a folder or a file to write) that is a symbolic link: writing there would leave `out`. */
async function symlinkOnTheWay(io: GenerateIo, out: string, files: string[]): Promise<string | undefined> {
  if (!io.isSymlink) return undefined;
  const checked = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const candidate = joinPath(out, parts.slice(0, i).join('/'));
      if (checked.has(candidate)) continue;
      checked.add(candidate);
      if (await io.isSymlink(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * With --force over an earlier run, the files that run wrote (known from its topology.json) and this run does not
 * write are removed: a smaller cluster must not leave the old nodes' configs behind to be started or linted.
 */
async function removeStaleFiles(
  io: GenerateIo,
  out: string,
  keep: Set<string>,
  options: GenerateOptions,
): Promise<void> {
  if (!io.readFile || !io.remove) return;
  let previous: string[];
  try {
    const spec = JSON.parse(await io.readFile(joinPath(out, 'topology.json'))) as TopologySpec;
    previous = generateTopology(spec, options).files.map((file) => file.path);
  } catch {
    return; // no earlier run of ours (or not one we can reproduce): leave every file alone
  }
  const stale = previous.filter((file) => !keep.has(file));
  const removed: string[] = [];
  for (const file of stale) {
    const target = joinPath(out, file);
    if (!(await io.exists(target)) || (await io.isSymlink?.(target))) continue;
    await io.remove(target);
    removed.push(file);
  }
  if (removed.length > 0)
    io.stderr(t('gen.cli.staleRemoved', { count: removed.length, files: removed.join(', ') }) + '\n');
}

/** The real file system for `runGenerate`; shell scripts are made executable. */
export function nodeGenerateIo(): GenerateIo {
  // Loaded lazily so that this module stays importable where Node's fs does not exist.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const path = require('path') as typeof import('path');
  return {
    async writeFile(file, content) {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, content, 'utf8');
      if (file.endsWith('.sh')) await fs.promises.chmod(file, 0o755);
    },
    async exists(file) {
      try {
        await fs.promises.stat(file);
        return true;
      } catch {
        return false;
      }
    },
    async isDirEmpty(dir) {
      try {
        return (await fs.promises.readdir(dir)).length === 0;
      } catch {
        return false;
      }
    },
    // The guarded reader: a --spec naming a FIFO or a device fails instead of hanging.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    readFile: (file) => (require('../node-files') as typeof import('../node-files')).readSmallTextFile(file),
    absolute: (file) => path.resolve(file),
    async isSymlink(file) {
      try {
        return (await fs.promises.lstat(file)).isSymbolicLink();
      } catch {
        return false;
      }
    },
    async remove(file) {
      await fs.promises.unlink(file);
      await fs.promises.rmdir(path.dirname(file)).catch(() => undefined); // only succeeds when left empty
    },
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  };
}
