import { InvalidInputError } from '../common/errors';

/** Hyphens and dashes people type between groups of digits (after NFKC, full-width ones are already `-`). */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u30FC]/g;

/**
 * The check digit of a 法人番号 (the leading digit), from its 12 base digits: 9 − (Σ Pn × Qn mod 9),
 * where Pn is the n-th digit counted from the right and Qn is 1 for odd n, 2 for even n
 * (National Tax Agency, 法人番号の指定等に関する省令 第二条).
 */
export function corporateNumberCheckDigit(base: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

export type CorporateNumberProblem = 'format' | 'checkDigit';

/** The 13 digits as stored, or why the text is not a corporate number. Full-width digits and hyphens are folded first. */
export function parseCorporateNumber(text: string): { ok: true; value: string } | { ok: false; problem: CorporateNumberProblem } {
  const digits = text.normalize('NFKC').replace(SEPARATORS, '');
  if (!/^[0-9]{13}$/.test(digits)) return { ok: false, problem: 'format' };
  return corporateNumberCheckDigit(digits.slice(1)) === Number(digits[0]) ? { ok: true, value: digits } : { ok: false, problem: 'checkDigit' };
}

/** The stored form of a corporate number; BAD_USER_INPUT naming `field` when it is not one. */
export function corporateNumberOf(text: string, field: string): string {
  const parsed = parseCorporateNumber(text);
  if (parsed.ok) return parsed.value;
  throw parsed.problem === 'format'
    ? InvalidInputError.of(field, '法人番号は13桁の数字で入力してください', 'must be the 13 digits of a corporate number (法人番号)', 'corporateNumberFormat')
    : InvalidInputError.of(
        field,
        '法人番号のチェックデジットが一致しません。番号を確認してください',
        'has a wrong check digit: check the number',
        'corporateNumberCheckDigit',
      );
}
