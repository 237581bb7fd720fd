// Around the editor: the walkthrough, the "kraft-config lint" task with its problem matcher, the CI snippet command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, waitFor, wsUri } from './helpers';

describe('walkthrough, lint task and CI snippet', function () {
  this.timeout(90_000);
  let ext: vscode.Extension<unknown>;
  before(async () => {
    ext = await activateExtension();
  });

  it('the walkthrough has its three steps, every command link names a command that exists, and it opens', async () => {
    const walkthroughs = ext.packageJSON.contributes.walkthroughs as {
      id: string;
      steps: { id: string; description: string }[];
    }[];
    assert.deepStrictEqual(
      walkthroughs[0].steps.map((step) => step.id),
      ['open', 'fix', 'ci'],
    );
    // The extension host hands out package.json with its %placeholders% already replaced by package.nls.json.
    const nls = require(`${ext.extensionPath}/package.nls.json`) as Record<string, string>;
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthroughs[0].steps) {
      const text = step.description.startsWith('%') ? nls[step.description.replace(/%/g, '')] : step.description;
      assert.ok(text && /\]\(command:/.test(text), `${step.id} links a command`);
      for (const [, command] of text.matchAll(/\]\(command:([\w.]+)/g))
        assert.ok(commands.has(command), `${step.id}: ${command}`);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${ext.id}#kraft.start`, false);
  });

  it('the lint task runs the CLI over the folder and its problem matcher fills the Problems panel', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'kraft-config' });
    const lint = tasks.find((task) => task.name === 'lint');
    assert.ok(lint, tasks.map((task) => task.name).join(', '));
    assert.deepStrictEqual(lint.problemMatchers, ['$kraft-config']);
    const ended = new Promise<void>((resolve) => {
      const listener = vscode.tasks.onDidEndTask((event) => {
        if (event.execution.task.definition.type === 'kraft-config') {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.tasks.executeTask(lint);
    await ended;
    const broker = wsUri('cluster-with-mistakes/192.168.40.11/broker/server.properties');
    const fromTask = await waitFor(
      'problem matcher markers',
      () => {
        const found = vscode.languages.getDiagnostics(broker).filter((d) => d.source === 'kraft-config lint');
        return found.length > 0 ? found : undefined;
      },
      30_000,
    );
    const codes = fromTask.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.ok(codes.includes('duplicate-node-id'), codes.join(', '));
    const duplicate = fromTask.find((d) => d.message.includes('node.id 4'))!;
    assert.strictEqual(duplicate.range.start.line, 2);
    assert.strictEqual(duplicate.severity, vscode.DiagnosticSeverity.Error);
  });

  it('the CI snippet command copies a GitHub Actions step that runs kraft-config lint', async () => {
    const snippet = await vscode.commands.executeCommand<string>('kraft.copyCiSnippet');
    assert.match(snippet, /run: npx --yes kraft-config lint --format sarif \. > kraft-config\.sarif/);
    assert.match(snippet, /upload-sarif/);
    // The browser's clipboard may refuse in a headless run; when it answers, it holds the snippet.
    const clipboard = await Promise.resolve(vscode.env.clipboard.readText()).catch(() => '');
    if (clipboard) assert.strictEqual(clipboard, snippet);
  });
});
