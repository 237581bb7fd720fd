// The launcher's code cache: a bundle runs as `require` runs it, its compiled code is written once it says it is warm
// and used on the next start; a rebuilt bundle gets a file of its own (the old one goes); a cache in a folder other
// users can write is never used; a folder that cannot be written only costs the compilation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { codeCacheFolder, runWithCodeCache } from '../../server/src/code-cache';
import { signalWarm } from '../../server/src/warm';
import { REPO } from '../support/engine';

describe('code cache launcher', () => {
  let dir: string;
  let bundle: string;
  let cache: string;
  const ran: unknown[] = [];
  const globalRan = globalThis as { codeCacheTestRuns?: unknown[] };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-code-cache-'));
    bundle = path.join(dir, 'main.js');
    cache = path.join(dir, 'cache');
    ran.length = 0;
    globalRan.codeCacheTestRuns = ran;
    writeBundle('first');
  });
  afterEach(() => {
    signalWarm(); // no launcher of this test is left waiting to write
    delete globalRan.codeCacheTestRuns;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function writeBundle(tag: string) {
    fs.writeFileSync(
      bundle,
      '(function (exports, require, module, __filename, __dirname) {' +
        `'use strict';\nconst p = require('node:path');\nmodule.exports.tag = ${JSON.stringify(tag)};\n` +
        `globalThis.codeCacheTestRuns.push({ tag: ${JSON.stringify(tag)}, dir: __dirname, file: __filename, base: p.basename(__filename), self: this === module.exports });\n})`,
    );
  }
  const cacheFiles = () => (fs.existsSync(cache) ? fs.readdirSync(cache) : []);

  it('runs the bundle with require, module, __filename and __dirname, then writes the cache when warm', () => {
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: false });
    assert.deepEqual(ran, [{ tag: 'first', dir, file: bundle, base: 'main.js', self: true }]);
    assert.deepEqual(cacheFiles(), [], 'nothing is written before the bundle says it is warm');
    signalWarm();
    assert.equal(cacheFiles().length, 1);
    assert.match(cacheFiles()[0], /^main\.js-\d+-\d+-v[\d.]+-\w+\.v8cache$/);
    assert.equal(fs.statSync(cache).mode & 0o777, 0o700);
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: true });
    assert.equal(ran.length, 2);
    signalWarm(); // an accepted cache is not written again
    assert.equal(cacheFiles().length, 1);
  });

  it('gives a rebuilt bundle a cache of its own and removes the old one', () => {
    runWithCodeCache(bundle, cache);
    signalWarm();
    const before = cacheFiles();
    writeBundle('second-build');
    fs.utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: false });
    assert.equal((ran.at(-1) as { tag: string }).tag, 'second-build');
    signalWarm();
    assert.equal(cacheFiles().length, 1);
    assert.notDeepEqual(cacheFiles(), before);
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: true });
  });

  it('never uses a cache in a folder that other users can write', function () {
    if (process.platform === 'win32') this.skip();
    runWithCodeCache(bundle, cache);
    signalWarm();
    fs.chmodSync(cache, 0o777);
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: false });
    assert.equal(ran.length, 2, 'the bundle still runs');
  });

  it('reads no FIFO in place of a cache file (it would block the start)', function () {
    if (process.platform === 'win32') this.skip();
    runWithCodeCache(bundle, cache);
    signalWarm();
    const [name] = cacheFiles();
    const fifo = path.join(cache, name);
    fs.rmSync(fifo);
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: false });
  });

  it('runs without a cache when its folder cannot be created', () => {
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    assert.deepEqual(runWithCodeCache(bundle, path.join(blocked, 'cache')), { usedCache: false });
    assert.doesNotThrow(() => signalWarm());
    assert.equal(ran.length, 1);
  });

  it('takes its folder from the editor, the environment or the platform cache home, and can be turned off', () => {
    assert.equal(codeCacheFolder({ KRAFT_CODE_CACHE_DIR: '/x/cache' }), '/x/cache');
    assert.equal(codeCacheFolder({ KRAFT_CODE_CACHE: 'off', KRAFT_CODE_CACHE_DIR: '/x' }), undefined);
    if (process.platform === 'linux')
      assert.equal(codeCacheFolder({ XDG_CACHE_HOME: '/home/u/.c' }), '/home/u/.c/kraft-config/code-cache');
  });

  it('never hands V8 a damaged cache file (V8 would stop the process): the bundle runs and the file is written again', () => {
    runWithCodeCache(bundle, cache);
    signalWarm();
    const [name] = cacheFiles();
    const file = path.join(cache, name);
    const bytes = fs.readFileSync(file);
    // Past the digest and V8's own header, in the code itself: V8 accepts such bytes (it checks versions, not code).
    for (let i = 32 + 96; i < bytes.length; i += 7) bytes[i] ^= 0xff;
    fs.writeFileSync(file, bytes);
    // In a child process: were the damaged bytes given to V8, it would end that process, not this one.
    const launcher = path.join(REPO, 'out/server/src/code-cache.js');
    const warm = path.join(REPO, 'out/server/src/warm.js');
    const script = `globalThis.codeCacheTestRuns = [];
      const { runWithCodeCache } = require(${JSON.stringify(launcher)});
      const used = runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cache)}).usedCache;
      require(${JSON.stringify(warm)}).signalWarm();
      console.log(JSON.stringify({ used, runs: globalThis.codeCacheTestRuns.length }));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { used: false, runs: 1 });
    assert.deepEqual(runWithCodeCache(bundle, cache), { usedCache: true }, 'written again, whole');
  });
});
