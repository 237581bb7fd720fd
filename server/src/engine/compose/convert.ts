// bitnami/kafka → apache/kafka for one service, as YAML edits: the image, every variable in apache's spelling, the
// cluster id as CLUSTER_ID, bitnami's own switches removed, data kept in the same volume (its `data` folder).
import { apacheDialect } from './dialects/apache';
import { bitnamiDialect } from './dialects/bitnami';
import { parseImage } from './dialects/types';
import type { FileEdit } from '../types';
import type { ServiceNode } from './project';
import { renderScalar } from './scalar-write';
import { indentAt, lineBreakOf, positionAt, rangeAt } from './text';
import { removeVariable } from './variable-edits';
import { t } from '../i18n';

const APACHE_DATA_DIR = '/var/lib/kafka/data';

/** The edits, or undefined when part of the service's environment is written elsewhere (env_file, an x- block). */
export function bitnamiToApache(node: ServiceNode): FileEdit[] | undefined {
  const { service } = node;
  const block = service.environment;
  if (
    node.dialect !== bitnamiDialect ||
    !service.image ||
    service.image.unresolved ||
    !block ||
    block.items.length === 0
  )
    return undefined;
  const source = block.source;
  const edits: FileEdit[] = [];
  const edit = (start: number, end: number, newText: string) =>
    edits.push({ uri: source.uri, range: rangeAt(source, start, end), newText });
  const own = (token: { source: typeof source; start: number }) =>
    token.source === source && block.items.some((item) => item.start <= token.start && token.start < item.end);

  const version = bitnamiDialect.kafkaVersion(parseImage(service.image.text).tag);
  const image = service.image.token;
  edit(image.start, image.end, `apache/kafka:${version ? `${version}.0` : 'latest'}`);
  let hasLogDirs = false;
  const rolesVariable = [...service.env.values()].find(
    (variable) => bitnamiDialect.propertyOf(variable.name) === 'process.roles',
  );
  // apache/kafka exits when a controller-only service advertises listeners (bitnami passes them to Kafka).
  const controllerOnly =
    rolesVariable?.value?.text
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean)
      .join(',') === 'controller';
  for (const variable of service.env.values()) {
    if (!own(variable.nameToken)) {
      if (variable.name.startsWith('KAFKA_')) return undefined;
      continue;
    }
    const property = bitnamiDialect.propertyOf(variable.name);
    const renamed = property
      ? apacheDialect.variableOf(property)
      : bitnamiDialect.clusterIdVariables.includes(variable.name)
        ? 'CLUSTER_ID'
        : undefined;
    if (property === 'log.dirs') hasLogDirs = true;
    if (property === 'advertised.listeners' && controllerOnly) {
      const removal = removeVariable(variable);
      if (!removal) return undefined;
      edits.push(removal);
    } else if (renamed) {
      if (renamed !== variable.name) edit(variable.nameToken.start, variable.nameToken.end, renamed);
    } else if (bitnamiDialect.isImageVariable(variable.name)) {
      const removal = removeVariable(variable);
      if (!removal) return undefined;
      edits.push(removal);
    }
  }
  // bitnami keeps data in /bitnami/kafka/data; the same volume mounted at /var/lib/kafka keeps it at the apache path.
  for (const volume of service.volumes) {
    if (volume.target.replace(/\/+$/, '') !== '/bitnami/kafka' || volume.token.source !== source) continue;
    const written = source.text.slice(volume.token.start, volume.token.end);
    if (!written.includes(':/bitnami/kafka')) return undefined;
    edit(volume.token.start, volume.token.end, written.replace(':/bitnami/kafka', ':/var/lib/kafka'));
  }
  if (!hasLogDirs) {
    const last = block.items[block.items.length - 1];
    const lineEnd = source.lineStarts[positionAt(source, last.end).line + 1] ?? source.text.length;
    const indent = indentAt(source, last.start);
    const line =
      block.form === 'map'
        ? `${indent}KAFKA_LOG_DIRS: ${APACHE_DATA_DIR}`
        : `${indent}- ${renderScalar(`KAFKA_LOG_DIRS=${APACHE_DATA_DIR}`, 'PLAIN')}`;
    const needsBreak = lineEnd === source.text.length && !/[\r\n]$/.test(source.text);
    edits.push({
      uri: source.uri,
      range: rangeAt(source, lineEnd, lineEnd),
      newText: (needsBreak ? lineBreakOf(source) : '') + line + lineBreakOf(source),
    });
  }
  return edits;
}

/**
 * Compose → properties: the server.properties each Kafka service's image builds from its environment, one file per
 * service (`<service>/server.properties`), for running the same cluster without containers.
 */
export function composeToProperties(
  nodes: ServiceNode[],
  composeName: string,
): { path: string; content: string; partial: boolean }[] {
  return nodes.map((node) => ({
    path: `${node.service.name}/server.properties`,
    content: `${t('compose.export.header', { service: node.service.name, file: composeName, image: node.service.image?.text ?? node.dialect.repositories[0] })}\n${node.text}`,
    partial: node.partial,
  }));
}
