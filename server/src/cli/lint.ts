// `kraft-config lint`: finds config files, lints them as one workspace, optionally fixes them, prints the results.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SERVER_GLOBS,
  detectServerConfig,
  fixWorkspace,
  isComposeFileName,
  isKnownVersion,
  isMetaPropertiesPath,
  composeMounts,
  lintCompose,
  lintWorkspace,
  matchesAny,
  applyDeclarations,
  layerDetection,
  nearestProjectConfig,
  t,
  type Finding,
  type WorkspaceFile,
  isDeclarationFile,
} from '../engine';
import { readConfigFile, walkFolder, type ConfigText } from '../node-files';
import { readDeclarations, type WalkedFolders } from '../project-files';
import { writeFilesAtomically } from '../safe-write';
import { composeReader } from '../compose-host';
import { err, out, printText, toJson } from './output';
import { toSarif } from './sarif';

interface LintOptions {
  format: 'text' | 'json' | 'sarif';
  kafkaVersion?: string;
  fix: boolean;
  include: string[];
  exclude: string[];
  targets: string[];
}

const LINT_OPTIONS = {
  format: { type: 'string' },
  'kafka-version': { type: 'string' },
  fix: { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
} as const;

/** Node's own parser: `--opt value`, `--opt=value`, repeated globs, and `--` before targets that start with `-`. */
function parseLintArgs(args: string[]): LintOptions | string {
  let parsed;
  try {
    parsed = parseArgs({ args, options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    // parseArgs explains in English only: name the offending argument in the user's language instead.
    const known = new Set(Object.keys(LINT_OPTIONS).map((name) => `--${name}`));
    const offending =
      args.find((arg) => arg.startsWith('-') && arg !== '--' && !known.has(arg.split('=')[0])) ??
      args.find((arg) => known.has(arg)) ??
      '';
    if (offending === '--format') return t('cli.badFormat', { format: '' });
    if (offending === '--kafka-version') return t('cli.badVersion', { version: '' });
    return t('cli.unknownOption', { option: offending });
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return t('cli.badFormat', { format });
  const version = values['kafka-version'];
  if (version !== undefined && !isKnownVersion(version)) return t('cli.badVersion', { version });
  if (positionals.length === 0) return t('cli.noTargets');
  return {
    format,
    kafkaVersion: version,
    fix: values.fix ?? false,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    targets: positionals,
  };
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.cache', 'out']);

/** A config file as read from disk, with where a fix may be written. */
interface DiskFile extends WorkspaceFile {
  source: ConfigText;
  /** Why a fix must not be written to this file (a link leading outside the named targets). */
  readOnlyReason?: string;
}

const isInside = (file: string, folder: string) =>
  file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);

/** path.resolve for the paths a walk gives (normalised already), without resolving every one again. */
const absoluteOf = (file: string) => (path.isAbsolute(file) ? file : path.join(process.cwd(), file));
/** path.relative(process.cwd(), file), with the common case (a file below the working folder) taken directly. */
const relativeToCwd = (file: string) => {
  const cwd = process.cwd();
  const absolute = absoluteOf(file);
  return absolute.startsWith(cwd + path.sep) ? absolute.slice(cwd.length + 1) : path.relative(cwd, absolute) || file;
};

/**
 * Files named on the command line are always linted; folders are walked (links followed, each real file once) and
 * their files kept by content detection. A file reached through a link that leads outside every named target is
 * linted but never written.
 */

async function collect(
  options: LintOptions,
): Promise<{ files: DiskFile[]; compose: WorkspaceFile[]; problems: string[] }> {
  const files: DiskFile[] = [];
  const compose: WorkspaceFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const named: { real: string; folder: boolean }[] = [];
  // A walk's files are regular files at known real paths: read without a stat or realpath more each.
  const consider = async (file: string, explicit: boolean, realPath?: string): Promise<void> => {
    const read = await readConfigFile(file, { realPath, regular: !explicit });
    const relative = explicit ? path.relative(process.cwd(), file) || file : relativeToCwd(file);
    if ('problem' in read) {
      const serverNamed = matchesAny(relative, [...DEFAULT_SERVER_GLOBS, ...options.include]);
      if (explicit || serverNamed || read.unreadable) problems.push(`${file}: ${read.problem}`);
      return;
    }
    // Compose files are linted apart: their Kafka services become virtual server.properties in the engine.
    if (isComposeFileName(relative))
      return void compose.push({ uri: relative.split(path.sep).join('/'), text: read.text });
    candidates.push({ file, relative, read, explicit });
  };
  const candidates: { file: string; relative: string; read: ConfigText; explicit: boolean }[] = [];
  const walked: WalkedFolders = { listed: new Set(), declarationFiles: new Set(), libsFolders: new Set() };
  const want = (name: string) => name.endsWith('.properties') || isComposeFileName(name) || options.include.length > 0;
  for (const target of options.targets) {
    let real: string;
    let isDirectory: boolean;
    try {
      isDirectory = (await fs.stat(target)).isDirectory();
      real = await fs.realpath(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? t('cli.notFound', { path: target })
          : `${target}: ${t('files.unreadable', { error: (error as Error).message })}`,
      );
      continue;
    }
    named.push({ real, folder: isDirectory });
    if (isDirectory) {
      const walk = await walkFolder(target, { skip: SKIPPED_DIRS, want, seen, note: isDeclarationFile });
      for (const folder of walk.listedFolders) walked.listed.add(folder);
      for (const file of walk.noted) walked.declarationFiles.add(file);
      for (const folder of walk.libsFolders) walked.libsFolders.add(path.resolve(folder));
      for (const problem of walk.problems) {
        if (
          problem.kind === 'folder' ||
          matchesAny(path.relative(process.cwd(), problem.path), [...DEFAULT_SERVER_GLOBS, ...options.include])
        )
          problems.push(problem.message);
      }
      for (const found of walk.files) await consider(found.path, false, found.realPath);
    } else if (!seen.has(real)) {
      seen.add(real);
      await consider(target, true, real);
    }
  }
  // The nearest .kraftrc.json above each file adds its include/exclude globs, settings and declared clusters.
  const declarations = await readDeclarations(
    candidates.map((candidate) => candidate.file),
    walked,
  );
  for (const config of declarations.configs)
    for (const problem of config.problems)
      problems.push(`${path.relative(process.cwd(), config.path) || config.path}: ${problem.message}`);
  for (const { file, relative, read, explicit } of candidates) {
    const absolute = (explicit ? path.resolve(file) : absoluteOf(file)).split(path.sep).join('/');
    const detection = layerDetection(options, nearestProjectConfig(absolute, declarations.configs)?.config);
    if (!explicit && !isMetaPropertiesPath(relative) && detectServerConfig(relative, read.text, detection) !== 'server')
      continue;
    const disk: DiskFile = {
      uri: relative.split(path.sep).join('/'),
      text: read.text,
      encoding: read.encoding,
      source: read,
    };
    files.push({ ...disk, ...applyDeclarations(disk, declarations, { kafkaVersion: options.kafkaVersion }, absolute) });
  }
  for (const file of files) {
    const real = file.source.realPath;
    if (!named.some((target) => (target.folder ? isInside(real, target.real) : target.real === real))) {
      file.readOnlyReason = t('files.outsideTargets', { real });
    }
  }
  return { files, compose, problems };
}

/** Applies the preferred fixes and writes every changed file, all or none; returns problems to report. */
async function fixFiles(files: DiskFile[], kafkaVersion: string | undefined): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  const outcome = fixWorkspace(files, { kafkaVersion });
  if (!outcome.converged) err(t('files.fixNotConverged', { passes: outcome.passes }));
  if (outcome.rejected > 0) err(t('files.fixRaisedErrors', { count: outcome.rejected }));
  const writes = [];
  const changed: DiskFile[] = [];
  for (const file of files) {
    const text = outcome.texts.get(file.uri);
    if (text === undefined) continue;
    if (file.readOnlyReason) {
      err(t('files.notWritten', { path: file.uri, reason: file.readOnlyReason }));
      continue;
    }
    writes.push({ realPath: file.source.realPath, text, encoding: file.source.encoding, original: file.source.bytes });
    changed.push(file);
  }
  if (writes.length === 0) return { problems };
  const written = await writeFilesAtomically(writes);
  if (!written.ok) {
    problems.push(written.reason);
    return { problems };
  }
  for (const file of changed) {
    file.text = outcome.texts.get(file.uri)!;
    err(t('cli.fixed', { path: file.uri, count: outcome.fixCounts.get(file.uri) ?? 0 }));
  }
  return { problems };
}

/** The server configs among some targets, found and read as `lint` does (for `kraft-config topology`). */
export async function collectConfigs(targets: string[]): Promise<{ files: WorkspaceFile[]; problems: string[] }> {
  const { files, problems } = await collect({ format: 'text', fix: false, include: [], exclude: [], targets });
  return { files, problems };
}

export async function runLint(args: string[]): Promise<number> {
  const parsed = parseLintArgs(args);
  if (typeof parsed === 'string') {
    err(parsed);
    err(t('cli.usage'));
    return 2;
  }
  const { files, compose, problems } = await collect(parsed);
  if (parsed.fix) problems.push(...(await fixFiles(files, parsed.kafkaVersion)).problems);
  for (const problem of problems) err(problem);
  // A server.properties mounted into a compose service is part of that service's config, not a whole one.
  const mounts = composeMounts(compose, composeReader());
  const results: Map<string, Finding[]> = lintWorkspace(
    files.filter((file) => !mounts.has(file.uri)),
    { kafkaVersion: parsed.kafkaVersion },
  );
  for (const [uri, list] of lintCompose(compose, composeReader(), { kafkaVersion: parsed.kafkaVersion }))
    results.set(uri, [...(results.get(uri) ?? []), ...list]);
  const all = [...results.values()].flat();
  const errors = all.filter((finding) => finding.severity === 'error').length + problems.length;
  const warnings = all.filter((finding) => finding.severity === 'warning').length;
  if (parsed.format === 'json') out(JSON.stringify(toJson(results, errors, warnings), null, 2));
  else if (parsed.format === 'sarif') {
    const texts = new Map<string, string>([...files, ...compose].map((file) => [file.uri, file.text]));
    out(
      JSON.stringify(
        toSarif(
          results,
          composeReader((uri) => texts.get(uri)),
          process.cwd(),
        ),
        null,
        2,
      ),
    );
  } else printText(results, files.length + compose.length, errors, warnings);
  return errors > 0 ? 1 : 0;
}
