// kraft-config: the same engine as the editor, for CI pipelines and other editors.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits,
  preferredEdits,
  detectServerConfig,
  isKnownVersion,
  isMetaPropertiesPath,
  lintWorkspace,
  setLocale,
  t,
  type Finding,
  type WorkspaceFile,
} from './engine';
import { readConfigFile } from './node-files';
import { nodeGenerateIo, runGenerate } from './cli/generate';

interface LintOptions {
  format: 'text' | 'json' | 'sarif';
  kafkaVersion?: string;
  fix: boolean;
  include: string[];
  exclude: string[];
  targets: string[];
}

const out = (text: string) => process.stdout.write(text + '\n');
// `kraft-config lint ... | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const err = (text: string) => process.stderr.write(text + '\n');

async function main(argv: string[]): Promise<number> {
  // `--locale en|zh-cn` anywhere on the line wins over KRAFT_LOCALE and the environment's locale.
  const localeAt = argv.indexOf('--locale');
  const locale = localeAt >= 0 ? argv.splice(localeAt, 2)[1] : undefined;
  setLocale(locale ?? process.env.KRAFT_LOCALE ?? process.env.LC_ALL ?? process.env.LANG);
  const [command, ...rest] = argv;
  switch (command) {
    case 'lint':
      return lint(rest);
    case 'generate':
      return runGenerate(rest, nodeGenerateIo());
    case 'serve':
      await import('./server');
      return new Promise<number>(() => undefined);
    case '--version':
    case 'version':
      out(require('../../package.json').version);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      out(t('cli.usage'));
      return command === undefined ? 2 : 0;
    default:
      err(t('cli.unknownCommand', { command }));
      err(t('cli.usage'));
      return 2;
  }
}

function parseLintArgs(args: string[]): LintOptions | string {
  const options: LintOptions = { format: 'text', fix: false, include: [], exclude: [], targets: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') return t('cli.badFormat', { format: String(format) });
        options.format = format;
        break;
      }
      case '--kafka-version': {
        const version = value();
        if (!version || !isKnownVersion(version)) return t('cli.badVersion', { version: String(version) });
        options.kafkaVersion = version;
        break;
      }
      case '--fix':
        options.fix = true;
        break;
      case '--include':
        options.include.push(value());
        break;
      case '--exclude':
        options.exclude.push(value());
        break;
      default:
        if (arg.startsWith('-')) return t('cli.unknownOption', { option: arg });
        options.targets.push(arg);
    }
  }
  if (options.targets.length === 0) return t('cli.noTargets');
  return options;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.cache', 'out']);

/** Files named on the command line are always linted; folders are scanned with content detection. */
async function collect(options: LintOptions): Promise<{ files: WorkspaceFile[]; problems: string[] }> {
  const files: WorkspaceFile[] = [];
  const problems: string[] = [];
  const visit = async (target: string, explicit: boolean): Promise<void> => {
    let stat;
    try {
      stat = await fs.stat(target);
    } catch {
      problems.push(t('cli.notFound', { path: target }));
      return;
    }
    if (stat.isDirectory()) {
      for (const name of (await fs.readdir(target)).sort()) {
        if (!SKIPPED_DIRS.has(name)) await visit(path.join(target, name), false);
      }
      return;
    }
    if (!explicit && !name(target).endsWith('.properties') && options.include.length === 0) return;
    const read = await readConfigFile(target, stat.size);
    if ('problem' in read) {
      if (explicit) problems.push(`${target}: ${read.problem}`);
      return;
    }
    const relative = path.relative(process.cwd(), target) || target;
    const isMeta = isMetaPropertiesPath(relative);
    if (!explicit && !isMeta && detectServerConfig(relative, read.text, { include: options.include, exclude: options.exclude }) !== 'server') return;
    files.push({ uri: relative.split(path.sep).join('/'), text: read.text });
  };
  for (const target of options.targets) await visit(target, true);
  return { files, problems };
}

const name = (file: string) => path.basename(file);

async function lint(args: string[]): Promise<number> {
  const parsed = parseLintArgs(args);
  if (typeof parsed === 'string') {
    err(parsed);
    err(t('cli.usage'));
    return 2;
  }
  const { files, problems } = await collect(parsed);
  for (const problem of problems) err(problem);
  const engineOptions = { kafkaVersion: parsed.kafkaVersion };
  let results = lintWorkspace(files, engineOptions);

  if (parsed.fix) {
    const changed = new Map<string, number>();
    for (let pass = 0; pass < 5; pass++) {
      const edits = preferredEdits([...results.values()].flat());
      if (edits.length === 0) break;
      for (const file of files) {
        const mine = edits.filter((edit) => edit.uri === file.uri);
        if (mine.length === 0) continue;
        const next = applyEdits(file.text, mine);
        if (next === file.text) continue;
        file.text = next;
        changed.set(file.uri, (changed.get(file.uri) ?? 0) + mine.length);
      }
      results = lintWorkspace(files, engineOptions);
    }
    for (const file of files) {
      if (!changed.has(file.uri)) continue;
      await fs.writeFile(file.uri, file.text, 'utf8');
      err(t('cli.fixed', { path: file.uri, count: changed.get(file.uri)! }));
    }
  }

  const all = [...results.values()].flat();
  const errors = all.filter((finding) => finding.severity === 'error').length + problems.length;
  const warnings = all.filter((finding) => finding.severity === 'warning').length;
  if (parsed.format === 'json') out(JSON.stringify(toJson(results, errors, warnings), null, 2));
  else if (parsed.format === 'sarif') out(JSON.stringify(toSarif(results), null, 2));
  else printText(results, files.length, errors, warnings);
  return errors > 0 ? 1 : 0;
}

function plainFinding(finding: Finding) {
  return {
    range: finding.range,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    ...(finding.relatedInformation?.length
      ? { relatedInformation: finding.relatedInformation.map((info) => ({ path: info.uri, range: info.range, message: info.message })) }
      : {}),
  };
}

function toJson(results: Map<string, Finding[]>, errors: number, warnings: number) {
  return {
    files: [...results].map(([file, findings]) => ({ path: file, diagnostics: findings.map(plainFinding) })),
    summary: { errors, warnings },
  };
}

function toSarif(results: Map<string, Finding[]>) {
  const level = (severity: string) => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kraft-config', informationUri: 'https://github.com/kraft-tools/kraft-config', rules: [] as unknown[] } },
        results: [...results].flatMap(([file, findings]) =>
          findings.map((finding) => ({
            ruleId: finding.code,
            level: level(finding.severity),
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file },
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

function printText(results: Map<string, Finding[]>, fileCount: number, errors: number, warnings: number) {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const mark = { error: paint('31', 'error'), warning: paint('33', 'warning'), information: paint('36', 'info'), hint: paint('2', 'hint') };
  for (const [file, findings] of results) {
    if (findings.length === 0) continue;
    out(paint('1', file));
    for (const finding of findings) {
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      out(`  ${where.padEnd(7)} ${mark[finding.severity].padEnd(color ? 16 : 7)} ${finding.message}  ${paint('2', finding.code)}`);
      for (const info of finding.relatedInformation ?? []) out(`          ${paint('2', `↳ ${info.uri}:${info.range.start.line + 1}: ${info.message}`)}`);
    }
    out('');
  }
  out(t('cli.summary', { files: fileCount, errors, warnings }));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    err(String(error?.stack ?? error));
    process.exitCode = 2;
  },
);
