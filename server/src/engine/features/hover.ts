// Hover: what a key means (its documentation, default, allowed values, where it is shadowed); hovering a value is
// answered by hover-values.ts.
import { isSecretKey, keyDoc, suggestKey, type KeyFacts } from '../catalog';
import { getLocale, t } from '../i18n';
import { valueOffsetAt, type Entry } from '../parser/properties';
import { keyRange, offsetToPosition, spanRange, valueRange } from '../parser/values';
import type { Position, Range } from '../types';
import type { AnalyzedWorkspace } from '../workspace/lint';
import type { NodeConfig } from '../workspace/node';
import { clampedOffset, effectiveFacts, entryAt, onKey, valueIndexAt } from './ide-query';
import { bullet, describeValidator, valueHover } from './hover-values';

export interface HoverResult {
  markdown: string;
  range: Range;
}

// ---------------------------------------------------------------------------------------------------------
// Keys.

function renderDefault(facts: KeyFacts): string {
  if (facts.required) return t('feat.hover.required');
  if (facts.default === null || facts.default === undefined) return t('feat.hover.defaultNone');
  if (facts.default === '') return t('feat.hover.defaultEmpty');
  return t('feat.hover.default', { value: facts.default });
}

function keyMarkdown(workspace: AnalyzedWorkspace, node: NodeConfig, entry: Entry): string {
  const { lookup, facts } = effectiveFacts(entry.key, workspace);
  const parts: string[] = [`**\`${entry.key}\`**`];
  if (lookup.status === 'prefixed' && lookup.listenerName) {
    if (facts) parts.push(t('feat.hover.listenerOverride', { key: facts.name, listener: lookup.listenerName }));
  }
  if (!facts) {
    if (lookup.listenerName) {
      const inner = entry.key.replace(/^listener\.name\.[^.]+\./, '');
      if (lookup.status === 'prefixed')
        parts.push(t('feat.hover.listenerOverride', { key: inner, listener: lookup.listenerName }));
      else parts.push(t('feat.hover.listenerUnknown', { key: inner, listener: lookup.listenerName }));
    } else if (lookup.status === 'prefixed') {
      parts.push(t('feat.hover.configProvider'));
    } else {
      parts.push(t('feat.hover.unknown', { key: entry.key }));
      const suggestion = suggestKey(entry.key, workspace.version);
      if (suggestion) parts.push(t('feat.hover.didYouMean', { suggestion }));
    }
    if (isSecretKey(entry.key)) parts.push(t('feat.hover.secret'));
    return parts.join('\n\n') + shadowNote(node, entry);
  }

  const status: string[] = [];
  if (lookup.status === 'removed' || facts.zookeeperOnly) {
    if (lookup.status === 'removed')
      status.push(t('feat.hover.removed', { version: workspace.version, until: facts.until ?? '' }));
    if (facts.zookeeperOnly) status.push(t('feat.hover.zookeeperOnly'));
  } else if (lookup.status === 'newer') {
    status.push(t('feat.hover.newer', { version: workspace.version, from: facts.from ?? '' }));
  } else if (lookup.status === 'dynamicOnly') {
    status.push(t('feat.hover.dynamicOnly'));
  }
  if (facts.replacement && (status.length > 0 || facts.until))
    status.push(t('feat.hover.replacement', { replacement: facts.replacement }));
  if (facts.internal) status.push(t('feat.hover.internal'));
  parts.push(...status);

  const doc = keyDoc(facts.name);
  if (doc) parts.push(getLocale() === 'zh-cn' ? doc.zh : doc.en);

  const lines: string[] = [t('feat.hover.type', { type: facts.type }), renderDefault(facts)];
  const accepted = describeValidator(facts);
  if (accepted) lines.push(accepted);
  if (doc) lines.push(t(`feat.hover.roles.${doc.roles}`));
  lines.push(t('feat.hover.importance', { level: t(`feat.importance.${facts.importance}`) }));
  lines.push(t(facts.dynamicUpdate ? `feat.hover.dynamic.${facts.dynamicUpdate}` : 'feat.hover.dynamic.restart'));
  const from = facts.from && facts.from !== '3.5' ? facts.from : undefined;
  if (from && facts.until) lines.push(t('feat.hover.range', { from, until: facts.until }));
  else if (from) lines.push(t('feat.hover.since', { from }));
  else if (facts.until) lines.push(t('feat.hover.until', { until: facts.until }));
  parts.push(bullet(lines));
  if (isSecretKey(entry.key)) parts.push(t('feat.hover.secret'));
  return parts.join('\n\n') + shadowNote(node, entry);
}

function shadowNote(node: NodeConfig, entry: Entry): string {
  const last = node.settings.get(entry.key);
  if (!last || last === entry) {
    return '';
  }
  return '\n\n' + t('feat.hover.shadowedHere', { line: offsetToPosition(node.doc, last.keyStart).line + 1 });
}

export function hover(workspace: AnalyzedWorkspace, uri: string, position: Position): HoverResult | undefined {
  const node = workspace.nodes.get(uri);
  if (!node) return undefined;
  const offset = clampedOffset(node, position);
  const entry = entryAt(node, offset);
  if (!entry) return undefined;
  if (onKey(entry, offset) && entry.keyEnd > entry.keyStart) {
    return { markdown: keyMarkdown(workspace, node, entry), range: keyRange(node.doc, entry) };
  }
  const valueStart = valueOffsetAt(entry, 0);
  if (offset < valueStart || entry.value.length === 0) return undefined;
  let index = valueIndexAt(entry, offset);
  if (index >= entry.value.length) index = entry.value.length - 1;
  const result = valueHover(workspace, node, entry, index);
  if (!result) return undefined;
  const range =
    result.span && result.span.end > result.span.start
      ? spanRange(node.doc, entry, result.span)
      : valueRange(node.doc, entry);
  return { markdown: result.markdown, range };
}
