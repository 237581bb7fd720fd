// `kraft/clusters`: the cluster model of the current analysis, for the status item, the Clusters view and the
// topology picture; `kraft/clustersChanged` tells the client when it changed. Shaping lives in engine/features/topology.
import type { Connection } from 'vscode-languageserver/node';
import { topologyOf, type TopologyModel } from '../../engine/ide';
import type { Session } from '../session';
import type { Handler } from './handler';

export const CLUSTERS_REQUEST = 'kraft/clusters';
export const CLUSTERS_CHANGED = 'kraft/clustersChanged';
const COALESCE_MS = 200;

/** The model of every folder, with file identities in the client's URI spelling. */
export function clusterModel(session: Session): TopologyModel {
  const clusters = session.folderAnalyses().flatMap(({ workspace, findings }) => topologyOf(workspace, findings).clusters);
  for (const cluster of clusters) {
    for (const host of cluster.hosts) for (const process of host.processes) process.uri = session.uriOf(process.uri);
    for (const edge of cluster.edges) {
      edge.from = session.uriOf(edge.from);
      edge.to = session.uriOf(edge.to);
    }
  }
  return { clusters };
}

export const clustersHandler: Handler = {
  register(connection: Connection, session: Session) {
    connection.onRequest(CLUSTERS_REQUEST, async () => {
      await session.current();
      return clusterModel(session);
    });
    // Only a model that really changed is announced: typing inside a value that changes nothing stays quiet.
    // Building the model of every cluster costs as much as the edit itself, so it is not done on the keystroke's
    // path: a validation that reused every cluster and every findings list (compared by identity) is skipped at
    // once, and the others are compared at most once per COALESCE_MS.
    let last = '';
    let lastParts: unknown[] = [];
    let timer: NodeJS.Timeout | undefined;
    const compare = () => {
      timer = undefined;
      const key = JSON.stringify(clusterModel(session));
      if (key === last) return;
      last = key;
      void connection.sendNotification(CLUSTERS_CHANGED, {});
      // Code lenses say "cluster of 6 · 2 problems": ask the client to fetch them again (clients without it refuse).
      connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    };
    session.onValidated(() => {
      const parts = session.folderAnalyses().flatMap(({ workspace, findings }) => workspace.clusters.flatMap((cluster) => [cluster, ...cluster.nodes.map((node) => findings.get(node.uri))]));
      if (parts.length === lastParts.length && parts.every((part, i) => part === lastParts[i])) return;
      lastParts = parts;
      if (timer === undefined) timer = setTimeout(compare, COALESCE_MS);
    });
  },
};
