import { IsInt, type ValidationOptions } from 'class-validator';
import { Field, Int } from 'type-graphql';
import type { BilingualMessage } from './errors';

/** External keys of importable records: lower-case ASCII, stable across systems. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

const DIGIT = '[0-9０-９]';
const HYPHEN = '[-－]';
/**
 * Japanese phone numbers: a leading 0 (or +81 instead of it) and 9–10 more digits, in groups
 * joined by single hyphens: 023-644-3222, 0238-22-1234, 090-1234-5678, +81-23-644-3222.
 * Full-width digits and hyphens are accepted, as Japanese input methods type them; they are
 * stored NFKC-normalised.
 */
export const PHONE_PATTERN = new RegExp(`^(?:[0０]|[+＋][8８][1１]${HYPHEN}?)(?=(?:${HYPHEN}?${DIGIT}){9,10}$)${DIGIT}+(?:${HYPHEN}${DIGIT}+){0,3}$`);
/** Web sites must be absolute http(s) URLs: they are shown as links. */
export const HTTP_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
/** At least one visible character (MinLength alone accepts a string of spaces). */
export const NOT_BLANK = /\S/;

/**
 * Validation options carrying a Japanese and an English message. The messages travel in
 * class-validator's `context`, so the error formatter can show both without the value.
 */
export function bilingual(ja: string, en: string, options: ValidationOptions = {}): ValidationOptions {
  const context: BilingualMessage = { ja, en };
  return { ...options, message: en, context };
}

export const messages = {
  required: () => bilingual('必須項目です', 'is required'),
  maxLength: (n: number) => bilingual(`${n}文字以内で入力してください`, `must be at most ${n} characters`),
  notBlank: () => bilingual('空欄にはできません', 'must not be blank'),
  email: () => bilingual('メールアドレスの形式が正しくありません', 'must be an email address'),
  url: () => bilingual('URL の形式が正しくありません (http:// または https://)', 'must be an http(s) URL'),
  phone: () => bilingual('電話番号の形式が正しくありません (例: 023-644-3222)', 'must be a phone number such as 023-644-3222'),
  intRange: (min: number, max: number) => bilingual(`${min}〜${max} の整数で指定してください`, `must be an integer from ${min} to ${max}`),
  key: () =>
    bilingual(
      '英小文字・数字・「.」「_」「-」で 100 文字以内にしてください',
      'must be lower-case ASCII letters, digits, ".", "_" or "-", at most 100 characters',
    ),
  listMax: (n: number) => bilingual(`${n}件以内にしてください`, `must have at most ${n} items`),
  nonNegative: () => bilingual('0 以上を指定してください', 'must not be negative'),
  nonNegativeInteger: () => bilingual('0 以上の整数で指定してください', 'must be a non-negative integer'),
  calendarDate: () => bilingual('YYYY-MM-DD 形式の実在する日付で入力してください', 'must be a real date in the form YYYY-MM-DD'),
  validUntilAfterIssue: () => bilingual('有効期限は認定日以降にしてください', 'must be on or after the issue date (issuedOn)'),
  budgetOrder: () => bilingual('予算上限は予算下限以上にしてください', 'must be at least the lower end of the budget (budgetMinYen)'),
  knownValue: () => bilingual('選択肢にない値です', 'is not one of the allowed values'),
  fieldCode: () =>
    bilingual(
      '英小文字・数字・「-」の区切りを「.」でつないでください (例: organic-electronics.oled-lighting)',
      'must be segments of lower-case letters, digits and "-" joined by "." (e.g. organic-electronics.oled-lighting)',
    ),
  regionCode: () =>
    bilingual(
      '英大文字・数字の区切りを「-」でつないでください (例: JP-06-OKITAMA)',
      'must be upper-case letters and digits joined by "-" (e.g. JP-06-OKITAMA)',
    ),
};

/**
 * The `expectedVersion` of every update input: the version the client last read. The service
 * refuses a stale one with CONFLICT (optimistic locking).
 */
export function ExpectedVersion(): PropertyDecorator {
  const field = Field(() => Int, { description: 'The `version` you last read; a newer stored version makes the update fail with CONFLICT' });
  const integer = IsInt(bilingual('整数で指定してください', 'must be an integer'));
  return (target, property) => {
    field(target, property);
    integer(target, property);
  };
}
