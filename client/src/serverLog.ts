// The "Kafka KRaft" output: a log channel with levels. vscode-languageclient 9 writes "[Error - 10:42:01] text" lines
// into a plain channel; this facade turns them into log entries of the right level, and starts the server process
// itself so that a normal stop (exit code 0) is logged as information, not as "[Error] Server process exited".
import * as cp from 'node:child_process';
import type * as vscode from 'vscode';
import { IPCMessageReader, IPCMessageWriter, type MessageTransports } from 'vscode-languageclient/node';
import { t } from '../../server/src/engine/detect';
import { SERVER_NODE_FLAGS, serverEnvironment } from '../../server/src/launch-flags';

type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';
// Protocol traces are asked for with kraft.trace.server: shown at the info level, not hidden below the channel's level.
const LEVELS: Record<string, Level> = { Error: 'error', Warn: 'warn', Info: 'info', Debug: 'debug', Trace: 'info' };

export class LeveledLog implements vscode.OutputChannel {
  readonly name: string;
  /** The latest entries with their levels (the in-editor tests read them). */
  readonly recent: { level: Level; message: string }[] = [];
  private partial = '';

  constructor(readonly channel: vscode.LogOutputChannel) {
    this.name = channel.name;
  }

  log(level: Level, message: string): void {
    this.recent.push({ level, message });
    if (this.recent.length > 500) this.recent.shift();
    this.channel[level](message);
  }

  appendLine(value: string): void {
    const match = /^\[(Error|Warn|Info|Debug|Trace)\s*- [^\]]*\] ([\s\S]*)$/.exec(value);
    if (match) this.log(LEVELS[match[1]], match[2]);
    else this.log('info', value);
  }

  /** Raw output (the server's stderr): whole lines become warnings, the rest waits for its end of line. */
  append(value: string): void {
    const lines = (this.partial + value).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) this.log('warn', line);
  }

  replace(value: string): void {
    this.channel.replace(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(column?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof column === 'boolean') this.channel.show(column);
    else this.channel.show(preserveFocus);
  }
  hide(): void {
    this.channel.hide();
  }
  dispose(): void {
    this.channel.dispose();
  }
}

/**
 * Starts the server over IPC and reports how it ended: exit code 0 (a stop or restart) as information, anything
 * else as an error. The language client does not watch a process it did not start, so it adds no message of its own.
 */
export function serverStarter(
  serverModule: string,
  log: LeveledLog,
  debug: boolean,
  codeCacheDir: string,
): () => Promise<MessageTransports> {
  return async () => {
    const execArgv = [...SERVER_NODE_FLAGS, ...(debug ? ['--nolazy', '--inspect=6009'] : [])];
    const env = serverEnvironment({ ...process.env, KRAFT_CODE_CACHE_DIR: codeCacheDir });
    const child = cp.fork(serverModule, ['--node-ipc', `--clientProcessId=${process.pid}`], {
      silent: true,
      execArgv,
      env,
    });
    child.stdout?.on('data', (data: Buffer) => log.append(data.toString('utf8')));
    child.stderr?.on('data', (data: Buffer) => log.append(data.toString('utf8')));
    child.on('exit', (code, signal) => {
      if (code === 0) log.log('info', t('topo.log.stopped', { pid: child.pid ?? '?' }));
      else
        log.log(
          'error',
          t('topo.log.exited', { pid: child.pid ?? '?', how: code === null ? `signal ${signal}` : `code ${code}` }),
        );
    });
    return { reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child), detached: false };
  };
}
