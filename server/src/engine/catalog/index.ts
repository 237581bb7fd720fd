// The parameter catalog: one place for every fact about Kafka's keys, used by rules, hover and completion.
import { kafkaKeys } from './keys.generated';
import type { KeyFacts } from './types';
import { DEFAULT_KAFKA_VERSION, atLeast, compareVersions, type KafkaVersion } from './versions';
import { keyDocs, type KeyDoc } from './docs';

export * from './types';
export * from './versions';
export type { KeyDoc };

const byName = new Map<string, KeyFacts>(kafkaKeys.map((key) => [key.name, key]));
const byLowerName = new Map<string, KeyFacts>(kafkaKeys.map((key) => [key.name.toLowerCase(), key]));

export function allKeys(): readonly KeyFacts[] {
  return kafkaKeys;
}

export function keyFacts(name: string): KeyFacts | undefined {
  return byName.get(name);
}

export function keyDoc(name: string): KeyDoc | undefined {
  return keyDocs[name];
}

export type KeyStatus =
  /** Defined by this Kafka version. */
  | 'known'
  /** A valid per-listener or per-provider override of a known key. */
  | 'prefixed'
  /** Defined by older releases only (removed in 4.0, ZooKeeper-only...). */
  | 'removed'
  /** Defined only by newer releases than the target. */
  | 'newer'
  /** Only settable dynamically (kafka-configs.sh); the file's value is ignored. */
  | 'dynamicOnly'
  | 'unknown';

export interface KeyLookup {
  status: KeyStatus;
  facts?: KeyFacts;
  /** For `listener.name.<name>.<key>`: the listener name, upper-cased as Kafka does. */
  listenerName?: string;
}

export function isDefinedIn(facts: KeyFacts, version: KafkaVersion): boolean {
  return (!facts.from || atLeast(version, facts.from)) && (!facts.until || compareVersions(version, facts.until) <= 0);
}

const SASL_MECHANISM_SEGMENT = /^(plain|gssapi|scram-sha-256|scram-sha-512|oauthbearer|[a-z0-9-]+)$/;

// Rules look up every key of every file, often the same few hundred names: each (version, name) is worked out once.
const lookups = new Map<KafkaVersion, Map<string, KeyLookup>>();

export function lookupKey(name: string, version: KafkaVersion): KeyLookup {
  let ofVersion = lookups.get(version);
  if (!ofVersion) lookups.set(version, (ofVersion = new Map()));
  let found = ofVersion.get(name);
  if (!found) {
    found = computeLookup(name, version);
    if (ofVersion.size < 20000) ofVersion.set(name, found);
  }
  return found;
}

function computeLookup(name: string, version: KafkaVersion): KeyLookup {
  const facts = byName.get(name);
  if (facts) {
    if (facts.dynamicOnly) return { status: 'dynamicOnly', facts };
    if (isDefinedIn(facts, version)) return { status: 'known', facts };
    return { status: facts.until ? 'removed' : 'newer', facts };
  }
  // listener.name.<listener>.<key> and listener.name.<listener>.<mechanism>.<key>
  const listener = /^listener\.name\.([^.]+)\.(.+)$/.exec(name);
  if (listener) {
    const [, listenerName, rest] = listener;
    const direct = byName.get(rest);
    if (direct && isDefinedIn(direct, version))
      return { status: 'prefixed', facts: direct, listenerName: listenerName.toUpperCase() };
    const mechanism = /^([^.]+)\.(.+)$/.exec(rest);
    if (mechanism && SASL_MECHANISM_SEGMENT.test(mechanism[1])) {
      const inner = byName.get(mechanism[2]);
      if (inner && isDefinedIn(inner, version))
        return { status: 'prefixed', facts: inner, listenerName: listenerName.toUpperCase() };
      if (mechanism[2] === 'sasl.jaas.config') return { status: 'prefixed', listenerName: listenerName.toUpperCase() };
    }
    if (rest === 'sasl.jaas.config') return { status: 'prefixed', listenerName: listenerName.toUpperCase() };
    return { status: 'unknown', listenerName: listenerName.toUpperCase() };
  }
  if (/^config\.providers\.[^.]+\.(class|param\..+)$/.test(name)) return { status: 'prefixed' };
  return { status: 'unknown' };
}

const suggestionCache = new Map<string, string | undefined>();

/** "Did you mean": a key of this version whose name differs only in case, or by a small edit distance. */
export function suggestKey(name: string, version: KafkaVersion): string | undefined {
  const cacheKey = `${version}\u0000${name}`;
  if (suggestionCache.has(cacheKey)) return suggestionCache.get(cacheKey);
  if (suggestionCache.size > 10000) suggestionCache.clear();
  const suggestion = computeSuggestion(name, version);
  suggestionCache.set(cacheKey, suggestion);
  return suggestion;
}

function computeSuggestion(name: string, version: KafkaVersion): string | undefined {
  const sameLetters = byLowerName.get(name.toLowerCase());
  if (sameLetters && isDefinedIn(sameLetters, version)) return sameLetters.name;
  const normalized = name.toLowerCase().replace(/[_-]/g, '.');
  const exactAfterNormalizing = byLowerName.get(normalized);
  if (exactAfterNormalizing && isDefinedIn(exactAfterNormalizing, version)) return exactAfterNormalizing.name;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 8));
  for (const facts of kafkaKeys) {
    if (!isDefinedIn(facts, version) || facts.internal) continue;
    if (Math.abs(facts.name.length - normalized.length) > bestDistance) continue;
    const distance = editDistance(normalized, facts.name, bestDistance);
    if (distance <= bestDistance && (distance < bestDistance || !best)) {
      best = facts.name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with an early exit once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return rowMin;
    previous = current;
  }
  return previous[b.length];
}

/** Words that mark a key Kafka does not know as holding a secret (`ssl.key.passwd`, `ldap...credentials`, `api.token`). */
const SECRET_WORDS = /pass|pwd|secret|credential|token|jaas|private[._-]?key|api[._-]?key/i;

/**
 * Keys whose values are secrets: never echoed in messages, hovers, the outline or anywhere else. Kafka's own keys
 * by type (plus JAAS configs and password/secret names); unknown keys by their words, and near-misses of secret keys
 * (`ssl.keystore.pasword`) because a misspelt password is still a password.
 */
export function isSecretKey(name: string): boolean {
  const facts = byName.get(name) ?? lookupKey(name, DEFAULT_KAFKA_VERSION).facts;
  if (facts?.type === 'PASSWORD' || /sasl\.jaas\.config$|password|secret/i.test(name)) return true;
  if (facts) return false;
  if (SECRET_WORDS.test(name)) return true;
  const nearMiss = suggestKey(name, DEFAULT_KAFKA_VERSION);
  return nearMiss !== undefined && isSecretKey(nearMiss);
}

export const SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
export const SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'GSSAPI', 'OAUTHBEARER'] as const;
export const DEFAULT_PROTOCOL_MAP = 'SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT';
