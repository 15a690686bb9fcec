import { orderParentsFirst } from '../../../src/imports/parent-order';
import { validateRecord } from '../../../src/imports/validate-record';

const seed = (overrides: Record<string, unknown> = {}) => ({ key: 's.1', title: 't', summary: 's', trl: 4, owners: ['r.1'], ...overrides });
const paths = (type: Parameters<typeof validateRecord>[0], raw: Record<string, unknown>) => validateRecord(type, raw).problems.map((p) => p.path);

describe('validateRecord', () => {
  it('keeps text as typed, folds keys and numbers with NFKC, fills defaults and drops blank and repeated list items', () => {
    const { values, problems } = validateRecord(
      'seeds',
      seed({ key: 'ｓ．ｏｌｅｄ－１', title: 'ＯＬＥＤ　ﾃﾞﾊﾞｲｽ  １０⁻⁴ｇ', keywords: ['ＩｏＴ', ' IoT ', '', 'センサ'], trl: '４' }),
    );
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      key: 's.oled-1',
      title: 'ＯＬＥＤ　ﾃﾞﾊﾞｲｽ １０⁻⁴ｇ',
      keywords: ['ＩｏＴ', 'センサ'],
      trl: 4,
      status: 'DRAFT',
      patents: [],
      isFictional: false,
      language: null,
    });
  });

  it('accepts enumeration values in any case or as Japanese labels, per enumeration', () => {
    expect(validateRecord('seeds', seed({ status: 'published', collaborationForms: ['共同研究', 'licensing'] })).values).toMatchObject({
      status: 'PUBLISHED',
      collaborationForms: ['JOINT_RESEARCH', 'LICENSING'],
    });
    expect(
      validateRecord('needs', { key: 'n', company: 'c', title: 't', description: 'd', category: '技術的課題', confidentiality: '公開' }).values,
    ).toMatchObject({
      category: 'TECHNICAL',
      confidentiality: 'PUBLIC',
    });
  });

  it('reports required properties, TRL range, key pattern and unknown properties, in both languages', () => {
    const { problems } = validateRecord('seeds', { key: 'Bad Key', summary: 's', trl: 10, owners: [], colour: 'red' });
    expect(problems.map((p) => p.path).sort()).toEqual(['colour', 'key', 'owners', 'title', 'trl']);
    const trl = problems.find((p) => p.path === 'trl')!;
    expect(trl.message).toEqual({ ja: '1〜9 の整数で指定してください', en: 'must be an integer from 1 to 9' });
  });

  it('checks desiredTrl, budgets in order (with thousands separators) and the consultation step', () => {
    const need = { key: 'n', company: 'c', title: 't', description: 'd', category: 'TECHNICAL' };
    expect(paths('needs', { ...need, desiredTrl: 0, budgetMinYen: '5,000,000', budgetMaxYen: '1,000,000', consultationStep: 4 })).toEqual([
      'desiredTrl',
      'consultationStep',
      'budgetMaxYen',
    ]);
    expect(validateRecord('needs', { ...need, budgetMinYen: '1,000,000', budgetMaxYen: 5000000 }).problems).toEqual([]);
  });

  it('wants real dates in order, and valid e-mails, URLs and phone numbers', () => {
    const company = { key: 'c', nameJa: '会社' };
    expect(
      paths('companies', {
        ...company,
        websiteUrl: 'ftp://example.jp',
        certifications: [{ name: 'a', issuedOn: '2025-02-30' }, { name: 'b', issuedOn: '2025-04-01', validUntil: '2025-03-31' }, { issuedOn: '2025-04-01' }],
      }),
    ).toEqual(['certifications[0].issuedOn', 'certifications[2].name', 'websiteUrl', 'certifications[1].validUntil']);
    expect(paths('coordinators', { key: 'c', name: 'n', institution: 'i', email: 'not-mail', phone: '０２３－６４４－３２２２' })).toEqual(['email']);
  });

  it('refuses list items holding ";" (they could not survive a CSV export) and repeated members', () => {
    expect(paths('seeds', seed({ keywords: ['a;b'] }))).toEqual(['keywords[0]']);
    const members = [
      { type: 'COMPANY', key: 'co.a' },
      { type: 'company', key: 'co.a', role: 'CHAIR' },
      { type: 'RESEARCHER', key: 'co.a' },
    ];
    expect(paths('consortia', { key: 'cs', nameJa: 'n', members })).toEqual(['members[1]']);
  });

  it('never puts the offending value into a message', () => {
    const { problems } = validateRecord('seeds', seed({ key: 'SECRET-KEY', trl: 'secret-trl', language: 'secret-language' }));
    expect(problems).toHaveLength(3);
    expect(JSON.stringify(problems)).not.toMatch(/secret/i);
  });
});

describe('orderParentsFirst', () => {
  const parents: Record<string, string | null> = { child: 'parent', parent: 'root', root: null, loose: 'elsewhere' };
  it('puts parents before children when both are in the list', () => {
    const { ordered, cyclic } = orderParentsFirst(
      ['child', 'loose', 'parent', 'root'],
      (x) => x,
      (x) => parents[x],
    );
    expect(ordered).toEqual(['root', 'parent', 'child', 'loose']);
    expect(cyclic).toEqual([]);
  });

  it('finds loops, including a record that is its own parent, and leaves their descendants out', () => {
    const loop: Record<string, string | null> = { a: 'b', b: 'a', c: 'a', d: 'd', e: null };
    const { ordered, cyclic } = orderParentsFirst(
      ['a', 'b', 'c', 'd', 'e'],
      (x) => x,
      (x) => loop[x],
    );
    expect(cyclic.sort()).toEqual(['a', 'b', 'd']);
    expect(ordered).toEqual(['e']);
  });
});
