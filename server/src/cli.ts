// kraft-config: the same engine as the editor, for CI pipelines and other editors.
// Subcommands live in a table (and in files of their own under ./cli) so that adding one is one line here.
import { setLocale, t } from './engine';
import { collectConfigs, runLint } from './cli/lint';
import { nodeGenerateIo, runGenerate } from './cli/generate';
import { err, out } from './cli/output';
import { packageManifest } from './cli/manifest';
import { nodeTopologyIo, runTopology } from './cli/topology';
import { runComposeExport } from './cli/compose-export';
import { runComposeImport } from './cli/compose-import';
import { signalWarm } from './warm';

type Subcommand = (args: string[]) => Promise<number> | number;

const subcommands: Record<string, Subcommand> = {
  lint: async (args) => {
    const code = await runLint(args);
    // The functions a lint compiled are the ones worth keeping for the next start (code-cache.ts).
    signalWarm();
    return code;
  },
  generate: (args) => runGenerate(args, nodeGenerateIo()),
  topology: (args) => runTopology(args, nodeTopologyIo(collectConfigs)),
  'compose-export': runComposeExport,
  'compose-import': runComposeImport,
  serve: async () => {
    await import('./server');
    return new Promise<number>(() => undefined);
  },
  version: () => {
    out(packageManifest.version);
    return 0;
  },
  help: () => {
    out(t('cli.usage'));
    return 0;
  },
};
const aliases: Record<string, string> = { '--version': 'version', '--help': 'help', '-h': 'help' };

async function main(argv: string[]): Promise<number> {
  // `--locale en|zh-cn` anywhere on the line wins over KRAFT_LOCALE and the environment's locale.
  const localeAt = argv.indexOf('--locale');
  const locale = localeAt >= 0 ? argv.splice(localeAt, 2)[1] : undefined;
  setLocale(locale ?? process.env.KRAFT_LOCALE ?? process.env.LC_ALL ?? process.env.LANG);
  const [command, ...rest] = argv;
  if (command === undefined) {
    out(t('cli.usage'));
    return 2;
  }
  const run = subcommands[aliases[command] ?? command];
  if (!run || !Object.hasOwn(subcommands, aliases[command] ?? command)) {
    err(t('cli.unknownCommand', { command }));
    err(t('cli.usage'));
    return 2;
  }
  return run(rest);
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
