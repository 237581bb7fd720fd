// Reading config files from disk for the CLI and the server (the engine itself never touches the file system).
import { promises as fs } from 'node:fs';
import { t } from './engine';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Decodes bytes the way a person would expect to see them; Kafka itself reads ISO-8859-1. */
export function decodeConfigBytes(bytes: Buffer): { text: string } | { problem: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: t('files.utf16') };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: t('files.binary') };
  const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  // The BOM is kept (the byte-order-mark rule explains what Kafka makes of it). Invalid UTF-8 means a
  // single-byte file: show it as Kafka reads it.
  return { text: utf8.includes('\ufffd') ? bytes.toString('latin1') : utf8 };
}

export async function readConfigFile(file: string, size?: number): Promise<{ text: string } | { problem: string }> {
  try {
    const bytes = size ?? (await fs.stat(file)).size;
    if (bytes > MAX_FILE_BYTES) return { problem: t('files.tooLarge', { size: Math.round(bytes / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 }) };
    return decodeConfigBytes(await fs.readFile(file));
  } catch (error) {
    return { problem: t('files.unreadable', { error: (error as Error).message }) };
  }
}
