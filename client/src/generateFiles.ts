// Writes a generated topology into a folder of the workspace: asks before overwriting, makes scripts executable.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { t, composeFormat, SpecError, generateTopology, type TopologySpec } from '../../server/src/engine/generator';
import type { OutputChoice } from './generateQuestions';

export interface GenerateCommandResult {
  written: string[];
  warnings: string[];
  cancelled?: boolean;
}

export function resolveTarget(target: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(target)) return vscode.Uri.parse(target);
  if (target.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(target)) return vscode.Uri.file(target);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(t('gen.wiz.noWorkspace'));
  return vscode.Uri.joinPath(folder.uri, ...target.split(/[\\/]/).filter((s) => s));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Generates and writes; asks before overwriting anything (unless `overwrite`). */
export async function generateInto(
  spec: TopologySpec,
  output: OutputChoice,
  target: vscode.Uri,
  overwrite: boolean,
  interactive: boolean,
): Promise<GenerateCommandResult> {
  let result;
  try {
    // Compose services keep data in the image's own directory: no baseDir on the host.
    const local = output.format === 'properties' && target.scheme === 'file' && spec.baseDir === undefined;
    result = generateTopology(local ? { ...spec, baseDir: target.fsPath } : spec);
    if (output.format === 'compose') result = composeFormat(result, output.image);
  } catch (error) {
    if (error instanceof SpecError) {
      const problems = error.problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.message)
        .join(' ');
      if (interactive) void vscode.window.showErrorMessage(t('gen.wiz.invalidSpec', { problems }));
      throw new Error(t('gen.wiz.invalidSpec', { problems }));
    }
    throw error;
  }
  const targets = result.files.map((f) => ({ file: f, uri: vscode.Uri.joinPath(target, ...f.path.split('/')) }));
  const existing: string[] = [];
  for (const { file, uri } of targets) if (await exists(uri)) existing.push(file.path);
  if (existing.length > 0 && !overwrite) {
    const confirm = t('gen.wiz.overwrite');
    const answer = interactive
      ? await vscode.window.showWarningMessage(
          t('gen.wiz.confirmOverwrite', { count: existing.length, folder: target.fsPath, example: existing[0] }),
          { modal: true },
          confirm,
        )
      : undefined;
    if (answer !== confirm) {
      if (interactive) void vscode.window.showInformationMessage(t('gen.wiz.cancelled'));
      return { written: [], warnings: result.warnings, cancelled: true };
    }
  }
  const encoder = new TextEncoder();
  for (const { uri, file } of targets) {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(file.content));
    // VS Code's file system API has no permissions: on disk, make the scripts executable as the CLI does.
    if (uri.scheme === 'file' && file.path.endsWith('.sh')) await fs.chmod(uri.fsPath, 0o755);
  }
  const readme = vscode.Uri.joinPath(target, 'README.md');
  if (interactive) {
    await vscode.window.showTextDocument(readme, { preview: false });
    void vscode.window.showInformationMessage(
      t('gen.wiz.written', { count: targets.length, folder: target.fsPath, clusterId: result.clusterId }),
    );
    if (result.warnings.length > 0)
      void vscode.window.showWarningMessage(t('gen.wiz.warnings', { warnings: result.warnings.join(' ') }));
  }
  return { written: targets.map((x) => x.uri.toString()), warnings: result.warnings };
}
