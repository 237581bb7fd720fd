// `kraft-config`: the CLI bundle (cli-main.js), started through the code cache.
import * as path from 'node:path';
import { runWithCodeCache } from '../code-cache';

runWithCodeCache(path.join(__dirname, 'cli-main.js'));
