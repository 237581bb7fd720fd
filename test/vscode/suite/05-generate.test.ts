import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, errorsOf, sleep } from './helpers';

// Mirrors client/src/generateWizard.ts: with { spec, targetFolder } the command skips the wizard UI.
interface GenerateCommandResult {
  written: string[];
  warnings: string[];
  cancelled?: boolean;
}

async function generate(spec: Record<string, unknown>, targetFolder: string): Promise<vscode.Uri[]> {
  const result = await vscode.commands.executeCommand<GenerateCommandResult>('kraft.generateCluster', {
    spec,
    targetFolder,
    overwrite: true,
  });
  assert.ok(result && !result.cancelled, `generated: ${JSON.stringify(result)}`);
  return result.written.map((u) => vscode.Uri.parse(u));
}

async function assertNoErrors(files: vscode.Uri[]): Promise<void> {
  for (const f of files) await vscode.workspace.openTextDocument(f);
  await sleep(3000);
  const report = files
    .map((f) => `${vscode.workspace.asRelativePath(f)}: ${describeDiagnostics(errorsOf(f))}`)
    .join('\n');
  assert.ok(
    files.every((f) => errorsOf(f).length === 0),
    `no errors in the generated files:\n${report}`,
  );
}

describe('generate cluster command', () => {
  before(async () => {
    await activateExtension();
  });

  it('kraft.generateCluster is registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('kraft.generateCluster'));
  });

  it('generates a combined three-node cluster from a scripted spec (no UI) that lints clean', async () => {
    const written = await generate(
      { layout: 'combined', controllers: 3, kafkaVersion: '4.0', clusterId: 'q1Sh-9_ISia_zwGINzRvyQ' },
      'generated/combined',
    );
    const props = written.filter((u) => u.path.endsWith('.properties'));
    assert.strictEqual(
      props.length,
      3,
      `three node files among ${written.map((u) => vscode.workspace.asRelativePath(u)).join(', ')}`,
    );
    for (const u of props) await vscode.workspace.fs.stat(u); // on disk
    const first = await vscode.workspace.openTextDocument(props[0]);
    assert.strictEqual(first.languageId, 'kafka-properties');
    assert.match(first.getText(), /^process\.roles=broker,controller$/m);
    await assertNoErrors(props);
  });

  it('generates an isolated cluster (3 controllers + 3 brokers) with a dynamic quorum that lints clean', async () => {
    const written = await generate(
      { layout: 'isolated', controllers: 3, brokers: 3, kafkaVersion: '4.0', quorum: 'dynamic' },
      'generated/isolated',
    );
    const props = written.filter((u) => u.path.endsWith('.properties'));
    assert.strictEqual(props.length, 6, written.map((u) => vscode.workspace.asRelativePath(u)).join(', '));
    await assertNoErrors(props);
  });

  it('adds a broker to a generated static cluster and updates nothing else (scripted, no preview)', async () => {
    const written = await generate(
      { layout: 'combined', controllers: 3, kafkaVersion: '4.3', clusterId: 'q1Sh-9_ISia_zwGINzRvyQ' },
      'generated/grow',
    );
    const props = written.filter((u) => u.path.endsWith('.properties'));
    const before = new Set((await vscode.workspace.findFiles('**/*.properties')).map((u) => u.toString()));
    const textsBefore = await Promise.all(
      props.map(async (u) => Buffer.from(await vscode.workspace.fs.readFile(u)).toString('utf8')),
    );
    const applied = await vscode.commands.executeCommand<boolean>('kraft.addNodeToCluster', {
      role: 'broker',
      host: 'localhost',
      files: props.map((u) => u.fsPath),
      confirm: false,
    });
    assert.strictEqual(applied, true);
    const after = await vscode.workspace.findFiles('**/*.properties');
    const added = after.filter((u) => !before.has(u.toString()));
    assert.strictEqual(
      added.length,
      1,
      `one new node file: ${added.map((u) => vscode.workspace.asRelativePath(u)).join(', ')}`,
    );
    assert.match(
      vscode.workspace.asRelativePath(added[0]),
      /^generated\/grow\//,
      `placed beside the cluster it joins: ${vscode.workspace.asRelativePath(added[0])}`,
    );
    const text = (await vscode.workspace.openTextDocument(added[0])).getText();
    assert.match(text, /^process\.roles=broker$/m);
    const textsAfter = await Promise.all(
      props.map(async (u) => Buffer.from(await vscode.workspace.fs.readFile(u)).toString('utf8')),
    );
    assert.deepStrictEqual(textsAfter, textsBefore, 'a new broker leaves the static voters of the other nodes alone');
    await assertNoErrors([...props, added[0]]);
  });
});
