import {
  FACTOR_NAMES,
  analysedSeed,
  analysedNeed,
  rankNeedsForSeed,
  rankSeedsForNeed,
  reachableTerms,
  scoreSeedForNeed,
} from '../../../../src/matching/scoring';
import type { NeedProfile } from '../../../../src/matching/scoring';
import { corpusStatsOf } from '../../../../src/matching/text';
import { NAMES, NOW, REGION_TREE, TAXONOMY, contextFor, need, seed } from '../fixtures';

// Fictional demo-style texts.
const oledNeed = need({
  id: 'n-oled',
  title: '有機EL照明パネルの長寿命化',
  description: '当社は有機EL照明パネルを製造しているが、高輝度で点灯すると寿命が短い。封止技術や発光材料の見直しで寿命を延ばしたい。',
  keywords: ['有機EL', '寿命', '封止'],
  fieldCodes: ['organic-electronics.oled-lighting'],
  desiredTrl: 6,
  regionCode: 'JP-06-OKITAMA',
  wantedForms: ['JOINT_RESEARCH'],
  consortiumIds: ['oe-cluster'],
});

const englishOledSeed = seed({
  id: 's-en-oled',
  language: 'EN',
  title: 'Thin-film encapsulation for long-lifetime OLED lighting panels',
  summary:
    'We develop thin-film encapsulation layers for organic light-emitting diodes. The barrier extends the lifetime of OLED lighting panels threefold at high luminance.',
  keywords: ['OLED', 'encapsulation', 'lifetime'],
  fieldCodes: ['organic-electronics.oled-lighting'],
  trl: 5,
  collaborationForms: ['JOINT_RESEARCH', 'LICENSING'],
  regionCode: 'JP-06-MURAYAMA',
  labKey: 'r-yamada',
  consortiumIds: ['oe-cluster'],
});

// Shares the words 有機 and 照明 but solves another problem.
const distractorSeed = seed({
  id: 's-ja-distractor',
  title: '有機農業における照明を用いた害虫防除',
  summary: '有機栽培の圃場でLED照明を用いて害虫を誘引し、農薬を使わずに防除する技術。照明の波長と点灯時間を最適化した。',
  keywords: ['有機農業', '照明', '害虫'],
  fieldCodes: ['growth.food-agri'],
  trl: 6,
  collaborationForms: ['JOINT_RESEARCH'],
  regionCode: 'JP-06-OKITAMA',
  labKey: 'r-kato',
});

const solderSeed = seed({
  id: 's-ja-solder',
  title: '鉛フリーはんだ接合部のボイド低減',
  summary: 'リフロー条件の最適化により鉛フリーはんだ接合部のボイドを低減する。',
  keywords: ['はんだ', 'ボイド', 'リフロー'],
  fieldCodes: ['clusters.electronics.soldering'],
  trl: 6,
  collaborationForms: ['TECHNICAL_GUIDANCE'],
  regionCode: 'JP-06-OKITAMA',
  labKey: 'r-suzuki',
});

const metabolomicsSeed = seed({
  id: 's-en-metabolomics',
  language: 'EN',
  title: 'Metabolomics of sake yeast',
  summary: 'CE-MS metabolome analysis of sake yeast strains to control aroma during fermentation.',
  keywords: ['metabolomics', 'sake', 'yeast'],
  fieldCodes: ['biotech.metabolomics'],
  trl: 4,
  collaborationForms: ['CONTRACT_RESEARCH'],
  regionCode: 'JP-06-SHONAI',
  labKey: 'r-ito',
});

const seeds = [distractorSeed, solderSeed, metabolomicsSeed, englishOledSeed];
const context = contextFor(seeds, analysedSeed);

describe('rankSeedsForNeed', () => {
  const ranked = rankSeedsForNeed(oledNeed, seeds, context);

  it('finds the English seed that solves a Japanese need, ahead of a distractor sharing words', () => {
    // The solder and metabolomics seeds share no word with the need: they score 0 whatever their region, tied, by id.
    expect(ranked.map((r) => r.id)).toEqual(['s-en-oled', 's-ja-distractor', 's-en-metabolomics', 's-ja-solder']);
    expect(ranked.slice(2).map((r) => [r.score, r.fit])).toEqual([
      [0, 'WEAK'],
      [0, 'WEAK'],
    ]);
    const byId = Object.fromEntries(ranked.map((r) => [r.id, r]));
    const text = (id: string) => byId[id].factors.find((f) => f.factor === 'textRelevance')!.value;
    expect(text('s-en-oled')).toBeGreaterThan(text('s-ja-distractor'));
    expect(byId['s-en-oled'].score - byId['s-ja-distractor'].score).toBeGreaterThan(0.2);
  });

  it('ranks purely on text as well: concepts bridge the languages', () => {
    const textOnly = rankSeedsForNeed(oledNeed, seeds, context, {
      weights: { textRelevance: 1, fieldProximity: 0, trlFit: 0, regionFit: 0, collaborationFormFit: 0, warmPath: 0, researcherLoad: 0, freshness: 0 },
    });
    expect(textOnly[0].id).toBe('s-en-oled');
  });

  it('numbers ranks from 1 and keeps scores in [0, 1], descending without diversity', () => {
    const plain = rankSeedsForNeed(oledNeed, seeds, context, { diversity: { mode: 'none' } });
    expect(plain.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < plain.length; i++) expect(plain[i - 1].score).toBeGreaterThanOrEqual(plain[i].score);
    for (const r of plain) expect([r.score >= 0, r.score <= 1]).toEqual([true, true]);
  });

  it('explains every factor, and the contributions sum exactly to the score', () => {
    for (const r of ranked) {
      expect(r.factors.map((f) => f.factor)).toEqual([...FACTOR_NAMES]);
      let sum = 0;
      const gate = r.factors.find((f) => f.factor === 'textRelevance')!.value;
      for (const f of r.factors) {
        // Text sets the level; every other factor adjusts it in proportion to the text evidence.
        expect(f.contribution).toBe(f.factor === 'textRelevance' ? f.weight * f.value : gate * f.weight * f.value);
        sum += f.contribution;
      }
      expect(sum).toBe(r.score);
    }
  });

  it('gives readable sentences in both languages', () => {
    const sentences = Object.fromEntries(ranked[0].factors.map((f) => [f.factor, f.sentence]));
    expect(sentences.textRelevance.ja).toMatch(/^一致した語\(スコアに占める割合\): .*有機EL照明 ↔ OLED lighting \d+%/);
    expect(sentences.textRelevance.en).toMatch(/^Matched terms \(share of the score\): .*OLED lighting ↔ 有機EL照明 \d+%/);
    expect(sentences.fieldProximity).toEqual({ ja: '分野が一致: 有機EL照明', en: 'Same field: OLED lighting' });
    expect(sentences.trlFit).toEqual({ ja: 'TRL差: シーズ5 / 希望6', en: 'TRL gap: seed 5 / wanted 6' });
    expect(sentences.regionFit).toEqual({ ja: '同じ県(山形県)', en: 'Same prefecture (Yamagata)' });
    expect(sentences.warmPath).toEqual({
      ja: '共通の研究会: 有機エレクトロニクス産業集積会議',
      en: 'Shared consortium: Organic Electronics Industry Cluster Council',
    });
  });

  it('sums up why, in one line per language', () => {
    const summary = ranked[0].summary();
    // The Japanese need meets the English seed across languages: the evidence shows as pairs.
    expect(summary.ja).toMatch(/^[^。]+ ↔ [^。]+が一致。同じ分野、同じ県\(山形県\)、共通の研究会あり$/);
    expect(summary.en).toMatch(/^Shares [^;]+ ↔ [^;]+; same field, same prefecture \(Yamagata\), shared consortium$/);
    expect(summary.ja).toContain('有機EL ↔ OLED');
    expect(ranked[3].summary()).toEqual({ ja: 'テキストの一致なし', en: 'No shared terms' });
  });

  it('is deterministic: input order and repeated runs give the same ranking', () => {
    const again = rankSeedsForNeed(oledNeed, [...seeds].reverse(), context);
    const plain = (list: typeof ranked) => list.map(({ summary, ...rest }) => ({ ...rest, summary: summary() }));
    expect(plain(again)).toEqual(plain(ranked));
  });

  it('breaks ties by seed id', () => {
    const twin = (id: string) => seed({ ...solderSeed, id, labKey: id });
    const twins = [twin('s-c'), twin('s-a'), twin('s-b')];
    const result = rankSeedsForNeed(oledNeed, twins, contextFor(twins, analysedSeed));
    expect(result.map((r) => r.id)).toEqual(['s-a', 's-b', 's-c']);
    expect(new Set(result.map((r) => r.score)).size).toBe(1);
  });

  it('applies per-query weights', () => {
    const regionOnly = rankSeedsForNeed(oledNeed, seeds, context, {
      weights: { textRelevance: 0, fieldProximity: 0, trlFit: 0, regionFit: 1, collaborationFormFit: 0, warmPath: 0, researcherLoad: 0, freshness: 0 },
    });
    // Region alone cannot lift a seed without text evidence: the score is text value × region value.
    for (const r of regionOnly) {
      const value = (f: string) => r.factors.find((x) => x.factor === f)!.value;
      expect(r.score).toBeCloseTo(value('textRelevance') * value('regionFit'), 12);
    }
    expect(regionOnly.find((r) => r.id === 's-ja-solder')!.score).toBe(0); // in Okitama, but unrelated
  });

  it('puts a fitting TRL 6 seed above an otherwise identical TRL 2 idea', () => {
    const mature = seed({ ...englishOledSeed, id: 's-mature', trl: 6, labKey: 'lab-1' });
    const idea = seed({ ...englishOledSeed, id: 's-idea', trl: 2, labKey: 'lab-2' });
    const result = rankSeedsForNeed(oledNeed, [idea, mature], contextFor([idea, mature], analysedSeed));
    expect(result.map((r) => r.id)).toEqual(['s-mature', 's-idea']);
  });

  it('keeps one lab from filling the top when others fit', () => {
    const clones = ['s-dup-1', 's-dup-2', 's-dup-3', 's-dup-4'].map((id) => seed({ ...englishOledSeed, id, labKey: 'lab-same' }));
    // Fits, but less well than the clones: farther away, less mature, no shared consortium.
    const other = seed({
      ...englishOledSeed,
      id: 's-other-lab',
      title: 'OLED lighting',
      summary: 'Lighting with OLED panels.',
      keywords: [],
      trl: 3,
      regionCode: 'JP-13',
      consortiumIds: [],
      labKey: 'lab-other',
    });
    const pool = [...clones, other];
    const ctx = contextFor(pool, analysedSeed);
    const plain = rankSeedsForNeed(oledNeed, pool, ctx, { diversity: { mode: 'none' }, limit: 3 });
    expect(plain.map((r) => r.id)).toEqual(['s-dup-1', 's-dup-2', 's-dup-3']);
    const capped = rankSeedsForNeed(oledNeed, pool, ctx, { diversity: { mode: 'labCap', maxPerLab: 2 }, limit: 3 });
    expect(capped.map((r) => r.id)).toEqual(['s-dup-1', 's-dup-2', 's-other-lab']);
    expect(capped.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(capped[2].score).toBeLessThan(plain[2].score); // the order changed, the scores did not
  });

  it('uses the analysed terms the database stored instead of re-analysing', () => {
    const stored = seed({ ...solderSeed, id: 's-stored', language: 'EN', analysed: analysedSeed(englishOledSeed) });
    const score = scoreSeedForNeed(oledNeed, stored, context);
    expect(score.factors[0].value).toBe(scoreSeedForNeed(oledNeed, englishOledSeed, context).factors[0].value);
  });
});

describe('rankNeedsForSeed', () => {
  const solderNeed = need({
    id: 'n-solder',
    title: 'はんだ付け不良の削減',
    description: '基板実装のはんだ付けでボイドが多発している。',
    fieldCodes: ['clusters.electronics.soldering'],
    desiredTrl: 7,
    regionCode: 'JP-06-OKITAMA',
    wantedForms: ['TECHNICAL_GUIDANCE'],
  });
  const successionNeed = need({
    id: 'n-succession',
    category: 'MANAGEMENT',
    title: '事業承継と後継者育成',
    description: '後継者がおらず、事業承継の進め方を相談したい。',
    fieldCodes: ['management.succession'],
    regionCode: 'JP-06-SHONAI',
  });
  const needs: NeedProfile[] = [successionNeed, solderNeed, oledNeed];
  const needContext = { corpus: corpusStatsOf(needs.map(analysedNeed)), taxonomy: TAXONOMY, regions: REGION_TREE, names: NAMES, now: NOW };

  it('ranks the needs an English seed can serve, with the same explanations', () => {
    const ranked = rankNeedsForSeed(englishOledSeed, needs, needContext);
    expect(ranked[0].id).toBe('n-oled');
    expect(ranked[0].score - ranked[1].score).toBeGreaterThan(0.2);
    expect(ranked[0].factors.find((f) => f.factor === 'trlFit')!.sentence.ja).toBe('TRL差: シーズ5 / 希望6');
  });

  it('ranks the soldering need first for the soldering seed', () => {
    expect(rankNeedsForSeed(solderSeed, needs, needContext)[0].id).toBe('n-solder');
  });

  it('reads earlier collaboration from the need side in this direction', () => {
    const warm = (n: NeedProfile) => rankNeedsForSeed(solderSeed, [n], needContext)[0].factors.find((f) => f.factor === 'warmPath')!.value;
    expect(warm({ ...successionNeed, pastCollaborationWithSeed: true })).toBe(1);
    expect(warm(successionNeed)).toBe(0);
  });

  it('measures freshness on the candidate need', () => {
    const old = { ...solderNeed, id: 'n-old', createdAt: new Date('2020-01-01T00:00:00Z') };
    const fresh = rankNeedsForSeed(solderSeed, [solderNeed, old], needContext, { diversity: { mode: 'none' } });
    const value = (id: string) => fresh.find((r) => r.id === id)!.factors.find((f) => f.factor === 'freshness')!.value;
    expect(value('n-solder')).toBeGreaterThan(value('n-old'));
  });
});

describe('reachableTerms', () => {
  it('keeps for an English candidate only what English text could share with the query', () => {
    const query = { terms: { 'concept:oled': 1, 'lex:persimmon': 0.5, 'phon:frtng': 1, 'word:柿': 1, 'bigram:封止': 1, 'word:oled': 1 }, length: 5.5 };
    expect(Object.keys(reachableTerms(query, 'EN').terms).sort()).toEqual(['concept:oled', 'lex:persimmon', 'phon:frtng', 'word:oled']);
    expect(reachableTerms(query, 'EN').length).toBe(3.5);
    expect(reachableTerms(query, 'JA')).toBe(query);
  });
});
