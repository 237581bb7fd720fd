// ConfigDef's parsing and validators, reproduced: the reason Kafka would give for refusing a value.
import { splitList } from '../parser/values';
import type { KeyFacts, Validator } from './types';
import { atLeast, compareVersions, type KafkaVersion } from './versions';

export interface ValueProblem {
  /** Kafka's own message, verbatim where Kafka has one. */
  kafkaMessage: string;
  /** Index range in the value of the offending element, when one element is at fault. */
  item?: { start: number; end: number; text: string };
  /** Closest allowed value, for a quick-fix. */
  suggestion?: string;
}

const LIMITS = {
  // BigInt: as doubles, 9223372036854775808 (Long.MAX_VALUE + 1, which Kafka refuses) would equal the maximum.
  SHORT: [-32768n, 32767n],
  INT: [-2147483648n, 2147483647n],
  LONG: [-9223372036854775808n, 9223372036854775807n],
} as const;

/** Template syntax of other tools (envsubst, Jinja, str.format, Helm): Kafka reads it literally. */
export function isTemplate(value: string): boolean {
  if (!value.includes('$') && !value.includes('{')) return false;
  return /\$\{[^}]*\}?|\{\{.*\}\}|^\$[A-Z_][A-Z0-9_]*$|\{\d+\}/.test(value);
}

/** `${provider:...}` whose provider the node declares in config.providers: Kafka resolves it at start-up. */
export function isResolvedLater(value: string, providers: string[]): boolean {
  if (!value.includes('${')) return false;
  const references = [...value.matchAll(/\$\{([A-Za-z0-9_-]+):[^}]*\}/g)];
  return references.length > 0 && references.every((match) => providers.includes(match[1]));
}

function invalid(value: string, name: string, reason: string): string {
  return `Invalid value ${value} for configuration ${name}: ${reason}`;
}

function closest(value: string, allowed: string[]): string | undefined {
  const lower = value.toLowerCase();
  return (
    allowed.find((candidate) => candidate.toLowerCase() === lower) ??
    allowed.find((candidate) => candidate.toLowerCase().startsWith(lower.slice(0, 2)))
  );
}

/**
 * Metadata versions (`inter.broker.protocol.version`) are also accepted in short form, as Kafka's
 * MetadataVersion.fromVersionString reads them: "3.6" or "3.6.1" means the newest 3.6-IVn (three segments for 0.x).
 */
function isShortMetadataVersion(text: string, values: readonly string[]): boolean {
  if (!values.some((value) => /-IV\d+$/.test(value)) || !/^\d+(\.\d+)+$/.test(text)) return false;
  const key = text
    .split('.')
    .slice(0, text.startsWith('0.') ? 3 : 2)
    .join('.');
  return values.some((value) => value === key || value.startsWith(`${key}-IV`));
}

function checkValidator(
  name: string,
  text: string,
  validator: Validator | undefined,
  type: string,
): ValueProblem | undefined {
  if (!validator) return undefined;
  switch (validator.kind) {
    case 'range': {
      const number = Number(text);
      if (validator.also !== undefined && number === validator.also) return undefined;
      if (number < validator.min) {
        return {
          kafkaMessage: invalid(text, name, `Value must be at least ${validator.min}`),
          suggestion: String(validator.min),
        };
      }
      if (validator.max !== undefined && number > validator.max) {
        return {
          kafkaMessage: invalid(text, name, `Value must be no more than ${validator.max}`),
          suggestion: String(validator.max),
        };
      }
      return undefined;
    }
    case 'oneOf': {
      const ok = validator.caseInsensitive
        ? validator.values.some((allowed) => allowed.toLowerCase() === text.toLowerCase())
        : validator.values.includes(text) || isShortMetadataVersion(text, validator.values);
      if (ok) return undefined;
      const reason = validator.caseInsensitive
        ? `String must be one of (case insensitive): ${validator.values.join(', ')}`
        : `String must be one of: ${validator.values.join(', ')}`;
      return { kafkaMessage: invalid(text, name, reason), suggestion: closest(text, validator.values) };
    }
    case 'nonEmptyString':
      return text === '' && type !== 'LIST'
        ? { kafkaMessage: invalid(text, name, 'String must be non-empty') }
        : undefined;
  }
}

/** Judges one value as Kafka `version` would; undefined when Kafka accepts it. */
export function checkValue(
  facts: KeyFacts,
  rawValue: string,
  version: KafkaVersion,
  name = facts.name,
  providers: string[] = [],
): ValueProblem | undefined {
  if (isResolvedLater(rawValue, providers)) return undefined;
  if (facts.olderValidator && compareVersions(version, facts.olderValidator.until) <= 0) {
    facts = { ...facts, validator: facts.olderValidator.validator };
  }
  const text = rawValue.trim();
  const type = facts.type === 'LIST' && facts.stringBefore42 && !atLeast(version, '4.2') ? 'STRING' : facts.type;
  switch (type) {
    case 'BOOLEAN':
      if (!/^(true|false)$/i.test(text)) {
        return {
          kafkaMessage: invalid(text, name, 'Expected value to be either true or false'),
          suggestion: /^(yes|on|1|enabled?)$/i.test(text) ? 'true' : 'false',
        };
      }
      return undefined;
    case 'SHORT':
    case 'INT':
    case 'LONG': {
      const [min, max] = LIMITS[type];
      if (!/^[+-]?\d+$/.test(text) || BigInt(text) < min || BigInt(text) > max) {
        return { kafkaMessage: invalid(text, name, `Not a number of type ${type}`) };
      }
      return checkValidator(name, text, facts.validator, type);
    }
    case 'DOUBLE':
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(text)) {
        return { kafkaMessage: invalid(text, name, 'Not a number of type DOUBLE') };
      }
      return checkValidator(name, text.replace(/[dDfF]$/, ''), facts.validator, type);
    case 'CLASS':
      if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(text)) {
        return { kafkaMessage: invalid(text, name, `Class ${text} could not be found.`) };
      }
      return undefined;
    case 'LIST': {
      const items = splitList(rawValue);
      if (items.length === 0) {
        if (facts.listNonEmpty && atLeast(version, '4.2')) {
          const valid =
            facts.validator?.kind === 'oneOf' ? `[${facts.validator.values.join(', ')}]` : 'any non-empty value';
          return { kafkaMessage: `Configuration '${name}' must not be empty. Valid values include: ${valid}` };
        }
        return undefined;
      }
      for (const item of items) {
        if (item.text === '' && facts.listStrictItems && atLeast(version, '4.2')) {
          return { kafkaMessage: `Configuration '${name}' values must not be empty.`, item };
        }
        const problem = checkValidator(name, item.text, facts.validator, 'LIST');
        if (problem) return { ...problem, item };
      }
      return undefined;
    }
    case 'STRING':
      return checkValidator(name, text, facts.validator, type);
    default:
      return undefined;
  }
}
