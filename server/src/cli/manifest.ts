// The CLI's name, version and home, read from the extension's manifest (bundled by esbuild, one home for the facts).
export const packageManifest = require('../../../package.json') as {
  name: string;
  version: string;
  repository: { url: string };
};
