// Hover documentation of every key, written for this project in English and Simplified Chinese.
import { docsPart1 } from './part1';
import { docsPart2 } from './part2';
import { docsPart3 } from './part3';
import type { KeyDoc } from './types';

export type { KeyDoc };
export const keyDocs: Record<string, KeyDoc> = { ...docsPart1, ...docsPart2, ...docsPart3 };
