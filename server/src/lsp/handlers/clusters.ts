// `kraft/clusters`: the cluster model of the current analysis, for the status item, the Clusters view and the
// topology picture; `kraft/clustersChanged` tells the client when it changed. Shaping lives in engine/features/topology.
import type { Connection } from 'vscode-languageserver/node';
import { topologyOf, type TopologyModel } from '../../engine/ide';
import type { Session } from '../session';
import type { Handler } from './handler';

export const CLUSTERS_REQUEST = 'kraft/clusters';
export const CLUSTERS_CHANGED = 'kraft/clustersChanged';

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
    let last = '';
    session.onValidated(() => {
      const key = JSON.stringify(clusterModel(session));
      if (key === last) return;
      last = key;
      void connection.sendNotification(CLUSTERS_CHANGED, {});
      // Code lenses say "cluster of 6 · 2 problems": ask the client to fetch them again (clients without it refuse).
      connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    });
  },
};
