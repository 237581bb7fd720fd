// Compose reads `docker-compose.override.yml` (or `compose.override.yaml`...) on top of the file beside it: one
// project. The override's services add to or replace parts of the base's, variable by variable.
import type { ComposeFile, ComposeService, ReadFile } from './model';
import { parseComposeFile } from './model';
import { baseName, resolveUri } from './uri';

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** `docker-compose.override.yml` → the base name it overrides (same prefix, either extension). */
export function isOverrideFile(uri: string): boolean {
  return /^(docker-)?compose\.override\.ya?ml$/i.test(baseName(uri));
}

function siblings(uri: string, names: string[], read: ReadFile): { uri: string; text: string } | undefined {
  for (const name of names) {
    const candidate = resolveUri(uri, name);
    const text = read(candidate);
    if (text !== undefined) return { uri: candidate, text };
  }
  return undefined;
}

/** The base file an override file belongs to, when it exists. */
export function baseOf(uri: string, read: ReadFile): { uri: string; text: string } | undefined {
  return isOverrideFile(uri) ? siblings(uri, BASE_NAMES, read) : undefined;
}

/** The override file compose would apply on top of a base file, when there is one. */
export function overrideOf(uri: string, read: ReadFile): { uri: string; text: string } | undefined {
  if (isOverrideFile(uri) || !BASE_NAMES.includes(baseName(uri).toLowerCase())) return undefined;
  const prefix = baseName(uri).toLowerCase().startsWith('docker-') ? 'docker-compose' : 'compose';
  return siblings(uri, [`${prefix}.override.yml`, `${prefix}.override.yaml`], read);
}

function mergeService(base: ComposeService, over: ComposeService): ComposeService {
  return {
    ...base,
    image: over.image ?? base.image,
    hostname: over.hostname ?? base.hostname,
    containerName: over.containerName ?? base.containerName,
    networkMode: over.networkMode ?? base.networkMode,
    replacesLauncher: over.replacesLauncher || base.replacesLauncher,
    env: new Map([...base.env, ...over.env]),
    environment: base.environment ?? over.environment,
    ports: [...base.ports, ...over.ports],
    volumes: [
      ...base.volumes.filter((volume) => !over.volumes.some((other) => other.target === volume.target)),
      ...over.volumes,
    ],
  };
}

/** Parses a base file with its override applied (the override read through `read`). */
export function parseProject(uri: string, text: string, read: ReadFile): ComposeFile {
  const base = parseComposeFile(uri, text, { read });
  const override = overrideOf(uri, read);
  if (!override) return base;
  const over = parseComposeFile(override.uri, override.text, { read, variables: base.variables });
  const services = base.services.map((service) => {
    const other = over.services.find((candidate) => candidate.name === service.name);
    return other ? mergeService(service, other) : service;
  });
  for (const service of over.services)
    if (!base.services.some((candidate) => candidate.name === service.name)) services.push(service);
  return { ...base, services };
}
