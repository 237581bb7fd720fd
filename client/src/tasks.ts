// The "kraft-config lint" task (the bundled CLI over a workspace folder, its findings in the Problems panel through the
// `$kraft-config` problem matcher) and the command that copies a CI step running the same check.
import * as cp from 'node:child_process';
import * as vscode from 'vscode';
import { t } from '../../server/src/engine/detect';

export const TASK_TYPE = 'kraft-config';

interface LintTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: 'lint';
  args?: string[];
}

interface CliReport {
  files: {
    path: string;
    diagnostics: {
      range: { start: { line: number; character: number } };
      severity: string;
      code: string;
      message: string;
    }[];
  }[];
}

/** The severities problem matchers understand. */
const SEVERITY: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

/** One line per finding, the shape the `$kraft-config` problem matcher reads: `path:line:column: severity code: message`. */
export function matcherLines(report: CliReport): string[] {
  return report.files.flatMap((file) =>
    file.diagnostics.map(
      (d) =>
        `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY[d.severity] ?? 'info'} ${d.code}: ${d.message.replace(/\s+/g, ' ')}`,
    ),
  );
}

/** Runs the bundled CLI in a pseudo-terminal and prints its findings for the problem matcher. */
class LintTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private child: cp.ChildProcess | undefined;

  constructor(
    private readonly cli: string,
    private readonly folder: string,
    private readonly args: string[],
  ) {}

  open(): void {
    const write = (line: string) => this.written.fire(line.replace(/\r?\n/g, '\r\n') + '\r\n');
    write(`> kraft-config lint ${this.args.join(' ')}`);
    let stdout = '';
    let stderr = '';
    this.child = cp.spawn(process.execPath, [this.cli, 'lint', '--format', 'json', ...this.args], {
      cwd: this.folder,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    this.child.stdout?.on('data', (data: Buffer) => (stdout += data.toString('utf8')));
    this.child.stderr?.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
    this.child.on('close', (code) => {
      try {
        const report = JSON.parse(stdout) as CliReport & { summary: { errors: number; warnings: number } };
        for (const line of matcherLines(report)) write(line);
        write(
          t('cli.summary', {
            files: report.files.length,
            errors: report.summary.errors,
            warnings: report.summary.warnings,
          }),
        );
      } catch {
        if (stdout) write(stdout);
      }
      if (stderr.trim()) write(stderr.trim());
      this.closed.fire(code ?? 1);
    });
  }

  close(): void {
    this.child?.kill();
  }
}

function lintTask(cli: string, folder: vscode.WorkspaceFolder, definition: LintTaskDefinition): vscode.Task {
  const args = definition.args && definition.args.length > 0 ? definition.args : ['.'];
  const task = new vscode.Task(
    definition,
    folder,
    'lint',
    TASK_TYPE,
    new vscode.CustomExecution(async () => new LintTerminal(cli, folder.uri.fsPath, args)),
    ['$kraft-config'],
  );
  task.group = vscode.TaskGroup.Test;
  task.detail = t('topo.task.detail');
  return task;
}

export function registerLintTask(context: vscode.ExtensionContext): vscode.Disposable {
  const cli = context.asAbsolutePath('server/out/cli.js');
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () =>
      (vscode.workspace.workspaceFolders ?? [])
        .filter((folder) => folder.uri.scheme === 'file')
        .map((folder) => lintTask(cli, folder, { type: TASK_TYPE, command: 'lint' })),
    resolveTask: (task) => {
      const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      return folder && task.definition.type === TASK_TYPE
        ? lintTask(cli, folder, task.definition as LintTaskDefinition)
        : undefined;
    },
  });
}

/** A GitHub Actions job step that lints the configs and uploads the findings as code scanning results. */
export function ciSnippet(folder: string): string {
  const target = folder || '.';
  return [
    '      # Kafka KRaft configs: every node and every cluster checked; fails the job on errors.',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '      - name: Lint Kafka KRaft configs',
    `        run: npx --yes kraft-config lint --format sarif ${target} > kraft-config.sarif`,
    '      - name: Show the findings on the pull request',
    '        if: always()',
    '        uses: github/codeql-action/upload-sarif@v3',
    '        with:',
    '          sarif_file: kraft-config.sarif',
    '',
  ].join('\n');
}

/** Copies the CI step for the active file's folder (or the workspace) and returns it. */
export async function copyCiSnippet(): Promise<string> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active ? vscode.workspace.getWorkspaceFolder(active) : vscode.workspace.workspaceFolders?.[0];
  const snippet = ciSnippet(
    folder && vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1 ? folder.name : '.',
  );
  await vscode.env.clipboard.writeText(snippet);
  void vscode.window.showInformationMessage(t('topo.ci.copied'));
  return snippet;
}
