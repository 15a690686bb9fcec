import { isEmail, isURL } from 'class-validator';
import { HTTP_URL_OPTIONS, KEY_PATTERN, PHONE_PATTERN } from '../common/validation';
import type { BilingualMessage } from '../common/errors';
import { foldLine, normaliseLine, normaliseParagraphs } from '../common/text';
import { REGION_CODE_PATTERN } from '../regions/region.inputs';
import { FIELD_CODE_PATTERN } from '../taxonomy/research-field.inputs';
import { enumValueForLabel } from './enum-aliases';
import { importMessages as msg } from './import-messages';
import type { ScalarKind } from './property-spec';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const INTEGER_PATTERN = /^-?(\d+|\d{1,3}(,\d{3})+)$/;
const TRUE_WORDS = ['true', '1', 'yes', 'y', 'はい'];
const FALSE_WORDS = ['false', '0', 'no', 'n', 'いいえ'];

export interface ScalarRule {
  kind: ScalarKind;
  maxLength?: number;
  values?: readonly string[];
  min?: number;
  max?: number;
}

/** A normalised value; `null` means absent (blank text counts as absent). */
export type ScalarResult = { value: unknown } | { problem: BilingualMessage };

/**
 * Checks and normalises one value with the GraphQL inputs' patterns. Free text (`line`, `paragraph`) is kept as typed,
 * with whitespace tidied; everything else is folded with NFKC first (so full-width `ｓ－ｏｌｅｄ`, `０２３－６４４－３２２２`
 * or `ＤＲＡＦＴ` typed in a spreadsheet reads as ASCII): keys, codes, enums (case-insensitively or by Japanese label, 公開),
 * e-mails, URLs, phones, dates, integers with or without thousands separators (`1,000,000` is common in budget cells).
 */
export function normaliseScalar(rule: ScalarRule, raw: unknown): ScalarResult {
  if (raw === null || raw === undefined) return { value: null };
  switch (rule.kind) {
    case 'int':
      return integer(rule, raw);
    case 'bool':
      return boolean(raw);
    default:
      break;
  }
  if (typeof raw !== 'string') return { problem: msg.text() };
  const text = rule.kind === 'paragraph' ? normaliseParagraphs(raw) : rule.kind === 'line' ? normaliseLine(raw) : foldLine(raw);
  if (text.length === 0) return { value: null };
  if (rule.maxLength !== undefined && [...text].length > rule.maxLength) return { problem: msg.maxLength(rule.maxLength) };
  switch (rule.kind) {
    case 'key':
      return KEY_PATTERN.test(text) ? { value: text } : { problem: msg.key() };
    case 'regionCode':
      return REGION_CODE_PATTERN.test(text) ? { value: text } : { problem: msg.regionCode() };
    case 'fieldCode':
      return FIELD_CODE_PATTERN.test(text) ? { value: text } : { problem: msg.fieldCode() };
    case 'enum': {
      const allowed = rule.values ?? [];
      const value = allowed.includes(text.toUpperCase()) ? text.toUpperCase() : enumValueForLabel(text, allowed);
      return value ? { value } : { problem: msg.enumValue(allowed) };
    }
    case 'email':
      return isEmail(text) ? { value: text } : { problem: msg.email() };
    case 'url':
      return isURL(text, HTTP_URL_OPTIONS) ? { value: text } : { problem: msg.url() };
    case 'phone':
      return PHONE_PATTERN.test(text) ? { value: text } : { problem: msg.phone() };
    case 'date':
      return isRealDate(text) ? { value: text } : { problem: msg.date() };
    case 'dateTime':
      return DATE_TIME_PATTERN.test(text) && !Number.isNaN(Date.parse(text)) ? { value: new Date(text) } : { problem: msg.dateTime() };
    default:
      return { value: text };
  }
}

function integer(rule: ScalarRule, raw: unknown): ScalarResult {
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const text = foldLine(raw);
    if (text.length === 0) return { value: null };
    if (!INTEGER_PATTERN.test(text)) return { problem: range(rule) };
    value = Number(text.replace(/,/g, ''));
  } else return { problem: range(rule) };
  if (!Number.isSafeInteger(value)) return { problem: range(rule) };
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) return { problem: range(rule) };
  return { value };
}

const range = (rule: ScalarRule) =>
  rule.min === 0 && rule.max === undefined ? msg.nonNegativeInteger() : msg.intRange(rule.min ?? Number.MIN_SAFE_INTEGER, rule.max ?? Number.MAX_SAFE_INTEGER);

function boolean(raw: unknown): ScalarResult {
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw !== 'string') return { problem: msg.boolean() };
  const word = foldLine(raw).toLowerCase();
  if (word.length === 0) return { value: null };
  if (TRUE_WORDS.includes(word)) return { value: true };
  if (FALSE_WORDS.includes(word)) return { value: false };
  return { problem: msg.boolean() };
}

/** `2025-02-30` has the right shape but is no day: only dates that survive a round trip pass. */
export function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
