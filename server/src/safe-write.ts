// Writing fixed config files back: all files or none, each atomically (temp file + rename, mode and owner kept), in
// the file's own encoding, and only when the file on disk is still the one that was read.
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { t } from './engine';
import { decodeConfigBytes, encodeConfigText, type ConfigEncoding } from './node-files';

export interface PlannedWrite {
  /** Real path of the file (links resolved): a rename replaces the file itself, never a link. */
  realPath: string;
  text: string;
  encoding: ConfigEncoding;
  /** The bytes that were read; the write is refused if the file no longer holds them. */
  original: Buffer;
}

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** A temp file next to the target, so that the rename stays on one file system. */
const tempPathFor = (file: string) =>
  path.join(
    path.dirname(file),
    `.${path.basename(file)}.kraft-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`,
  );

/** Writes bytes to a temp file with the target's mode and owner; returns the temp path. */
async function writeTemp(target: string, bytes: Buffer): Promise<string> {
  const stat = await fs.stat(target);
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, stat.mode & 0o7777);
  try {
    await handle.writeFile(bytes);
    await handle.chmod(stat.mode & 0o7777);
    // Keeping the owner needs privileges; a normal user's file keeps it anyway.
    await handle.chown(stat.uid, stat.gid).catch(() => undefined);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** Checks that a write can happen: file unchanged since it was read, writable, its folder writable, bytes round-trip. */
async function checkWritable(write: PlannedWrite): Promise<string | undefined> {
  try {
    const current = await fs.readFile(write.realPath);
    if (!current.equals(write.original)) return t('files.changedOnDisk');
    await fs.access(write.realPath, constants.W_OK);
    await fs.access(path.dirname(write.realPath), constants.W_OK);
  } catch (error) {
    return t('files.notWritable', { error: (error as Error).message });
  }
  const decoded = decodeConfigBytes(write.original);
  if ('problem' in decoded || !encodeConfigText(decoded.text, write.encoding).equals(write.original))
    return t('files.encodingRoundTrip');
  return undefined;
}

/** Writes every file or none: checks all first, writes temps, renames; restores renamed files if a rename fails. */
export async function writeFilesAtomically(writes: PlannedWrite[]): Promise<WriteOutcome> {
  for (const write of writes) {
    const problem = await checkWritable(write);
    if (problem) return { ok: false, reason: t('files.notWritten', { path: write.realPath, reason: problem }) };
  }
  const temps: string[] = [];
  try {
    for (const write of writes)
      temps.push(await writeTemp(write.realPath, encodeConfigText(write.text, write.encoding)));
  } catch (error) {
    await Promise.all(temps.map((temp) => fs.unlink(temp).catch(() => undefined)));
    return { ok: false, reason: t('files.nothingWritten', { reason: (error as Error).message }) };
  }
  const done: PlannedWrite[] = [];
  try {
    for (let i = 0; i < writes.length; i++) {
      await fs.rename(temps[i], writes[i].realPath);
      done.push(writes[i]);
    }
  } catch (error) {
    for (const temp of temps.slice(done.length)) await fs.unlink(temp).catch(() => undefined);
    for (const write of done) {
      const restore = await writeTemp(write.realPath, write.original).catch(() => undefined);
      if (restore) await fs.rename(restore, write.realPath).catch(() => undefined);
    }
    return { ok: false, reason: t('files.rolledBack', { error: (error as Error).message }) };
  }
  return { ok: true };
}
