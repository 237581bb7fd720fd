// Completion: keys at the start of a line (this file), and values after `=` / `:` (completion-values.ts).
import { allKeys, isDefinedIn, keyDoc, type KeyFacts } from '../catalog';
import { checkValue } from '../catalog/check-value';
import { getLocale, t } from '../i18n';
import { valueOffsetAt, type Entry } from '../parser/properties';
import { offsetRange } from '../parser/values';
import type { Position, Range } from '../types';
import type { AnalyzedWorkspace } from '../workspace/lint';
import type { NodeConfig } from '../workspace/node';
import { clampedOffset, effectiveFacts, entryAt, onKey, valueIndexAt } from './ide-query';
import { sameLine, snippetEscape, valueCompletions } from './completion-values';

export interface CompletionResult {
  label: string;
  kind: 'key' | 'value' | 'snippet';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  isSnippet?: boolean;
  /** Text to replace. */
  range?: Range;
  sortText?: string;
  filterText?: string;
  preselect?: boolean;
  /** After inserting, open the suggestions again (a key was inserted whose values can be suggested). */
  retrigger?: boolean;
}

export interface CompletionList {
  items: CompletionResult[];
  /** Values are asked again on every keystroke, so a value typed to completion closes the list (Enter then ends the line). */
  isIncomplete: boolean;
}

/** What a new file needs first, in the order it is usually written. */
const ESSENTIAL_KEYS = [
  'process.roles',
  'node.id',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'listeners',
  'advertised.listeners',
  'controller.listener.names',
  'log.dirs',
];

/** Keys whose values the completion knows beyond a single default. */
const KEYS_WITH_VALUES = new Set([
  'process.roles',
  'node.id',
  'broker.id',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'controller.listener.names',
  'inter.broker.listener.name',
  'listener.security.protocol.map',
  'listeners',
  'advertised.listeners',
]);

function hasValueSuggestions(facts: KeyFacts): boolean {
  return (
    KEYS_WITH_VALUES.has(facts.name) ||
    facts.type === 'BOOLEAN' ||
    facts.validator?.kind === 'oneOf' ||
    /sasl\..*mechanism|security\.protocol$/.test(facts.name)
  );
}

const IMPORTANCE_RANK = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

/** First sentence of the key's documentation, in the current language. */
export function shortDoc(name: string): string | undefined {
  const doc = keyDoc(name);
  if (!doc) return undefined;
  const text = getLocale() === 'zh-cn' ? doc.zh : doc.en;
  const match = getLocale() === 'zh-cn' ? /^.*?。/.exec(text) : /^.*?[.!?](?=\s+[A-Z`(]|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

function keyAllowedForRoles(name: string, node: NodeConfig): boolean {
  if (!node.isBroker && !node.isController) return true;
  const roles = keyDoc(name)?.roles;
  if (!roles || roles === 'both') return true;
  return roles === 'broker' ? node.isBroker : node.isController;
}

function keyDetail(facts: KeyFacts): string {
  const value =
    facts.default === null || facts.default === undefined ? undefined : facts.default === '' ? '""' : facts.default;
  return value === undefined
    ? t('feat.complete.keyDetailNoDefault', { type: facts.type })
    : t('feat.complete.keyDetail', { type: facts.type, value });
}

function keyCompletions(
  workspace: AnalyzedWorkspace,
  node: NodeConfig,
  entry: Entry | undefined,
  position: Position,
  typed: string,
): CompletionResult[] {
  const editing = entry?.key;
  let range: Range | undefined = { start: position, end: position };
  if (entry) {
    const keyRangeFull = offsetRange(node.doc, entry.keyStart, entry.keyEnd);
    range = sameLine(keyRangeFull) ? keyRangeFull : undefined;
  }
  // When the line already has a value, only the key is replaced.
  const keyOnly = !!entry && (!!entry.separator || entry.value.length > 0);
  const results: CompletionResult[] = [];
  for (const facts of allKeys()) {
    if (!isDefinedIn(facts, workspace.version) || facts.dynamicOnly || facts.zookeeperOnly) continue;
    // Only keys that hold the typed characters in order (what any editor's fuzzy filter keeps): a `num.` list was
    // 300 keys and 75 KB for every keystroke's request.
    if (typed !== '' && !holdsInOrder(facts.name, typed)) continue;
    if (facts.name !== editing && node.settings.has(facts.name)) continue;
    if (!keyAllowedForRoles(facts.name, node)) continue;
    const defaultValue = facts.default === null || facts.default === undefined ? '' : facts.default;
    // A key with known values is inserted as `key=` and the value suggestions open at once; others get their default.
    const suggestValues = !keyOnly && hasValueSuggestions(facts);
    const essential = ESSENTIAL_KEYS.indexOf(facts.name);
    results.push({
      label: facts.name,
      kind: 'key',
      detail: keyDetail(facts),
      documentation: shortDoc(facts.name),
      insertText: keyOnly
        ? facts.name
        : suggestValues
          ? `${facts.name}=`
          : `${snippetEscape(facts.name)}=\${1:${snippetEscape(defaultValue)}}`,
      isSnippet: !keyOnly && !suggestValues,
      retrigger: suggestValues || undefined,
      range,
      // The essentials a node still lacks come first ('!' sorts before the digits).
      sortText:
        essential >= 0
          ? `0!${essential}`
          : `${facts.internal ? 1 : 0}${IMPORTANCE_RANK[facts.importance] ?? 2}${facts.name}`,
    });
  }
  return results;
}

export function complete(workspace: AnalyzedWorkspace, uri: string, position: Position): CompletionResult[] {
  return completeList(workspace, uri, position).items;
}

export function completeList(workspace: AnalyzedWorkspace, uri: string, position: Position): CompletionList {
  const node = workspace.nodes.get(uri);
  if (!node) return { items: [], isIncomplete: false };
  const offset = clampedOffset(node, position);
  const entry = entryAt(node, offset);
  const items = completeAtOffset(workspace, node, entry, offset, position);
  const onValue = !!entry && items.some((item) => item.kind !== 'key');
  if (!entry) return { items, isIncomplete: false };
  // Keys narrowed to what is typed (keyCompletions) are asked for again as typing goes on.
  if (!onValue) return { items, isIncomplete: typedKey(node, entry, offset) !== '' };
  // The cursor at the end of a value typed in full: nothing to suggest, so Enter ends the line (`3.0⏎` stays 3.0).
  const index = valueIndexAt(entry, offset);
  const typed = entry.value.slice(0, index).split(',').pop()!.trim();
  const atItemEnd = !/[^\s,]/.test(entry.value.slice(index).split(',')[0]);
  if (
    typed !== '' &&
    atItemEnd &&
    (items.some((item) => item.label === typed || item.label === entry.value.trim()) || isValidValue(workspace, entry))
  ) {
    return { items: [], isIncomplete: true };
  }
  return { items, isIncomplete: true };
}

/** The part of the key before the cursor, lower-cased ('' when none). */
function typedKey(node: NodeConfig, entry: Entry | undefined, offset: number): string {
  return entry ? node.doc.text.slice(entry.keyStart, Math.min(offset, entry.keyEnd)).toLowerCase() : '';
}

/** Whether `word` holds the characters of `typed` (lower case) in order, case aside. */
function holdsInOrder(word: string, typed: string): boolean {
  const lower = word.toLowerCase();
  let at = 0;
  for (let i = 0; i < lower.length && at < typed.length; i++) if (lower[i] === typed[at]) at++;
  return at === typed.length;
}

function isValidValue(workspace: AnalyzedWorkspace, entry: Entry): boolean {
  const { facts } = effectiveFacts(entry.key, workspace);
  // A free-form string is "valid" while half typed: only values Kafka checks can be complete.
  if (
    !facts ||
    facts.type === 'LIST' ||
    KEYS_WITH_VALUES.has(facts.name) ||
    (facts.type === 'STRING' && !facts.validator)
  )
    return false;
  return checkValue(facts, entry.value, workspace.version) === undefined;
}

function completeAtOffset(
  workspace: AnalyzedWorkspace,
  node: NodeConfig,
  entry: Entry | undefined,
  offset: number,
  position: Position,
): CompletionResult[] {
  if (node.doc.comments.some((comment) => offset > comment.start && offset <= comment.end)) return [];
  if (!entry) {
    // A blank line (or only blanks before the cursor): a new key.
    return keyCompletions(workspace, node, undefined, position, '');
  }
  if (onKey(entry, offset) && (!entry.separator || offset <= entry.separator.start)) {
    return keyCompletions(workspace, node, entry, position, typedKey(node, entry, offset));
  }
  if (offset < valueOffsetAt(entry, 0) && entry.separator && offset <= entry.separator.start) return [];
  return valueCompletions(workspace, node, entry, Math.max(offset, valueOffsetAt(entry, 0)), position);
}
