import { hostOf, normalizeHost, voterEntryOf } from '../../workspace/cluster';
import { ownControllerListener } from '../../workspace/node';
import { at, defineClusterRule, shortPath } from '../rule';
import { rewriteVoters } from '../edits';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A DNS name and an IP may be the same machine; loopback names say nothing. Compare like with like only. */
const comparableHosts = (a: string, b: string) =>
  a !== 'localhost' && b !== 'localhost' && IPV4.test(a) === IPV4.test(b);

export default defineClusterRule({
  code: 'voter-node-mismatch',
  defaultSeverity: 'error',
  explains: ['voters-mismatch', 'quorum-size'],
  docs: {
    en: "Each voter entry must match the controller it names: that node's `node.id`, its host and the port of its controller listener. A voter id that belongs to a broker-only node, or a controller that no other node lists as a voter, means the quorum other nodes expect does not exist.",
    zh: '每个投票者条目都必须与它指向的控制器一致：该节点的 `node.id`、主机以及控制器监听器端口。如果投票者 id 属于只有 broker 角色的节点，或某个控制器没有被其他节点列为投票者，那么其他节点期望的仲裁并不存在。',
  },
  messages: {
    en: {
      port: 'Voter {id} uses port {voterPort}, but controller {id} ({file}) listens on {listenerPort}.',
      host: 'Voter {id} names host {voterHost}, but controller {id} ({file}) runs on {nodeHost}.',
      broker: 'Voter {id} is a broker-only node ({file}); only controllers can be voters.',
      notListed: 'This controller (node.id {id}) is not a voter in the other nodes of the cluster ({file}).',
      named: 'the node voter {id} names',
      rebuild: 'Rebuild voter {id} as {entry} on every node',
      removeEverywhere: 'Remove voter {id} on every node',
      addEverywhere: 'Add {entry} to controller.quorum.voters on every other node',
    },
    zh: {
      port: '投票者 {id} 使用端口 {voterPort}，但控制器 {id}（{file}）监听的是 {listenerPort}。',
      host: '投票者 {id} 指向主机 {voterHost}，但控制器 {id}（{file}）运行在 {nodeHost}。',
      broker: '投票者 {id} 是只有 broker 角色的节点（{file}）；只有控制器才能成为投票者。',
      notListed: '该控制器（node.id {id}）在集群其他节点中不是投票者（{file}）。',
      named: '投票者 {id} 指向的节点',
      rebuild: '在所有节点上把投票者 {id} 重建为 {entry}',
      removeEverywhere: '在所有节点上删除投票者 {id}',
      addEverywhere: '在其他所有节点的 controller.quorum.voters 中添加 {entry}',
    },
  },
  check({ cluster, report }) {
    const byId = new Map(cluster.nodes.filter((node) => node.nodeId !== undefined).map((node) => [node.nodeId!, node]));
    for (const node of cluster.nodes) {
      if (!node.votersEntry) continue;
      for (const voter of node.voters) {
        const endpoint = voter.parsed.endpoint;
        const target = byId.get(voter.parsed.id);
        if (!endpoint || !target || target === node) continue;
        // Ranges are worked out only for a voter that is reported: most voters are right.
        const votersEntry = node.votersEntry;
        const range = () => at.span(node, votersEntry, voter.span);
        const related = () =>
          target.nodeIdEntry
            ? [
                {
                  uri: target.uri,
                  range: at.entry(target, target.nodeIdEntry),
                  messageId: 'named',
                  args: { id: voter.parsed.id },
                },
              ]
            : undefined;
        if (!target.isController) {
          if (target.isBroker) {
            const id = voter.parsed.id;
            report(node.uri, {
              range: range(),
              messageId: 'broker',
              args: { id, file: shortPath(target.uri) },
              related: related(),
              fixes: [
                {
                  titleId: 'removeEverywhere',
                  args: { id },
                  edits: rewriteVoters(cluster.nodes, (entries) =>
                    entries.filter((text) => !text.startsWith(`${id}@`)),
                  ),
                },
              ],
            });
          }
          continue;
        }
        const listener = ownControllerListener(target);
        const targetHost = hostOf(target);
        const rebuilt =
          listener && targetHost
            ? `${voter.parsed.id}@${targetHost === 'localhost' ? endpoint.host : targetHost}:${listener.port}`
            : undefined;
        const fixes = () =>
          rebuilt
            ? [
                {
                  titleId: 'rebuild',
                  args: { id: voter.parsed.id, entry: rebuilt },
                  edits: rewriteVoters(cluster.nodes, (entries) =>
                    entries.map((text) => (text.startsWith(`${voter.parsed.id}@`) ? rebuilt : text)),
                  ),
                  preferred: true,
                },
              ]
            : undefined;
        if (listener && listener.port !== 0 && listener.port !== endpoint.port) {
          report(node.uri, {
            range: at.span(node, node.votersEntry, endpoint.portSpan),
            messageId: 'port',
            args: {
              id: voter.parsed.id,
              voterPort: endpoint.port,
              listenerPort: listener.port,
              file: shortPath(target.uri),
            },
            related: related(),
            fixes: fixes(),
          });
        } else if (
          targetHost &&
          comparableHosts(normalizeHost(endpoint.host), targetHost) &&
          normalizeHost(endpoint.host) !== targetHost
        ) {
          report(node.uri, {
            range: at.span(node, node.votersEntry, endpoint.hostSpan),
            messageId: 'host',
            args: { id: voter.parsed.id, voterHost: endpoint.host, nodeHost: targetHost, file: shortPath(target.uri) },
            related: related(),
            fixes: fixes(),
          });
        }
      }
    }
    // A controller missing from everyone else's voters: only when the others agree on a voter set.
    for (const node of cluster.controllers) {
      if (node.nodeId === undefined || !node.votersEntry) continue;
      const others = cluster.nodes.filter((other) => other !== node && other.votersEntry && other.voters.length > 0);
      if (others.length === 0 || others.some((other) => other.voters.some((voter) => voter.parsed.id === node.nodeId)))
        continue;
      if (!node.voters.some((voter) => voter.parsed.id === node.nodeId)) continue; // controller-not-in-voters reports it
      const entry = voterEntryOf(node);
      const fixes = entry
        ? [
            {
              titleId: 'addEverywhere',
              args: { entry },
              edits: rewriteVoters(others, (entries) => [...entries, entry]),
            },
          ]
        : [];
      report(node.uri, {
        range: at.value(node, node.nodeIdEntry!),
        messageId: 'notListed',
        args: { id: node.nodeId, file: shortPath(others[0].uri) },
        fixes,
      });
    }
  },
});
