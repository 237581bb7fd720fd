// Entry point of the in-editor suite (extensionTestsPath): VS Code calls run() inside the extension
// host. Runs every *.test.js next to this file.
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
  return runMocha(__dirname, { timeout: 60_000, grep: process.env.KRAFT_VSCODE_GREP || undefined });
}
