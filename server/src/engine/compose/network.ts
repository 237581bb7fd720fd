// The compose network as Kafka's hosts see it: which names resolve (service names, hostname:, container_name:),
// which service a name reaches, and what the host machine reaches through published ports.
import { isWildcardHost } from '../parser/values';
import type { ComposeProject, ServiceNode } from './project';

/** Loopback names: inside a container they mean the container itself; from the host machine, a published port. */
export const isLoopback = (host: string) => ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host.toLowerCase());

/** Names that cannot be judged here: IP literals, fully qualified names, Docker's names for the host machine. */
export function isExternal(host: string): boolean {
  const lower = host.toLowerCase();
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(lower) || lower.includes(':') || lower.includes('.') || isWildcardHost(lower);
}

/** Every service of the compose file that answers to a name, Kafka or not (a name may be any container's). */
export function serviceNamed(project: ComposeProject, host: string): { name: string; node?: ServiceNode } | undefined {
  const lower = host.toLowerCase();
  const node = project.nodes.find((candidate) => candidate.aliases.some((alias) => alias.toLowerCase() === lower));
  if (node) return { name: node.service.name, node };
  const other = project.file.services.find((service) =>
    [service.name, service.hostname, service.containerName].some((alias) => alias?.toLowerCase() === lower),
  );
  return other ? { name: other.name } : undefined;
}
