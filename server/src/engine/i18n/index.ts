// Message catalogs: every user-facing text goes through `t`. Each area of the product keeps its own catalog
// file (messages/*.ts) so that areas can be edited independently; English is the fallback.
import { composeMessages } from './messages/compose';
import { ruleMessages } from './messages/rules';
import { uiMessages } from './messages/ui';
import { generatorMessages } from './messages/generator';
import { featureMessages } from './messages/features';
import { topologyMessages } from './messages/topology';
import { fileMessages } from './messages/files';
import { deploymentMessages } from './messages/deployments';

export type Locale = 'en' | 'zh-cn';
export type Catalog = Record<string, string>;
export interface LocalizedCatalogs {
  en: Catalog;
  'zh-cn': Catalog;
}

const areas: LocalizedCatalogs[] = [
  ruleMessages,
  uiMessages,
  generatorMessages,
  featureMessages,
  topologyMessages,
  fileMessages,
  deploymentMessages,
  composeMessages,
];

let currentLocale: Locale = 'en';

/** Maps a VS Code / LSP / POSIX locale string to one we have ('zh', 'zh-CN', 'zh_CN.UTF-8' -> 'zh-cn'). */
export function normalizeLocale(raw: string | undefined): Locale {
  const value = (raw ?? '').toLowerCase().replace('_', '-');
  return value.startsWith('zh') ? 'zh-cn' : 'en';
}

export function setLocale(locale: string | undefined): void {
  currentLocale = normalizeLocale(locale);
}

export function getLocale(): Locale {
  return currentLocale;
}

/** Looks a message up and fills `{name}` placeholders. Unknown ids come back as the id itself. */
export function t(id: string, args: Record<string, string | number> = {}, locale: Locale = currentLocale): string {
  let template: string | undefined;
  for (const area of areas) {
    template = area[locale][id] ?? template;
  }
  if (template === undefined) {
    for (const area of areas) template = area.en[id] ?? template;
  }
  if (template === undefined) return id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** Adds a catalog (rule modules carry their own messages, like ESLint's `meta.messages`). */
export function registerMessages(catalog: LocalizedCatalogs): void {
  areas.push(catalog);
}

/** Every message id of every area, per locale; tests use it to prove both catalogs are complete. */
export function allCatalogs(): LocalizedCatalogs[] {
  return areas;
}
