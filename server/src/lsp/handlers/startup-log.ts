// One line in the log once the first analysis is done: how many folders, files and clusters, and how long it took.
import { t } from '../../engine';
import type { Handler } from './handler';

export const startupLogHandler: Handler = {
  register(connection, session) {
    const started = Date.now();
    let logged = false;
    session.onValidated(() => {
      if (logged) return;
      logged = true;
      const analyses = session.folderAnalyses();
      connection.console.info(
        t('topo.log.summary', {
          ms: Date.now() - started,
          folders: session.folders.paths().length,
          files: session.files.texts.size,
          configs: analyses.reduce((sum, analysis) => sum + analysis.workspace.nodes.size, 0),
          clusters: analyses.reduce((sum, analysis) => sum + analysis.workspace.clusters.length, 0),
        }),
      );
    });
  },
};
