// An unpacked Kafka distribution tells its version through the jars in its `libs/` folder: the server finds them
// during its walk of the workspace (no look-up in every folder) and checks the distribution's configs against it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TopologyModel } from '../../server/src/engine/features/topology';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

describe('Kafka version of an unpacked distribution', function () {
  this.timeout(20000);
  let folder: string;
  let server: ServerUnderTest | undefined;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-distribution-'));
    const distribution = path.join(folder, 'vendor/kafka_2.13-3.8.0');
    fs.mkdirSync(path.join(distribution, 'libs'), { recursive: true });
    fs.writeFileSync(path.join(distribution, 'libs/kafka_2.13-3.8.0.jar'), '');
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), path.join(distribution, 'cluster'), { recursive: true });
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), path.join(folder, 'elsewhere'), { recursive: true });
  });
  after(() => {
    server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('checks the configs below libs/ against the jar version, the others against the newest', async () => {
    server = await startLanguageServer(folder);
    const model = async () => (await server!.connection.sendRequest('kraft/clusters', {})) as TopologyModel;
    let clusters: TopologyModel['clusters'] = [];
    const deadline = Date.now() + 10000;
    while (clusters.length < 2 && Date.now() < deadline) {
      clusters = (await model()).clusters;
      if (clusters.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const versionOf = (part: string) => clusters.find((cluster) => cluster.name === part)?.kafkaVersion;
    assert.equal(versionOf('cluster')?.version, '3.8', JSON.stringify(clusters.map((c) => c.name)));
    assert.match(versionOf('cluster')?.label ?? '', /libs\/kafka_2\.13-3\.8\.0\.jar|3\.8/);
    assert.notEqual(versionOf('elsewhere')?.version, '3.8');
  });
});
