// `kraft/clusters`: the cluster model of the current analysis, for the status item, the Clusters view and the
// topology picture; `kraft/clustersChanged` tells the client when it changed. Shaping lives in engine/features/topology.
import { createHash } from 'node:crypto';
import type { Connection } from 'vscode-languageserver/node';
import type { Cluster, Finding } from '../../engine';
import { processKey, topologyOf, type TopologyModel } from '../../engine/ide';
import type { Session } from '../session';
import type { Handler } from './handler';
import { compareText } from '../../engine';

export const CLUSTERS_REQUEST = 'kraft/clusters';
export const CLUSTERS_CHANGED = 'kraft/clustersChanged';

/** The model of every folder and compose project, with file identities in the client's URI spelling. */
export function clusterModel(session: Session): TopologyModel {
  const clusters = [
    ...session.folderAnalyses().flatMap(({ workspace, findings }) => topologyOf(workspace, findings).clusters),
    ...session.composeClusters(),
  ];
  // Compose projects take their place among the folders, as the properties clusters are ordered.
  clusters.sort((a, b) => compareText(a.folder, b.folder) || compareText(a.id, b.id));
  for (const cluster of clusters) {
    const keys = new Map<string, string>();
    for (const host of cluster.hosts)
      for (const process of host.processes) {
        const before = processKey(process);
        process.uri = session.uriOf(process.uri);
        keys.set(before, processKey(process));
      }
    for (const edge of cluster.edges) {
      edge.from = keys.get(edge.from) ?? session.uriOf(edge.from);
      edge.to = keys.get(edge.to) ?? session.uriOf(edge.to);
    }
  }
  return { clusters };
}

const digestOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64');

export const clustersHandler: Handler = {
  register(connection: Connection, session: Session) {
    connection.onRequest(CLUSTERS_REQUEST, async () => {
      await session.current();
      return clusterModel(session);
    });
    // Only a model that really changed is announced: typing inside a value that changes nothing stays quiet.
    // Building the model of every cluster costs more than the edit itself on a large workspace, so each cluster's
    // part is built again only when its cluster or one of its files' findings lists is new (the incremental linter
    // reuses both for everything an edit did not touch); the whole is compared part by part.
    // A part is remembered by a digest of its JSON: the JSON itself held about 6 KB per cluster for the whole session.
    const parts = new WeakMap<Cluster, { lists: (Finding[] | undefined)[]; digest: string }>();
    let last: string[] = [];
    session.onValidated(() => {
      const now = session.folderAnalyses().flatMap(({ workspace, findings }) =>
        workspace.clusters.map((cluster) => {
          const lists = cluster.nodes.map((node) => findings.get(node.uri));
          const known = parts.get(cluster);
          if (known?.lists.every((list, i) => list === lists[i])) return known.digest;
          const digest = digestOf(topologyOf({ ...workspace, clusters: [cluster] }, findings).clusters);
          parts.set(cluster, { lists, digest });
          return digest;
        }),
      );
      // Compose projects are few: their part is built again each time.
      for (const cluster of session.composeClusters()) now.push(digestOf(cluster));
      // Regrouping after an edit may list the same clusters in another order: order is not a change.
      now.sort();
      if (now.length === last.length && now.every((digest, i) => digest === last[i])) return;
      last = now;
      void connection.sendNotification(CLUSTERS_CHANGED, {});
      // Code lenses say "cluster of 6 · 2 problems": ask the client to fetch them again (clients without it refuse).
      connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    });
  },
};
