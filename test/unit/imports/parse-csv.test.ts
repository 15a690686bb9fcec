import { parseCsv } from '../../../src/imports/parse-csv';
import { recordTypeFromFileName } from '../../../src/imports/record-types';

const BOM = '\uFEFF';

describe('parseCsv', () => {
  it('reads a UTF-8 file with a BOM and Japanese headers, mapping each to its property for the type', () => {
    const { sections, problems } = parseCsv(`${BOM}キー,タイトル,概要,ＴＲＬ,研究者,機関\ns.one,題名,説明文,4,r.a,inst.x\n`, 'seeds');
    expect(problems).toEqual([]);
    expect(sections).toHaveLength(1);
    expect(sections[0].type).toBe('seeds');
    expect(sections[0].records).toEqual([
      { row: 1, raw: { key: 's.one', title: '題名', summary: '説明文', trl: '4', owners: ['r.a'], institution: 'inst.x' }, readProblems: [] },
    ]);
  });

  it('reads a BOM before a quoted first header (some tools quote every cell)', () => {
    const { sections, problems } = parseCsv(`${BOM}"キー","タイトル"\r\n"s.one","題名"\r\n`, 'seeds');
    expect(problems).toEqual([]);
    expect(sections[0].records[0].raw).toEqual({ key: 's.one', title: '題名' });
  });

  it('gives the same Japanese word the meaning it has for each record type', () => {
    const seeds = parseCsv('名称,概要\nx,y\n', 'seeds').sections[0].records[0].raw;
    const institutions = parseCsv('名称,概要\nx,y\n', 'institutions').sections[0].records[0].raw;
    expect(seeds).toEqual({ title: 'x', summary: 'y' });
    expect(institutions).toEqual({ nameJa: 'x', description: 'y' });
  });

  it('accepts property names in any case and without a BOM', () => {
    const { sections, problems } = parseCsv('KEY,NameJa,collaborationforms\nk,n,JOINT_RESEARCH\n', 'seeds');
    expect(problems.map((p) => p.column)).toEqual(['NameJa']);
    expect(sections).toEqual([]);
    const ok = parseCsv('KEY,Title,collaborationforms\nk,n,JOINT_RESEARCH\n', 'seeds');
    expect(ok.sections[0].records[0].raw).toEqual({ key: 'k', title: 'n', collaborationForms: ['JOINT_RESEARCH'] });
  });

  it('splits list cells on ";" and full-width "；", but not on "、" (it occurs inside phrases)', () => {
    const raw = parseCsv('key,keywords\nk,"有機EL; 発光材料；封止、接着"\n', 'seeds').sections[0].records[0].raw;
    expect(raw.keywords).toEqual(['有機EL', ' 発光材料', '封止、接着']);
  });

  it('reads nested lists as JSON in the cell and reports a cell that is not a JSON list', () => {
    const { sections } = parseCsv('key,patents\nk1,"[{""number"":""特願2024-1"",""status"":""GRANTED""}]"\nk2,"{""number"":1}"\nk3,not json\n', 'seeds');
    const [first, second, third] = sections[0].records;
    expect(first.raw.patents).toEqual([{ number: '特願2024-1', status: 'GRANTED' }]);
    expect(second.readProblems.map((p) => p.path)).toEqual(['patents']);
    expect(third.readProblems.map((p) => p.path)).toEqual(['patents']);
    expect(third.raw).toEqual({ key: 'k3' });
  });

  it('skips blank rows but keeps counting, so row numbers match the spreadsheet', () => {
    const { sections } = parseCsv('key,title\na,A\n,\n\nb,B\n', 'seeds');
    expect(sections[0].records.map((r) => [r.row, r.raw.key])).toEqual([
      [1, 'a'],
      [4, 'b'],
    ]);
  });

  it('reports unknown and repeated headers by the header as written, and rows with too many cells', () => {
    const bad = parseCsv('キー,好きな色,key\nk,red,k\n', 'seeds');
    expect(bad.problems.map((p) => [p.column, p.messageEn])).toEqual([
      ['好きな色', 'is not a known column for this record type'],
      ['key', 'names a property another column already names'],
    ]);
    const wide = parseCsv('key,title\nk,t,extra\n', 'seeds');
    expect(wide.problems).toEqual([expect.objectContaining({ section: 'seeds', row: 1, column: null })]);
  });

  it('labels columns by their header, nested paths included', () => {
    const { sections } = parseCsv('キー,特許\nk,[]\n', 'seeds');
    expect(sections[0].columnLabel('patents[0].number')).toBe('特許[0].number');
    expect(sections[0].columnLabel('key')).toBe('キー');
  });

  it('turns a malformed file into one problem, without quoting it', () => {
    const { sections, problems } = parseCsv('key,title\n"secret-value,x\n', 'seeds');
    expect(sections).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].messageEn).toMatch(/not valid CSV/);
    expect(JSON.stringify(problems)).not.toContain('secret-value');
    expect(parseCsv('', 'seeds').problems[0].messageEn).toBe('has no header row');
  });
});

describe('recordTypeFromFileName', () => {
  it.each([
    ['seeds.csv', 'seeds'],
    ['/tmp/研究シーズ.csv', 'seeds'],
    ['企業ニーズ_2025.csv', 'needs'],
    ['企業.csv', 'companies'],
    ['Consortia-export.CSV', 'consortia'],
    ['ｺｰﾃﾞｨﾈｰﾀ.csv', 'coordinators'],
    ['data.csv', null],
  ])('%s is %s', (name, type) => {
    expect(recordTypeFromFileName(name)).toBe(type);
  });
});
