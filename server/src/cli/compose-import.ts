// `kraft-config compose-import`: the server.properties files of one cluster as one docker-compose.yml (properties →
// compose). The engine converts and checks that the result has no finding the files did not have; this file reads
// the files and writes the result.
import { promises as fs } from 'node:fs';
import { COMPOSE_IMAGES, defaultRandomBytes, kafkaUuid, type ComposeImage } from '../engine/generator';
import { isMetaPropertiesPath, propertiesToCompose, t } from '../engine';
import { err, out } from './output';
import { collectConfigs } from './lint';

export async function runComposeImport(args: string[]): Promise<number> {
  const targets: string[] = [];
  let target: string | undefined;
  let image: ComposeImage = 'apache';
  let kafkaVersion: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--out') target = args[++i];
    else if (arg === '--image' && (COMPOSE_IMAGES as readonly string[]).includes(args[i + 1]))
      image = args[++i] as ComposeImage;
    else if (arg === '--kafka-version') kafkaVersion = args[++i];
    else if (arg === '--force') force = true;
    else if (!arg.startsWith('-')) targets.push(arg);
    else {
      err(t('compose.import.usage'));
      return 2;
    }
  }
  if (targets.length === 0 || !target) {
    err(t('compose.import.usage'));
    return 2;
  }
  const { files, problems } = await collectConfigs(targets);
  for (const problem of problems) err(problem);
  const configs = files.filter((file) => !isMetaPropertiesPath(file.uri));
  const result = propertiesToCompose(configs, image, kafkaUuid(defaultRandomBytes), { kafkaVersion });
  if (!result.text || result.problems.length > 0) {
    err(result.text ? t('compose.import.rejected') : '');
    for (const problem of result.problems) err(`  ${problem}`);
    return 1;
  }
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    err(t('compose.export.exists', { path: target }));
    return 1;
  }
  await fs.writeFile(target, result.text, 'utf8');
  out(t('compose.import.written', { count: configs.length, file: target }));
  return 0;
}
