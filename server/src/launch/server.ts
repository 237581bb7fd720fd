// `node server/out/server.js`: the language server bundle (server-main.js), started through the code cache.
import * as path from 'node:path';
import { runWithCodeCache } from '../code-cache';

runWithCodeCache(path.join(__dirname, 'server-main.js'));
