import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { CollaborationForm, Language } from '../../src/common/enums';
import { Company } from '../../src/companies/company.entity';
import { MemberType } from '../../src/consortia/consortium.enums';
import { Consortium } from '../../src/consortia/consortium.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind, SupportMenu } from '../../src/institutions/institution.enums';
import { ensureMatchIndex, matchIndexer } from '../../src/matching/index';
import { MatchingService } from '../../src/matching/matching.service';
import type { TextRelevanceDetail } from '../../src/matching/scoring';
import { Need } from '../../src/needs/need.entity';
import { Confidentiality, NeedCategory } from '../../src/needs/need.enums';
import { WITHHELD } from '../../src/needs/need.visibility';
import { Researcher } from '../../src/people/researcher.entity';
import { Seed } from '../../src/seeds/seed.entity';
import { SeedStatus } from '../../src/seeds/seed.enums';
import { makeConsortium, makeMembership } from '../support/factories-collaboration';
import { loadReferenceData, makeCompany, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

const gid = toGlobalId;

const CANDIDATE_FIELDS = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  score rank fit summaryJa summaryEn seed { id title trl collaborationForms institution { nameJa kind } }
  explanation { factor value weight contribution share sentenceJa sentenceEn matchedTerms { term weight kind labelJa labelEn share }
    sharedFields { code nameJa nameEn } sharedConsortia { nameJa } } } }`;

interface Candidate {
  score: number;
  rank: number;
  fit: string;
  summaryJa: string;
  summaryEn: string;
  seed: { id: string; title: string; trl: number; collaborationForms: string[]; institution: { nameJa: string; kind: string } };
  explanation: Array<{
    factor: string;
    value: number;
    weight: number;
    contribution: number;
    share: number;
    sentenceJa: string;
    sentenceEn: string;
    matchedTerms: Array<{ term: string; weight: number; kind: string; labelJa: string; labelEn: string; share: number }>;
    sharedFields: Array<{ code: string; nameJa: string; nameEn: string }>;
    sharedConsortia: Array<{ nameJa: string }>;
  }>;
}

describe('matching', () => {
  let t: TestServer;
  let company: Company;
  let university: Institution;
  let kosen: Institution;
  let fukushimaUniversity: Institution;
  let tokyoInstitute: Institution;
  let publicLab: Institution;
  let bank: Institution;
  let supportOrganisation: Institution;
  let solderLabHead: Researcher;
  let consortium: Consortium;
  const seeds: Record<string, Seed> = {};
  let voidNeed: Need;
  /** Matching is coordinators' work: every request below is signed in as one (startTestServer's `as`). */
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables);

  const match = async (needId: string, args = '', fields = CANDIDATE_FIELDS) => {
    const result = await gql(`query($needId: ID!) { matchCandidates(needId: $needId ${args}) { ${fields} } }`, { needId });
    return expectNoErrors(result).matchCandidates as { totalCount: number; edges: Array<{ cursor: string; node: Candidate }> };
  };
  const titles = (connection: { edges: Array<{ node: Candidate }> }) => connection.edges.map((e) => e.node.seed.title);

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    company = await makeCompany(ds, { nameJa: '米沢精密実装(架空)', regionCode: 'JP-06-OKITAMA' });
    university = await makeInstitution(ds, {
      nameJa: '山形工科大学(架空)',
      kind: InstitutionKind.UNIVERSITY,
      regionCode: 'JP-06-OKITAMA',
      fieldCodes: ['clusters.electronics'],
    });
    kosen = await makeInstitution(ds, { nameJa: '庄内高専(架空)', kind: InstitutionKind.KOSEN, regionCode: 'JP-06-SHONAI' });
    fukushimaUniversity = await makeInstitution(ds, { nameJa: '会津技術大学(架空)', kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-07' });
    tokyoInstitute = await makeInstitution(ds, { nameJa: '東京材料研究所(架空)', kind: InstitutionKind.RESEARCH_INSTITUTE, regionCode: 'JP-13' });
    publicLab = await makeInstitution(ds, {
      nameJa: '山形県工業技術センター(架空)',
      kind: InstitutionKind.PUBLIC_LAB,
      regionCode: 'JP-06-MURAYAMA',
      supportMenus: [SupportMenu.TECHNICAL_CONSULTATION, SupportMenu.CONTRACT_TESTING, SupportMenu.EQUIPMENT_LENDING],
      fieldCodes: ['clusters.electronics'],
      equipment: [{ name: 'X線CT', description: 'はんだ接合部のボイド観察' }],
    });
    bank = await makeInstitution(ds, {
      nameJa: '置賜銀行(架空)',
      kind: InstitutionKind.FINANCIAL_INSTITUTION,
      regionCode: 'JP-06-OKITAMA',
      supportMenus: [SupportMenu.FUNDING, SupportMenu.MANAGEMENT_SUPPORT],
      fieldCodes: ['management.finance', 'management.succession'],
      description: '事業承継と設備投資の資金調達を支援する地域金融機関。',
    });
    supportOrganisation = await makeInstitution(ds, {
      nameJa: '置賜産業振興公社(架空)',
      kind: InstitutionKind.SUPPORT_ORGANIZATION,
      regionCode: 'JP-06-OKITAMA',
      supportMenus: [SupportMenu.MANAGEMENT_SUPPORT, SupportMenu.MARKET_DEVELOPMENT],
      fieldCodes: ['management'],
      description: '中小企業の経営相談、販路開拓、事業承継の支援。',
    });

    const person = (institution: Institution, nameJa: string) => makeResearcher(ds, institution, { nameJa, nameEn: null });
    solderLabHead = await person(university, '佐藤 実装(架空)');
    const kosenResearcher = await person(kosen, '鈴木 基礎(架空)');
    const fukushimaResearcher = await person(fukushimaUniversity, '渡辺 炉(架空)');
    const tokyoResearcher = await person(tokyoInstitute, '田中 鋳造(架空)');
    const greenhouseResearcher = await person(publicLab, '高橋 施設(架空)');
    const oledLab = await person(university, '伊藤 有機(架空)');
    const oledOther1 = await person(kosen, '山本 照明(架空)');
    const oledOther2 = await person(fukushimaUniversity, '中村 光(架空)');

    consortium = await makeConsortium(ds, {
      nameJa: '高密度実装技術研究会(架空)',
      nameEn: 'High-Density Mounting Study Group (fictional)',
      fieldCodes: ['clusters.electronics.mounting'],
    });
    await makeMembership(ds, consortium, MemberType.COMPANY, company.id);
    await makeMembership(ds, consortium, MemberType.RESEARCHER, solderLabHead.id);

    seeds.solves = await makeSeed(ds, [solderLabHead], {
      title: 'Void reduction in reflow soldering of BGA packages',
      summary:
        'We optimise vacuum reflow profiles and flux chemistry so that solder voids in BGA and QFN joints fall below 5 %. ' +
        'X-ray inspection and thermal cycling confirm the joint reliability. We give technical guidance on reflow conditions for production lines.',
      language: Language.EN,
      keywords: ['solder void', 'reflow', 'BGA', 'vacuum reflow'],
      fieldCodes: ['clusters.electronics.soldering'],
      trl: 6,
      collaborationForms: [CollaborationForm.TECHNICAL_GUIDANCE, CollaborationForm.JOINT_RESEARCH],
    });
    seeds.distractor = await makeSeed(ds, [tokyoResearcher], {
      title: 'Die soldering in aluminium high-pressure die casting',
      summary:
        'Molten aluminium sticks to the steel die (die soldering). We develop die coatings and release agents that prevent soldering and extend die life.',
      language: Language.EN,
      keywords: ['die soldering', 'die casting', 'aluminium'],
      fieldCodes: ['clusters.casting-machining'],
      trl: 5,
      collaborationForms: [CollaborationForm.JOINT_RESEARCH],
    });
    seeds.lowTrl = await makeSeed(ds, [kosenResearcher], {
      title: 'はんだボイド発生メカニズムの基礎研究',
      summary: 'はんだ接合部でボイドが生じる仕組みを放射光観察で調べる基礎研究。',
      keywords: ['ボイド', 'はんだ'],
      fieldCodes: ['clusters.electronics.soldering'],
      trl: 2,
      collaborationForms: [CollaborationForm.JOINT_RESEARCH],
    });
    seeds.fukushima = await makeSeed(ds, [fukushimaResearcher], {
      title: 'リフロー炉の窒素雰囲気によるはんだ付け品質の向上',
      summary: '窒素リフローで酸化を抑え、はんだ濡れ性とボイドを改善する。量産ラインへの導入を受託研究で支援。',
      keywords: ['リフロー', '窒素'],
      fieldCodes: ['clusters.electronics.soldering'],
      trl: 7,
      collaborationForms: [CollaborationForm.CONTRACT_RESEARCH],
    });
    seeds.unrelated = await makeSeed(ds, [greenhouseResearcher], {
      title: 'ハウス栽培の環境制御',
      summary: '温室の温度と湿度を制御して収量を上げる。',
      keywords: ['施設園芸'],
      fieldCodes: ['growth.food-agri'],
      trl: 5,
      collaborationForms: [CollaborationForm.TECHNICAL_GUIDANCE],
    });
    for (let i = 1; i <= 4; i += 1) {
      seeds[`oledLab${i}`] = await makeSeed(ds, [oledLab], {
        title: `有機EL照明パネルの長寿命化 その${i}`,
        summary: '有機EL照明パネルの封止と発光材料を改良し、輝度低下を抑えて寿命を延ばす。',
        keywords: ['有機EL照明', '寿命', '封止'],
        fieldCodes: ['organic-electronics.oled-lighting'],
        trl: 5,
      });
    }
    seeds.oledOther1 = await makeSeed(ds, [oledOther1], {
      title: 'OLED lighting lifetime extension by thin-film encapsulation',
      summary: 'Thin-film encapsulation keeps moisture out of OLED lighting panels and extends their lifetime.',
      language: Language.EN,
      keywords: ['OLED lighting', 'encapsulation'],
      fieldCodes: ['organic-electronics.oled-lighting'],
      trl: 5,
    });
    seeds.oledOther2 = await makeSeed(ds, [oledOther2], {
      title: '有機EL照明の寿命評価',
      summary: '有機EL照明パネルの加速劣化試験で寿命を評価する。',
      keywords: ['有機EL', '寿命'],
      fieldCodes: ['organic-electronics.oled-lighting'],
      trl: 5,
    });

    voidNeed = await makeNeed(ds, company, {
      title: 'ＢＧＡはんだ接合部のボイドを減らしたい',
      description:
        '当社はＢＧＡ部品をリフローで実装しているが、はんだ接合部のボイド率が高く、接合信頼性が心配。量産ラインで使えるリフロー条件の指導を受けたい。',
      keywords: ['ボイド', 'リフロー'],
      fieldCodes: ['clusters.electronics.soldering'],
      desiredTrl: 6,
      wantedForms: [CollaborationForm.TECHNICAL_GUIDANCE],
    });
    await matchIndexer.rebuild(ds);
  });
  afterAll(() => t.close());

  it('finds the English seed that solves a Japanese need in the top 3, above a distractor that shares a word', async () => {
    const result = await match(gid('Need', voidNeed.id));
    const order = titles(result);
    expect(order.indexOf(seeds.solves.title)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(seeds.solves.title)).toBeLessThan(3);
    const distractor = order.indexOf(seeds.distractor.title);
    if (distractor >= 0) expect(distractor).toBeGreaterThan(order.indexOf(seeds.solves.title));
    const text = result.edges.find((e) => e.node.seed.title === seeds.solves.title)!.node.explanation.find((f) => f.factor === 'TEXT_RELEVANCE')!;
    // Japanese and English meet on bilingual concepts, shown as pairs: void ↔ ボイド, reflow ↔ リフロー.
    expect(text.matchedTerms.filter((m) => m.kind === 'CONCEPT').map((m) => m.labelEn)).toEqual(expect.arrayContaining(['void ↔ ボイド', 'reflow ↔ リフロー']));
  });

  it('records how long each ranking took in the matching latency histogram at /metrics', async () => {
    const count = async () => {
      const body = await (await fetch(`${t.opsOrigin}/metrics`)).text();
      const line = body.split('\n').find((l) => l.startsWith('musubi_matching_duration_seconds_count{operation="candidatesForNeed"}'));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const before = await count();
    await match(gid('Need', voidNeed.id));
    expect(await count()).toBe(before + 1);
  });

  it('explains every candidate: contributions sum to the score in [0, 1], reasons in Japanese and English naming field, region and consortium', async () => {
    const result = await match(gid('Need', voidNeed.id), ', first: 50');
    expect(result.totalCount).toBeGreaterThan(0);
    for (const { node } of result.edges) {
      expect(node.score).toBeGreaterThanOrEqual(0);
      expect(node.score).toBeLessThanOrEqual(1);
      expect(node.explanation.map((f) => f.factor)).toEqual([
        'TEXT_RELEVANCE',
        'FIELD_PROXIMITY',
        'TRL_FIT',
        'REGION_FIT',
        'COLLABORATION_FORM_FIT',
        'WARM_PATH',
        'RESEARCHER_LOAD',
        'FRESHNESS',
      ]);
      const sum = node.explanation.reduce((total, f) => total + f.contribution, 0);
      expect(Math.abs(sum - node.score)).toBeLessThan(1e-9);
      expect(node.explanation.reduce((total, f) => total + f.weight, 0)).toBeCloseTo(1, 12);
      // Text sets the level and gates the others: each other factor counts in proportion to the text value.
      const textValue = node.explanation.find((f) => f.factor === 'TEXT_RELEVANCE')!.value;
      for (const f of node.explanation) {
        expect(f.sentenceJa.length).toBeGreaterThan(0);
        expect(f.sentenceEn.length).toBeGreaterThan(0);
        const expected = f.factor === 'TEXT_RELEVANCE' ? f.weight * f.value : textValue * f.weight * f.value;
        expect(Math.abs(f.contribution - expected)).toBeLessThan(1e-12);
      }
      if (node.score > 0) expect(node.explanation.reduce((total, f) => total + f.share, 0)).toBeCloseTo(1, 9);
      expect(['STRONG', 'POSSIBLE', 'WEAK']).toContain(node.fit);
      expect(node.fit).toBe(node.score >= 0.5 ? 'STRONG' : node.score >= 0.3 ? 'POSSIBLE' : 'WEAK');
      expect(node.summaryJa.length).toBeGreaterThan(0);
      // English only, but for the Japanese side of a cross-language pair (solder ↔ はんだ).
      expect(node.summaryEn.replace(/↔ [^,;\s]+/gu, '')).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}]/u);
    }
    const solves = result.edges.find((e) => e.node.seed.title === seeds.solves.title)!.node;
    const factor = (name: string) => solves.explanation.find((f) => f.factor === name)!;
    expect(factor('FIELD_PROXIMITY').sentenceJa).toContain('はんだ付け');
    expect(factor('FIELD_PROXIMITY').sentenceEn).toContain('Soldering');
    expect(factor('FIELD_PROXIMITY').sharedFields).toEqual([{ code: 'clusters.electronics.soldering', nameJa: 'はんだ付け', nameEn: 'Soldering' }]);
    expect(factor('REGION_FIT').sentenceJa).toContain('置賜');
    expect(factor('REGION_FIT').sentenceEn).toContain('Okitama');
    expect(factor('WARM_PATH').sentenceJa).toContain('高密度実装技術研究会(架空)');
    expect(factor('WARM_PATH').sentenceEn).toContain('High-Density Mounting Study Group (fictional)');
    expect(factor('WARM_PATH').sharedConsortia).toEqual([{ nameJa: '高密度実装技術研究会(架空)' }]);
    expect(factor('TRL_FIT').sentenceEn).toBe('TRL matches: 6');
  });

  it('filters by region (with the regions inside it), institution kind, minimum TRL, collaboration form and excluded seeds', async () => {
    const needId = gid('Need', voidNeed.id);
    const all = await match(needId, ', first: 50');
    const inFukushima = await match(needId, ', first: 50, filter: { regionCode: "JP-07" }');
    expect(inFukushima.edges.length).toBeGreaterThan(0);
    expect(inFukushima.edges.every((e) => e.node.seed.institution.nameJa === fukushimaUniversity.nameJa)).toBe(true);
    const inYamagata = await match(needId, ', first: 50, filter: { regionCode: "JP-06" }');
    expect(titles(inYamagata)).toEqual(expect.arrayContaining([seeds.solves.title, seeds.lowTrl.title]));
    expect(titles(inYamagata)).not.toContain(seeds.fukushima.title);

    const kosens = await match(needId, ', first: 50, filter: { institutionKind: [KOSEN] }');
    expect(kosens.edges.length).toBeGreaterThan(0);
    expect(kosens.edges.every((e) => e.node.seed.institution.kind === 'KOSEN')).toBe(true);

    const mature = await match(needId, ', first: 50, filter: { minTrl: 6 }');
    expect(mature.edges.every((e) => e.node.seed.trl >= 6)).toBe(true);
    expect(titles(mature)).not.toContain(seeds.lowTrl.title);

    const contract = await match(needId, ', first: 50, filter: { collaborationForm: CONTRACT_RESEARCH }');
    expect(titles(contract)).toEqual([seeds.fukushima.title]);

    const excluded = await match(needId, `, first: 50, filter: { excludeSeedIds: ["${gid('Seed', seeds.solves.id)}"] }`);
    expect(titles(excluded)).not.toContain(seeds.solves.title);
    expect(excluded.totalCount).toBe(all.totalCount - 1);

    const badRegion = await gql(`query($id: ID!) { matchCandidates(needId: $id, filter: { regionCode: "XX-99" }) { totalCount } }`, { id: needId });
    expect(badRegion.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
    const badTrl = await gql(`query($id: ID!) { matchCandidates(needId: $id, filter: { minTrl: 12 }) { totalCount } }`, { id: needId });
    expect(badTrl.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minTrl' });
  });

  it('changes the order predictably when a coordinator puts all weight on TRL', async () => {
    const weights =
      'weights: { textRelevance: 0, fieldProximity: 0, trlFit: 1, regionFit: 0, collaborationFormFit: 0, warmPath: 0, researcherLoad: 0, freshness: 0 }';
    const result = await match(gid('Need', voidNeed.id), `, first: 50, ${weights}, diversity: { mode: NONE }`);
    const trlFit = result.edges.map((e) => e.node.explanation.find((f) => f.factor === 'TRL_FIT')!);
    expect(trlFit.every((f) => f.weight === 1)).toBe(true);
    // TRL adjusts what the text evidence allows: the score is text value × TRL value.
    const textValue = (i: number) => result.edges[i].node.explanation.find((f) => f.factor === 'TEXT_RELEVANCE')!.value;
    result.edges.forEach((e, i) => expect(e.node.score).toBeCloseTo(textValue(i) * trlFit[i].value, 12));
    for (let i = 1; i < result.edges.length; i += 1) expect(result.edges[i - 1].node.score).toBeGreaterThanOrEqual(result.edges[i].node.score);
    // Wished TRL 6: the TRL 6 seed that solves the need above the TRL 2 seed on the same topic.
    const position = (title: string) => result.edges.findIndex((e) => e.node.seed.title === title);
    expect(result.edges[position(seeds.solves.title)].node.seed.trl).toBe(6);
    expect(position(seeds.solves.title)).toBeLessThan(position(seeds.lowTrl.title));

    const textOnly = await match(
      gid('Need', voidNeed.id),
      ', first: 50, weights: { textRelevance: 1, fieldProximity: 0, trlFit: 0, regionFit: 0, collaborationFormFit: 0, warmPath: 0, researcherLoad: 0, freshness: 0 }, diversity: { mode: NONE }',
    );
    expect(textOnly.edges.map((e) => e.node.seed.id)).not.toEqual(result.edges.map((e) => e.node.seed.id));
  });

  it('refuses negative or all-zero weights with BAD_USER_INPUT naming the weight, in both languages', async () => {
    const negative = await gql(`query($id: ID!) { matchCandidates(needId: $id, weights: { trlFit: -1, regionFit: -0.5 }) { totalCount } }`, {
      id: gid('Need', voidNeed.id),
    });
    const error = negative.errors![0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights.trlFit' });
    expect(error.extensions!.problems.map((p: { field: string }) => p.field)).toEqual(['weights.trlFit', 'weights.regionFit']);
    expect(error.extensions!.problems[0]).toMatchObject({ ja: '0 以上の数を指定してください', en: 'must be a number of at least 0' });
    const zero = await gql(
      `query($id: ID!) { matchCandidates(needId: $id, weights: { textRelevance: 0, fieldProximity: 0, trlFit: 0, regionFit: 0, collaborationFormFit: 0, warmPath: 0, researcherLoad: 0, freshness: 0 }) { totalCount } }`,
      { id: gid('Need', voidNeed.id) },
    );
    expect(zero.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights' });
    const tooMany = await gql(`query($id: ID!) { matchCandidates(needId: $id, first: 51) { totalCount } }`, { id: gid('Need', voidNeed.id) });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers NOT_FOUND for an unknown need and BAD_USER_INPUT for an ID of another type', async () => {
    const missing = await gql(`query($id: ID!) { matchCandidates(needId: $id) { totalCount } }`, { id: gid('Need', '00000000-0000-4000-8000-000000000000') });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'needId' });
    const wrongType = await gql(`query($id: ID!) { matchCandidates(needId: $id) { totalCount } }`, { id: gid('Seed', seeds.solves.id) });
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'needId' });
    const missingSeed = await gql(`query($id: ID!) { needCandidatesForSeed(seedId: $id) { totalCount } }`, {
      id: gid('Seed', '00000000-0000-4000-8000-000000000000'),
    });
    expect(missingSeed.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'seedId' });
  });

  it('retrieves in SQL with the same BM25 as the ranking, and adds field-sharing seeds for a need with little text', async () => {
    const service = new MatchingService(t.db.dataSource, { retrieval: { maxQueryTerms: 10_000 } });
    const ranking = await service.rankSeedsForNeedId(voidNeed.id, { diversity: { mode: 'NONE' } });
    const byText = ranking.retrieved.filter((r) => r.via === 'TEXT');
    expect(byText.length).toBeGreaterThan(3);
    for (const hit of byText) {
      const text = ranking.ranked.find((r) => r.id === hit.id)!.factors.find((f) => f.factor === 'textRelevance')!;
      // Postings keep weights as float4, the stored document as float8: the two sums agree to a relative 1e-6.
      expect(Math.abs((text.detail as TextRelevanceDetail).rawScore - hit.textScore!) / hit.textScore!).toBeLessThan(1e-6);
    }
    const scores = byText.map((r) => r.textScore!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const terse = await makeNeed(t.db.dataSource, company, { title: 'ご相談', description: '詳細は面談で。', fieldCodes: ['organic-electronics'] });
    const structured = await service.rankSeedsForNeedId(terse.id);
    expect(structured.retrieved.length).toBeGreaterThanOrEqual(6);
    expect(structured.retrieved.every((r) => r.via === 'FIELD' && r.textScore === null)).toBe(true);
    expect(structured.ranked.map((r) => r.candidate.profile.title)).toEqual(expect.arrayContaining([seeds.oledOther1.title, seeds.oledLab1.title]));
  });

  it('reads each query term’s best postings first when the cap per term binds: a short seed beats a long one that says it more often', async () => {
    const ds = t.db.dataSource;
    const filler = 'Reflow profiles, flux chemistry, stencil design, inspection, rework and reliability testing of assemblies. '.repeat(12);
    const short = await makeSeed(ds, [solderLabHead], { title: 'Zirconolite', summary: 'Zirconolite ceramics.', language: Language.EN });
    const long = await makeSeed(ds, [solderLabHead], {
      title: 'Zirconolite assembly handbook',
      summary: `Zirconolite and zirconolite. ${filler}`,
      language: Language.EN,
    });
    const need = await makeNeed(ds, company, { title: 'Zirconolite', description: 'Zirconolite.', language: Language.EN, fieldCodes: [] });
    await ds.transaction((manager) => matchIndexer.indexSeeds(manager, [short.id, long.id]));
    await matchIndexer.indexNeeds(ds.manager, [need.id]);

    const uncapped = await new MatchingService(ds).rankSeedsForNeedId(need.id, { diversity: { mode: 'NONE' } });
    const text = (id: string) => uncapped.retrieved.find((r) => r.id === id)?.textScore ?? 0;
    // The long seed mentions the term more often (a larger raw frequency), yet BM25 ranks the short one first.
    const weight = async (id: string) =>
      Number(
        (
          (await ds.query(`SELECT weight FROM match_term WHERE kind = 'SEED' AND doc_id = $1 AND term = 'word:zirconolit'`, [id])) as Array<{ weight: number }>
        )[0].weight,
      );
    expect(await weight(long.id)).toBeGreaterThan(await weight(short.id));
    expect(text(short.id)).toBeGreaterThan(text(long.id));
    const capped = await new MatchingService(ds, { retrieval: { maxQueryTerms: 1, maxPostingsPerTerm: 1 } }).rankSeedsForNeedId(need.id, {
      diversity: { mode: 'NONE' },
    });
    expect(capped.retrieved.filter((r) => r.via === 'TEXT').map((r) => r.id)).toEqual([short.id]);
    await ds.query(`UPDATE seed SET status = 'ARCHIVED' WHERE id = ANY($1::uuid[])`, [[short.id, long.id]]);
    await ds.transaction((manager) => matchIndexer.indexSeeds(manager, [short.id, long.id]));
  });

  it('is deterministic and pages with cursors over the same ranking', async () => {
    const needId = gid('Need', voidNeed.id);
    const first = await match(needId, ', first: 50');
    const second = await match(needId, ', first: 50');
    expect(second).toEqual(first);
    const page1 = await match(needId, ', first: 2');
    const page2 = await match(needId, `, first: 2, after: "${page1.edges[1].cursor}"`);
    expect([...titles(page1), ...titles(page2)]).toEqual(titles(first).slice(0, 4));
    expect(page1.totalCount).toBe(first.totalCount);
  });

  it('keeps the index current: a seed whose text changes gets new term statistics and a new rank', async () => {
    const dfOf = async (term: string) =>
      Number(((await t.db.dataSource.query(`SELECT df FROM match_term_stat WHERE kind = 'SEED' AND term = $1`, [term])) as Array<{ df: number }>)[0]?.df ?? 0);
    const corpus = async () =>
      ((await t.db.dataSource.query(`SELECT document_count FROM match_corpus WHERE kind = 'SEED'`)) as Array<{ document_count: number }>)[0].document_count;
    const voidDf = await dfOf('concept:void');
    const greenhouseDf = await dfOf('word:温室');
    const documents = await corpus();
    const before = titles(await match(gid('Need', voidNeed.id), ', first: 50'));
    expect(before.indexOf(seeds.unrelated.title)).toBe(-1);

    const updated = expectNoErrors(
      await gql(`mutation($input: UpdateSeedInput!) { updateSeed(input: $input) { title version } }`, {
        input: {
          id: gid('Seed', seeds.unrelated.id),
          expectedVersion: 1,
          title: 'BGA実装のはんだボイド対策',
          summary: 'リフロー条件の最適化ではんだ接合部のボイドを減らす技術指導。',
          fieldCodes: ['clusters.electronics.soldering'],
        },
      }),
    ).updateSeed;
    expect(await dfOf('concept:void')).toBe(voidDf + 1);
    expect(await dfOf('word:温室')).toBe(greenhouseDf - 1);
    expect(await corpus()).toBe(documents);
    const after = titles(await match(gid('Need', voidNeed.id), ', first: 50'));
    expect(after.indexOf(updated.title)).toBeGreaterThanOrEqual(0);
    expect(after.indexOf(updated.title)).toBeLessThan(5);

    const archived = expectNoErrors(
      await gql(`mutation($id: ID!) { archiveSeed(id: $id, expectedVersion: 2) { status } }`, { id: gid('Seed', seeds.unrelated.id) }),
    ).archiveSeed;
    expect(archived.status).toBe('ARCHIVED');
    expect(titles(await match(gid('Need', voidNeed.id), ', first: 50'))).not.toContain(updated.title);
    expect(await dfOf('concept:void')).toBe(voidDf);
    expect(await corpus()).toBe(documents - 1);
  });

  it('indexes a seed registered through the API at once', async () => {
    const registered = expectNoErrors(
      await gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id title } }`, {
        input: {
          title: 'Solder void inspection by X-ray CT for BGA joints',
          summary: 'Automated X-ray CT measures solder voids in BGA joints after reflow.',
          keywords: ['void', 'X-ray CT'],
          fieldCodes: ['clusters.electronics.soldering'],
          trl: 6,
          collaborationForms: ['CONTRACT_RESEARCH'],
          ownerIds: [gid('Researcher', solderLabHead.id)],
          status: 'PUBLISHED',
        },
      }),
    ).registerSeed;
    expect(titles(await match(gid('Need', voidNeed.id), ', first: 50'))).toContain(registered.title);
    const draft = expectNoErrors(
      await gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { id } }`, {
        input: { title: 'Draft solder void idea', summary: 'Solder voids, reflow.', trl: 2, ownerIds: [gid('Researcher', solderLabHead.id)] },
      }),
    ).registerSeed;
    const [{ n }] = (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM match_document WHERE doc_id = $1`, [fromGlobalId(draft.id).id])) as Array<{
      n: number;
    }>;
    expect(n).toBe(0);
  });

  it('does not fill the top 3 with one laboratory’s near-duplicates when other labs fit, unless asked to', async () => {
    const need = await makeNeed(t.db.dataSource, company, {
      title: '有機EL照明パネルの寿命を延ばしたい',
      description: '店舗向け有機EL照明パネルの輝度低下が早い。封止や材料の改善で寿命を延ばしたい。',
      keywords: ['有機EL照明', '寿命'],
      fieldCodes: ['organic-electronics.oled-lighting'],
      desiredTrl: 5,
    });
    await matchIndexer.indexNeeds(t.db.dataSource.manager, [need.id]);
    const labTitles = new Set([1, 2, 3, 4].map((i) => seeds[`oledLab${i}`].title));
    const plain = titles(await match(gid('Need', need.id), ', first: 6, diversity: { mode: NONE }'));
    expect(plain.slice(0, 4).every((title) => labTitles.has(title))).toBe(true);
    const diverse = titles(await match(gid('Need', need.id), ', first: 6'));
    expect(diverse.slice(0, 3).every((title) => labTitles.has(title))).toBe(false);
    expect(diverse.slice(0, 3).filter((title) => labTitles.has(title))).toHaveLength(2);
    expect(new Set(diverse)).toEqual(new Set(plain));
  });

  it('routes a MANAGEMENT need to the bank and the support organisation above a university', async () => {
    const need = await makeNeed(t.db.dataSource, company, {
      title: '事業承継と設備投資の資金調達',
      description: '後継者への事業承継を控え、設備更新の資金調達と販路開拓について相談したい。',
      category: NeedCategory.MANAGEMENT,
      keywords: ['事業承継', '資金調達'],
      fieldCodes: ['management.succession'],
    });
    const result = expectNoErrors(
      await gql(
        `query($id: ID!) { institutionCandidatesForNeed(needId: $id, first: 50) { totalCount edges { node { score rank institution { nameJa kind }
          explanation { factor contribution sentenceJa sentenceEn } } } } }`,
        { id: gid('Need', need.id) },
      ),
    ).institutionCandidatesForNeed;
    const rankOf = (name: string) => result.edges.findIndex((e: any) => e.node.institution.nameJa === name);
    const universityRank = rankOf(university.nameJa);
    for (const routed of [bank.nameJa, supportOrganisation.nameJa]) {
      expect(rankOf(routed)).toBeGreaterThanOrEqual(0);
      expect(rankOf(routed)).toBeLessThan(universityRank === -1 ? Infinity : universityRank);
    }
    expect(rankOf(bank.nameJa)).toBeLessThan(2);
    const top = result.edges[rankOf(bank.nameJa)].node;
    const routing = top.explanation.find((f: any) => f.factor === 'ROUTING_FIT');
    expect(routing.sentenceJa).toContain('経営的課題の相談先: 金融機関');
    expect(routing.sentenceEn).toContain('financial institution');
    for (const { node } of result.edges) {
      expect(Math.abs(node.explanation.reduce((s: number, f: any) => s + f.contribution, 0) - node.score)).toBeLessThan(1e-9);
    }
  });

  it('routes a TECHNICAL need to the public lab, ranks researchers by their seeds and consortia by fields and members', async () => {
    const needId = gid('Need', voidNeed.id);
    const institutions = expectNoErrors(
      await gql(`query($id: ID!) { institutionCandidatesForNeed(needId: $id) { edges { node { institution { nameJa } bestSeed { title } } } } }`, {
        id: needId,
      }),
    ).institutionCandidatesForNeed.edges.map((e: any) => e.node);
    expect(institutions[0].institution.nameJa).toBe(publicLab.nameJa);
    const researchers = expectNoErrors(
      await gql(
        `query($id: ID!) { researcherCandidatesForNeed(needId: $id) { edges { node { score furtherSeedsBonus researcher { nameJa }
        bestSeeds { seed { title } score } explanation { contribution } } } } }`,
        { id: needId },
      ),
    ).researcherCandidatesForNeed.edges.map((e: any) => e.node);
    expect(researchers[0].researcher.nameJa).toBe(solderLabHead.nameJa);
    expect(researchers[0].bestSeeds.map((s: any) => s.seed.title)).toContain(seeds.solves.title);
    const best = researchers[0];
    expect(Math.abs(best.score - best.bestSeeds[0].score - best.furtherSeedsBonus)).toBeLessThan(1e-12);
    const consortia = expectNoErrors(
      await gql(
        `query($id: ID!) { consortiumCandidatesForNeed(needId: $id) { edges { node { consortium { nameJa } bestSeed { title } explanation { factor sentenceJa } } } } }`,
        { id: needId },
      ),
    ).consortiumCandidatesForNeed.edges.map((e: any) => e.node);
    expect(consortia[0].consortium.nameJa).toBe(consortium.nameJa);
    expect(consortia[0].bestSeed).not.toBeNull();
  });

  it('ranks needs for a seed, and never shows a confidential need’s company or text to a researcher', async () => {
    const secret = '社外秘の新型パワーモジュール';
    const confidential = await makeNeed(t.db.dataSource, company, {
      title: 'パワー半導体のはんだボイド低減',
      description: `${secret}のダイボンド部でリフロー後のボイドが多い。`,
      keywords: ['秘密キーワード', 'ボイド'],
      fieldCodes: ['clusters.electronics.soldering'],
      confidentiality: Confidentiality.CONFIDENTIAL,
      budgetMinYen: 1234567,
    });
    await matchIndexer.indexNeeds(t.db.dataSource.manager, [confidential.id]);
    const service = new MatchingService(t.db.dataSource);
    const seedId = seeds.solves.id;

    const asCoordinator = await service.needsForSeed(seedId, { first: 50 }, 'COORDINATOR');
    const coordinatorView = asCoordinator.edges.find((e) => e.node.need.id === confidential.id)!.node;
    expect(coordinatorView.need.description).toContain(secret);

    const asResearcher = await service.needsForSeed(seedId, { first: 50 }, 'RESEARCHER');
    const researcherView = asResearcher.edges.find((e) => e.node.need.id === confidential.id)!.node;
    expect(researcherView.need.description).toBe(WITHHELD);
    expect(researcherView.need.title).toBe('パワー半導体のはんだボイド低減');
    expect(JSON.stringify(asResearcher)).not.toContain(secret);
    // Neither the company, its region, its consortium nor the budget of the confidential need shows.
    const shown = JSON.stringify(researcherView);
    for (const hidden of [secret, '秘密キーワード', company.nameJa, '1234567', consortium.id, consortium.nameJa, '置賜', 'Okitama'])
      expect(shown).not.toContain(hidden);

    // The need as the query of a ranking: its withheld text is not matched nor explained either.
    const seedsForResearcher = JSON.stringify(await service.candidatesForNeed(confidential.id, { first: 50 }, 'RESEARCHER'));
    for (const hidden of [secret, 'パワーモジュール', 'ダイボンド', '秘密キーワード', consortium.nameJa]) expect(seedsForResearcher).not.toContain(hidden);

    const overHttp = expectNoErrors(
      await gql(
        `query($id: ID!) { needCandidatesForSeed(seedId: $id, first: 50) { totalCount edges { node { score need { title description company { nameJa } } explanation { contribution } } } } }`,
        {
          id: gid('Seed', seedId),
        },
      ),
    ).needCandidatesForSeed;
    expect(overHttp.edges.map((e: any) => e.node.need.title)).toEqual(expect.arrayContaining([voidNeed.title, confidential.title]));
    for (const { node } of overHttp.edges)
      expect(Math.abs(node.explanation.reduce((s: number, f: any) => s + f.contribution, 0) - node.score)).toBeLessThan(1e-9);
  });

  it('costs the same number of SQL statements for 50 candidates as for 10', async () => {
    const query = `query($id: ID!, $first: Int) { matchCandidates(needId: $id, first: $first) { totalCount edges { node { score
      seed { title institution { nameJa } owners { nameJa } fields { code } }
      explanation { factor sharedFields { code } sharedConsortia { nameJa } matchedTerms { term } } } } } }`;
    const owner = await makeResearcher(t.db.dataSource, kosen, { nameJa: '小林 量(架空)' });
    const extra: Seed[] = [];
    for (let i = 0; i < 45; i += 1) {
      extra.push(
        await makeSeed(t.db.dataSource, [owner], {
          title: `はんだ付け工程の改善 第${i}報`,
          summary: `リフローはんだ付けのボイドと濡れ性を改善する取り組み(${i})。`,
          fieldCodes: ['clusters.electronics.soldering'],
          trl: 1 + (i % 9),
        }),
      );
    }
    await t.db.dataSource.transaction((manager) =>
      matchIndexer.indexSeeds(
        manager,
        extra.map((seed) => seed.id),
      ),
    );
    const need = await makeNeed(t.db.dataSource, company, {
      title: 'はんだ 有機EL ボイド 寿命 照明 リフロー',
      description: '広い検索',
      fieldCodes: ['clusters.electronics.soldering'],
    });
    await matchIndexer.indexNeeds(t.db.dataSource.manager, [need.id]);
    t.db.statements.reset();
    const ten = expectNoErrors(await gql(query, { id: gid('Need', need.id), first: 10 })).matchCandidates;
    const forTen = t.db.statements.count;
    t.db.statements.reset();
    const fifty = expectNoErrors(await gql(query, { id: gid('Need', need.id), first: 50 })).matchCandidates;
    const forFifty = t.db.statements.count;
    expect(ten.edges).toHaveLength(10);
    expect(fifty.edges).toHaveLength(50);
    expect(forFifty).toBe(forTen);
    // Sign-in check, 7 for the ranking (the need with its memberships and stored terms, retrieval,
    // the seeds' scoring columns with owners, memberships and stored terms, the two workflow signals:
    // open introductions and past collaborations, corpus statistics, duplicates; reference data and
    // weights are in memory; the transaction opens in one statement with its isolation level), 1 for
    // the page's seed records with their term surfaces (the explanations' pairs), 5 for the
    // requested relations.
    expect(forFifty).toBeLessThanOrEqual(14);
  });

  it('rebuilds the index at start-up only when it is stale or incomplete', async () => {
    // Needs written by the factories above bypassed the services: the first check indexes them.
    expect(await ensureMatchIndex(t.db.dataSource)).toMatchObject({ rebuilt: true, reason: expect.stringContaining('index incomplete') });
    expect(await ensureMatchIndex(t.db.dataSource)).toMatchObject({ rebuilt: false });
    await t.db.dataSource.query(`DELETE FROM match_document WHERE kind = 'SEED' AND doc_id = $1`, [seeds.solves.id]);
    await t.db.dataSource.query(`UPDATE match_document SET analyser_version = 0 WHERE kind = 'NEED'`);
    const status = await ensureMatchIndex(t.db.dataSource);
    expect(status).toMatchObject({ rebuilt: true, reason: 'analyser or concept table changed' });
    expect(await ensureMatchIndex(t.db.dataSource)).toMatchObject({ rebuilt: false });
    const [{ n }] = (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM match_document WHERE doc_id = $1`, [seeds.solves.id])) as Array<{ n: number }>;
    expect(n).toBe(1);
  });

  it('keeps frequencies and corpus size exact when indexing many batches (analysis of one batch runs while the previous is written)', async () => {
    const ds = t.db.dataSource;
    const topics = ['有機EL素子の封止と寿命評価', 'はんだ接合部のボイド低減とX線検査', 'Corrosion-resistant plating for connectors', '米沢織の新素材と染色'];
    // 1,100 seeds: three batches of 500, so one batch is analysed while the previous is written.
    const rows = Array.from({ length: 1_100 }, (_, i) => ({
      key: `s.batch-${i}`,
      title: `${topics[i % 4]} ${i}`,
      summary: `${topics[(i + 1) % 4]}。${topics[(i * 7) % 4]} の応用 ${i % 13}。`,
      language: i % 4 === 2 ? Language.EN : Language.JA,
      trl: 1 + (i % 9),
      institutionId: university.id,
      status: SeedStatus.PUBLISHED,
      fieldCodes: ['organic-electronics'],
      searchText: '',
    }));
    await ds.getRepository(Seed).insert(rows);
    const ids = ((await ds.query(`SELECT id FROM seed WHERE key LIKE 's.batch-%'`)) as Array<{ id: string }>).map((r) => r.id);
    const consistency = async () =>
      (
        (await ds.query(
          `SELECT (SELECT count(*)::int FROM match_term_stat s WHERE s.df <> (SELECT count(*) FROM match_term t WHERE t.kind = s.kind AND t.term = s.term)) AS wrong_df,
                (SELECT count(*)::int FROM (SELECT DISTINCT kind, term FROM match_term) t WHERE NOT EXISTS (SELECT 1 FROM match_term_stat s WHERE s.kind = t.kind AND s.term = t.term)) AS missing_df,
                (SELECT count(*)::int FROM match_corpus c WHERE c.document_count <> (SELECT count(*) FROM match_document d WHERE d.kind = c.kind)
                   OR abs(c.total_length - (SELECT COALESCE(sum(length::float8), 0) FROM match_document d WHERE d.kind = c.kind)) > 0.01) AS wrong_corpus,
                (SELECT count(*)::int FROM match_term t JOIN match_document d ON d.kind = t.kind AND d.doc_id = t.doc_id WHERE t.doc_length <> d.length) AS wrong_length`,
        )) as Array<Record<string, number>>
      )[0];
    const postings = async () => (await ds.query(`SELECT doc_id, term, weight FROM match_term WHERE kind = 'SEED' ORDER BY doc_id, term`)) as unknown[];

    await ds.transaction((manager) => matchIndexer.indexSeeds(manager, ids));
    expect(await consistency()).toEqual({ wrong_df: 0, missing_df: 0, wrong_corpus: 0, wrong_length: 0 });
    const [{ indexed }] = (await ds.query(`SELECT count(*)::int AS indexed FROM match_document WHERE kind = 'SEED' AND doc_id = ANY($1::uuid[])`, [
      ids,
    ])) as Array<{ indexed: number }>;
    expect(indexed).toBe(rows.length);
    const incremental = await postings();

    // Re-indexing the same seeds (remove, then add, in batches) and a full rebuild change nothing.
    await ds.transaction((manager) => matchIndexer.indexSeeds(manager, ids));
    expect(await consistency()).toEqual({ wrong_df: 0, missing_df: 0, wrong_corpus: 0, wrong_length: 0 });
    await matchIndexer.rebuild(ds);
    expect(await consistency()).toEqual({ wrong_df: 0, missing_df: 0, wrong_corpus: 0, wrong_length: 0 });
    expect(await postings()).toEqual(incremental);
  }, 240_000); // a ceiling for a loaded 2-core machine, not a timing assertion
});
