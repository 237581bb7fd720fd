// Semantic classification of keys, so themes can tell known, deprecated (removed, ZooKeeper-only) and unknown keys apart.
import { lookupKey, type KafkaVersion } from '../catalog';
import { keyRange } from '../parser/values';
import type { NodeConfig } from '../workspace/node';

export type KeyTokenType = 'property' | 'unknownKey';
export interface KeyToken {
  line: number;
  character: number;
  length: number;
  type: KeyTokenType;
  deprecated: boolean;
}

export function keyTokens(node: NodeConfig, version: KafkaVersion): KeyToken[] {
  const tokens: KeyToken[] = [];
  for (const entry of node.doc.entries) {
    const range = keyRange(node.doc, entry);
    if (range.start.line !== range.end.line || range.end.character <= range.start.character) continue;
    const status = lookupKey(entry.key, version).status;
    tokens.push({
      line: range.start.line,
      character: range.start.character,
      length: range.end.character - range.start.character,
      type: status === 'unknown' || status === 'newer' ? 'unknownKey' : 'property',
      deprecated: status === 'removed' || status === 'dynamicOnly',
    });
  }
  return tokens;
}
