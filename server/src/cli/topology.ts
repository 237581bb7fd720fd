// `kraft-config topology`: the cluster model of some files as a Mermaid flowchart, an SVG picture or JSON, for
// documentation and CI artefacts. The files are found and read like `lint` does (cli.ts hands its collector in).
import { promises as fs } from 'node:fs';
import { analyzeWorkspace, isKnownVersion, lintAnalyzed, t, type WorkspaceFile } from '../engine';
import { STATIC_SVG_STYLE, topologyMermaid, topologyOf, topologySvg } from '../engine/ide';

export type TopologyFormat = 'mermaid' | 'svg' | 'json';

export interface TopologyIo {
  /** Finds the server configs among the targets, as `lint` does. */
  collect(targets: string[]): Promise<{ files: WorkspaceFile[]; problems: string[] }>;
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, text: string): Promise<void>;
}

interface TopologyArgs {
  format: TopologyFormat;
  kafkaVersion?: string;
  out?: string;
  targets: string[];
}

function parse(args: string[]): TopologyArgs | string {
  const parsed: TopologyArgs = { format: 'mermaid', targets: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--format') {
      const format = value();
      if (format !== 'mermaid' && format !== 'svg' && format !== 'json')
        return t('topo.cli.badFormat', { format: String(format) });
      parsed.format = format;
    } else if (flag === '--kafka-version') {
      const version = value();
      if (!version || !isKnownVersion(version)) return t('cli.badVersion', { version: String(version) });
      parsed.kafkaVersion = version;
    } else if (flag === '--out' || flag === '-o') {
      parsed.out = value();
      if (!parsed.out) return t('cli.unknownOption', { option: arg });
    } else if (arg.startsWith('-')) {
      return t('cli.unknownOption', { option: arg });
    } else {
      parsed.targets.push(arg);
    }
  }
  if (parsed.targets.length === 0) return t('cli.noTargets');
  return parsed;
}

/** Renders the topology of the targets; exit code 0, or 2 on bad usage or unreadable targets. */
export async function runTopology(args: string[], io: TopologyIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(t('cli.usage'));
    return 2;
  }
  const { files, problems } = await io.collect(parsed.targets);
  for (const problem of problems) io.err(problem);
  const workspace = analyzeWorkspace(files, { kafkaVersion: parsed.kafkaVersion });
  const model = topologyOf(workspace, lintAnalyzed(workspace, { kafkaVersion: parsed.kafkaVersion }));
  const text =
    parsed.format === 'json'
      ? JSON.stringify(model, null, 2) + '\n'
      : parsed.format === 'svg'
        ? topologySvg(model, { style: STATIC_SVG_STYLE, label: (uri) => uri }) + '\n'
        : topologyMermaid(model, (uri) => uri);
  if (parsed.out) await io.writeFile(parsed.out, text);
  else io.out(text.replace(/\n$/, ''));
  return problems.length > 0 ? 2 : 0;
}

export const nodeTopologyIo = (collect: TopologyIo['collect']): TopologyIo => ({
  collect,
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  writeFile: (path, text) => fs.writeFile(path, text, 'utf8'),
});
