// Bundles the client and the server (and the CLI) with esbuild; type-checking is `tsc -b`.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
// jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow: prefer ES module builds.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'info',
  mainFields: ['module', 'main'],
};
const wrapped = {
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // server.js and cli.js are small launchers that run server-main.js and cli-main.js through V8's code cache
  // (server/src/code-cache.ts). Each main bundle is one function expression taking CommonJS's parameters, so that
  // the launcher compiles the file as it is read, without a 2 MB wrapped copy.
  { ...common, ...wrapped, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server-main.js' },
  { ...common, ...wrapped, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli-main.js' },
  { ...common, entryPoints: ['server/src/launch/server.ts'], outfile: 'server/out/server.js' },
  {
    ...common,
    entryPoints: ['server/src/launch/cli.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
