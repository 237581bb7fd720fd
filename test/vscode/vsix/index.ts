// Entry point of the .vsix smoke test: the extension is installed from the packaged .vsix (not
// loaded from the repository) and must work on the opened folder.
import * as path from 'path';
import { runMocha } from '../suite/mochaRunner';

export function run(): Promise<void> {
  return runMocha(path.join(__dirname), { timeout: 90_000 });
}
