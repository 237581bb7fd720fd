// `kraft-config compose-export`: the server.properties each Kafka service of a compose file receives, written out
// (compose → properties). The engine computes them; this file reads the compose file and writes the results.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeCompose, composeToProperties, t } from '../engine';
import { composeReader } from '../compose-host';
import { err, out } from './output';

export async function runComposeExport(args: string[]): Promise<number> {
  let file: string | undefined;
  let dir: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') dir = args[++i];
    else if (args[i] === '--force') force = true;
    else if (!args[i].startsWith('-') && file === undefined) file = args[i];
    else {
      err(t('compose.export.usage'));
      return 2;
    }
  }
  if (!file || !dir) {
    err(t('compose.export.usage'));
    return 2;
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    err(t('cli.notFound', { path: `${file} (${(error as Error).message})` }));
    return 1;
  }
  const uri = path.resolve(file).split(path.sep).join('/');
  const analyzed = analyzeCompose({ uri, text }, composeReader());
  const outputs = composeToProperties(analyzed.project.nodes, path.basename(file));
  if (outputs.length === 0) {
    err(t('compose.export.none', { file }));
    return 1;
  }
  const targets = outputs.map((output) => ({ ...output, target: path.join(dir!, output.path) }));
  for (const target of targets) {
    const exists = await fs.stat(target.target).then(
      () => true,
      () => false,
    );
    if (exists && !force) {
      err(t('compose.export.exists', { path: target.target }));
      return 1;
    }
  }
  for (const target of targets) {
    await fs.mkdir(path.dirname(target.target), { recursive: true });
    await fs.writeFile(target.target, target.content, 'utf8');
    if (target.partial) err(t('compose.export.partial', { service: target.path.split('/')[0], path: target.target }));
  }
  out(t('compose.export.written', { count: targets.length, dir }));
  return 0;
}
