// The language of the extension's messages: the `kraft.locale` setting, or VS Code's display language.
import * as vscode from 'vscode';

export function messageLocale(): string {
  const configured = vscode.workspace.getConfiguration('kraft').get<string>('locale', 'auto');
  return configured && configured !== 'auto' ? configured : vscode.env.language;
}
