import { corporateNumberCheckDigit, corporateNumberOf, parseCorporateNumber } from '../../src/partners/corporate-number';

describe('corporate numbers (法人番号)', () => {
  it.each([
    // Published numbers of public bodies and listed companies: their leading digit is the check digit.
    ['7000012050002', '国税庁'],
    ['1180301018771', 'トヨタ自動車'],
    ['5000012010024', '内閣府'],
  ])('accepts %s (%s)', (number) => {
    expect(parseCorporateNumber(number)).toEqual({ ok: true, value: number });
    expect(corporateNumberCheckDigit(number.slice(1))).toBe(Number(number[0]));
  });

  it('folds full-width digits, hyphens and spaces before checking', () => {
    expect(parseCorporateNumber('７０００－０１２０－５０００２')).toEqual({ ok: true, value: '7000012050002' });
    expect(parseCorporateNumber(' 7-0000-1205-0002 ')).toEqual({ ok: true, value: '7000012050002' });
  });

  it('weighs digits 1 and 2 alternately from the right, and gives 9 when the sum is a multiple of 9', () => {
    // 12 base digits, rightmost first: 1×1 + 0×2 … ; sum 1 → 9 − 1 = 8.
    expect(corporateNumberCheckDigit('000000000001')).toBe(8);
    // Second from the right weighs 2: sum 2 → 7.
    expect(corporateNumberCheckDigit('000000000010')).toBe(7);
    expect(corporateNumberCheckDigit('000000000000')).toBe(9);
    expect(corporateNumberCheckDigit('000000000009')).toBe(9);
  });

  it('tells a wrong check digit from a wrong length or a letter', () => {
    expect(parseCorporateNumber('8000012050002')).toEqual({ ok: false, problem: 'checkDigit' });
    expect(parseCorporateNumber('700001205000')).toEqual({ ok: false, problem: 'format' });
    expect(parseCorporateNumber('70000120500021')).toEqual({ ok: false, problem: 'format' });
    expect(parseCorporateNumber('7000O12050002')).toEqual({ ok: false, problem: 'format' });
  });

  it('throws BAD_USER_INPUT naming the field, never the value', () => {
    let thrown: unknown;
    try {
      corporateNumberOf('8000012050002', 'input.corporateNumber');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.corporateNumber', problems: [{ constraint: 'corporateNumberCheckDigit' }] });
    expect(JSON.stringify(thrown)).not.toContain('8000012050002');
    expect(corporateNumberOf('７００００１２０５０００２', 'x')).toBe('7000012050002');
  });
});
