// Kafka-style UUIDs (`kafka-storage random-uuid`): 16 random bytes, URL-safe base64 without padding, 22 characters,
// never starting with '-'. The random source is a parameter so that the engine stays pure and tests are deterministic.
import type { RandomBytes } from './types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64UrlNoPad(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/** Random bytes from Web Crypto (browsers, Node 19+). */
export const defaultRandomBytes: RandomBytes = (n) => {
  const bytes = new Uint8Array(n);
  const cryptoObject = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (!cryptoObject) throw new Error('No random source available: pass randomBytes');
  cryptoObject.getRandomValues(bytes);
  return bytes;
};

/** A new Kafka UUID. Retries like Kafka when the result would start with '-' or be a reserved id (all zero / one). */
export function kafkaUuid(randomBytes: RandomBytes = defaultRandomBytes): string {
  for (let attempt = 0; attempt < 16; attempt++) {
    const bytes = Uint8Array.from(randomBytes(16).slice(0, 16));
    const reserved = bytes.every((b, i) => b === 0 || (i === 15 && b === 1));
    const text = base64UrlNoPad(bytes);
    if (!reserved && !text.startsWith('-') && text.length === 22) return text;
  }
  // A broken random source: make the first character a letter and go on deterministically.
  const bytes = Uint8Array.from(randomBytes(16).slice(0, 16));
  bytes[0] &= 0x7f;
  bytes[15] |= 0x02;
  return base64UrlNoPad(bytes);
}

export const KAFKA_UUID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/;

/** True for ids shaped like `kafka-storage random-uuid` output. */
export function isKafkaUuid(value: string): boolean {
  if (!KAFKA_UUID_PATTERN.test(value)) return false;
  // The last character carries only 2 significant bits; the rest must be zero.
  return ALPHABET.indexOf(value[21]) % 16 === 0;
}

/** Deterministic random source for tests and reproducible output: a xorshift stream seeded by `seed`. */
export function seededRandomBytes(seed: number): RandomBytes {
  let state = seed >>> 0 || 0x9e3779b9;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 0xff;
    }
    return out;
  };
}
