// Helpers for the in-editor tests.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'kraft-tools.kraft-config';
export const LANGUAGE_ID = 'kafka-properties';

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until it returns a truthy value; throws `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
  stepMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await sleep(stepMs);
  }
}

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
}

export function wsUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Diagnostics of our extension (any source except other extensions' known ones) for a file. */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri);
}

export function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return diagnosticsOf(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return (
    ds
      .map(
        (d) =>
          `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} [${typeof d.code === 'object' ? d.code.value : d.code}] ${d.message}`,
      )
      .join('\n') || '(none)'
  );
}

/** Line number (0-based) of the first line starting with `key=` in the document. */
export function lineOfKey(doc: vscode.TextDocument, key: string): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.replace(/^\s+/, '').startsWith(`${key}=`)) return i;
  }
  throw new Error(`${key}= not found in ${doc.uri.fsPath}`);
}

export async function openDoc(rel: string, show = false): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Replaces the whole `key=...` line in an (unsaved) document. */
export async function setLine(doc: vscode.TextDocument, key: string, newText: string): Promise<void> {
  const line = doc.lineAt(lineOfKey(doc, key));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, line.range, newText);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
}

export async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Completion items from language providers: drops VS Code's word-based suggestions (kind Text). */
export function providerItems(list: vscode.CompletionList | undefined): vscode.CompletionItem[] {
  return (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Text);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/**
 * Asks scripts/vscode-test.mjs for a screenshot of the workbench and waits until it is saved; `click` is a selector
 * the runner clicks first (a status bar entry whose hover is the subject); `crop` keeps only the selector's box plus
 * that many pixels around it.
 * No-op (returns false) when not run by that runner (e.g. under @vscode/test-electron).
 */
export async function screenshot(
  name: string,
  selector?: string,
  settleMs?: number,
  click?: string,
  crop?: number,
): Promise<boolean> {
  const dir = process.env.KRAFT_VSCODE_IPC;
  if (!dir || process.env.KRAFT_VSCODE_SCREENSHOTS === '0') return false;
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(dir, `${name}.request`), JSON.stringify({ name, selector, settleMs, click, crop }));
  await waitFor(`screenshot ${name}`, () => fs.existsSync(done), 30_000, 100);
  const ack = JSON.parse(fs.readFileSync(done, 'utf8')) as { ok: boolean; error?: string };
  if (!ack.ok) console.warn(`screenshot ${name}: ${ack.error}`);
  return ack.ok;
}

export function screenshotsEnabled(): boolean {
  return !!process.env.KRAFT_VSCODE_IPC && process.env.KRAFT_VSCODE_SCREENSHOTS !== '0';
}

/**
 * Asks scripts/vscode-test.mjs to act in the browser as a user would: click `frameClick` (or focus `frameFocus`) inside
 * the active webview, then press `keys` (Playwright key names). Returns false when not run by that runner.
 */
export async function browserAction(
  name: string,
  action: { frameClick?: string; frameFocus?: string; keys?: string[] },
): Promise<boolean> {
  const dir = process.env.KRAFT_VSCODE_IPC;
  if (!dir) return false;
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  fs.writeFileSync(path.join(dir, `${name}.request`), JSON.stringify({ name, ...action, noScreenshot: true }));
  await waitFor(`browser action ${name}`, () => fs.existsSync(done), 30_000, 100);
  const ack = JSON.parse(fs.readFileSync(done, 'utf8')) as { ok: boolean; error?: string };
  if (!ack.ok) throw new Error(`browser action ${name}: ${ack.error}`);
  return true;
}
