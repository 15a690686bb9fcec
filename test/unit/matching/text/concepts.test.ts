import { ConceptTableError, analyse, defaultConceptTable, loadConceptTable, normalise } from '../../../../src/matching/text';
import conceptData from '../../../../src/matching/data/concepts.json';
import reference from '../../../../src/demo/data/reference.json';

const conceptsIn = (text: string) => Object.keys(analyse(text).terms).filter((t) => t.startsWith('concept:'));

describe('shipped concept table', () => {
  it('has at least 200 concepts, each with Japanese and English forms', () => {
    const table = defaultConceptTable();
    expect(table.size).toBeGreaterThanOrEqual(200);
    for (const c of conceptData as Array<{ id: string; ja: string[]; en: string[] }>) {
      expect([c.id, c.ja.length > 0, c.en.length > 0]).toEqual([c.id, true, true]);
    }
  });

  it('finds each concept from every one of its own forms', () => {
    const table = defaultConceptTable();
    const misses = (conceptData as Array<{ id: string; ja: string[]; en: string[] }>).flatMap((c) =>
      [...c.ja, ...c.en].filter((form) => !table.match(normalise(form)).some((o) => o.id === c.id && o.weight === 1)).map((form) => `${c.id}: ${form}`),
    );
    expect(misses).toEqual([]);
  });

  it('refers only to field codes of the reference taxonomy', () => {
    const codes = new Set((reference.fields as Array<{ code: string }>).map((f) => f.code));
    const unknown = (conceptData as Array<{ id: string; fields?: string[] }>).flatMap((c) =>
      (c.fields ?? []).filter((f) => !codes.has(f)).map((f) => `${c.id}: ${f}`),
    );
    expect(unknown).toEqual([]);
  });

  it('covers every field of the reference taxonomy', () => {
    const fields = new Set((conceptData as Array<{ fields?: string[] }>).flatMap((c) => c.fields ?? []));
    for (const code of [
      'organic-electronics.oled-lighting',
      'biotech.metabolomics',
      'growth.food-agri.agri-machinery',
      'clusters.electronics.emc',
      'clusters.textiles',
      'clusters.plating',
      'management.succession',
      'management.hr',
    ]) {
      expect(fields).toContain(code);
    }
  });

  it.each([
    ['有機ELの需要', 'organic light-emitting diode panels', 'concept:oled'],
    ['有機EL', 'OLEDs', 'concept:oled'],
    ['有機エレクトロルミネッセンス素子', 'organic electroluminescence', 'concept:oled'],
    ['はんだ付けの不良', 'solder joints', 'concept:soldering'],
    ['半田', 'Soldering', 'concept:soldering'],
    ['IoT化を進めたい', 'モノのインターネット', 'concept:iot'],
    ['モノのインターネット', 'the Internet of Things', 'concept:iot'],
    ['メタボローム解析', 'metabolomics of sake yeast', 'concept:metabolomics'],
    ['センサー', 'sensors', 'concept:sensor'],
    ['センサ', 'ｾﾝｻｰ', 'concept:sensor'],
    ['蓄電池', 'rechargeable battery', 'concept:battery'],
    ['めっき', '鍍金', 'concept:plating'],
    ['メッキ', 'electroplating', 'concept:plating'],
    ['ボイド', 'voids', 'concept:void'],
    ['日本酒', 'Japanese sake', 'concept:sake'],
    ['米沢織', 'Yonezawa textile', 'concept:yonezawa-ori'],
    ['販路開拓', 'market development', 'concept:market-development'],
    ['事業承継', 'business succession', 'concept:business-succession'],
    ['資金調達', 'financing', 'concept:financing'],
    ['人材育成', 'staff training', 'concept:human-resources-development'],
    ['研修', 'training', 'concept:human-resources-development'],
    ['金型', 'moulds', 'concept:mould'],
    ['射出成形金型', 'injection molding', 'concept:mould'],
    ['切削加工', 'CNC machining', 'concept:machining'],
    ['鋳造', 'die casting', 'concept:casting'],
    ['農業機械', 'agricultural machinery', 'concept:agri-machinery'],
    ['発酵', 'fermentation', 'concept:fermentation'],
    ['実装', 'surface mount', 'concept:mounting'],
    ['セラミックス', 'ceramic', 'concept:ceramics'],
    ['半導体', 'semiconductors', 'concept:semiconductor'],
    ['有機トランジスタ', 'organic thin-film transistors', 'concept:organic-transistor'],
    ['太陽電池', 'photovoltaics', 'concept:solar-cell'],
    ['プリンテッドエレクトロニクス', 'printed electronics', 'concept:printed-electronics'],
    ['医療機器', 'medical devices', 'concept:medical-device'],
    ['ロボット', 'robotics', 'concept:robot'],
    ['自動車', 'automotive', 'concept:automotive'],
    ['航空機', 'aircraft', 'concept:aircraft'],
    ['タンパク質素材', 'structural protein', 'concept:protein-material'],
    ['ノイズ対策', 'electromagnetic compatibility', 'concept:emc'],
  ])('%s ↔ %s share %s', (ja, en, concept) => {
    expect(conceptsIn(ja)).toContain(concept);
    expect(conceptsIn(en)).toContain(concept);
  });

  it('prefers the longest match: 太陽電池 is a solar cell, not a battery', () => {
    expect(conceptsIn('太陽電池')).toContain('concept:solar-cell');
    expect(conceptsIn('太陽電池')).not.toContain('concept:battery');
  });

  it('credits broader concepts at a discount', () => {
    const terms = analyse('有機EL照明').terms;
    expect(terms['concept:oled-lighting']).toBe(1);
    expect(terms['concept:oled']).toBe(0.5);
    expect(terms['concept:organic-electronics']).toBe(0.25);
  });

  it('does not count a concept twice in mixed script (IoT機器)', () => {
    expect(analyse('IoT機器').terms['concept:iot']).toBe(1);
  });

  it('does not cut Latin words: 有機EL is not found in 有機electronics', () => {
    expect(
      defaultConceptTable()
        .match(normalise('有機electronics'))
        .map((o) => o.id),
    ).not.toContain('oled');
  });

  it('does not mistake "for the sake of" for sake', () => {
    expect(conceptsIn('for the sake of clarity')).not.toContain('concept:sake');
  });

  it('labels concepts in either language', () => {
    expect(defaultConceptTable().label('oled', 'ja')).toBe('有機EL');
    expect(defaultConceptTable().label('oled', 'en')).toBe('OLED');
    expect(defaultConceptTable().label('no-such-concept', 'en')).toBe('no-such-concept');
  });
});

describe('loadConceptTable', () => {
  it('matches English forms as token sequences after stemming', () => {
    const table = loadConceptTable([{ id: 'wire-bonding', ja: ['ワイヤボンディング'], en: ['wire bonding'] }]);
    expect(table.match(normalise('Wire-bonded joints, wire and bonding, wire bonding')).map((o) => o.surface)).toEqual(['wire bonded', 'wire bonding']);
  });

  it.each([
    ['not an array', { id: 'x' }, 'must be a JSON array'],
    ['a bad id', [{ id: 'Bad Id', ja: ['x'], en: [] }], 'id must match'],
    [
      'a duplicate id',
      [
        { id: 'a', ja: ['甲'], en: [] },
        { id: 'a', ja: ['乙'], en: [] },
      ],
      'duplicate id',
    ],
    ['no forms', [{ id: 'a', ja: [], en: [] }], 'at least one surface form'],
    ['an unknown broader concept', [{ id: 'a', ja: ['甲'], en: [], broader: ['zzz'] }], 'broader concept "zzz" does not exist'],
    [
      'a form claimed twice',
      [
        { id: 'a', ja: ['センサ'], en: [] },
        { id: 'b', ja: ['センサー'], en: [] },
      ],
      'already a form of a',
    ],
  ])('rejects %s', (_case, raw, message) => {
    expect(() => loadConceptTable(raw)).toThrow(ConceptTableError);
    expect(() => loadConceptTable(raw)).toThrow(message);
  });

  it('tolerates a cycle of broader concepts', () => {
    const table = loadConceptTable([
      { id: 'a', ja: ['甲'], en: [], broader: ['b'] },
      { id: 'b', ja: ['乙'], en: [], broader: ['a'] },
    ]);
    expect(table.match('甲')).toEqual([
      { id: 'a', surface: '甲', weight: 1 },
      { id: 'b', surface: '甲', weight: 0.5 },
    ]);
  });
});
