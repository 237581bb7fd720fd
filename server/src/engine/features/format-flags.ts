// Which `kafka-storage format` flags a node needs (KIP-853): static quorums take none of the dynamic flags (4.0.2+,
// 4.1.1+ and 4.2+ refuse them with controller.quorum.voters set); a dynamic quorum's first controllers take
// --standalone or one identical --initial-controllers list; brokers and controllers added later take --no-initial-controllers.
import { t } from '../i18n';
import { controllerEndpoint } from '../rules/cluster/endpoints';
import type { NodeConfig } from '../workspace/node';

/** Markdown saying how to format this node, or undefined when its quorum is not configured. */
export function formatFlagsMarkdown(node: NodeConfig, peers: NodeConfig[]): string | undefined {
  if (node.voters.length > 0) return t('feat.format.static');
  if (node.bootstrapServers.length === 0) return undefined;
  if (!node.isController) return t('feat.format.broker');
  const controllers = [node, ...peers.filter((peer) => peer.isController && peer.voters.length === 0)]
    .filter((member) => member.nodeId !== undefined)
    .sort((a, b) => a.nodeId! - b.nodeId!);
  if (controllers.length === 1) return t('feat.format.standalone');
  const list = controllers
    .map((member) => {
      const endpoint = controllerEndpoint(member);
      return `${member.nodeId}@${endpoint?.host ?? '<host>'}:${endpoint?.port ?? '<port>'}:<directory-id-${member.nodeId}>`;
    })
    .join(',');
  return t('feat.format.initial', { list });
}
