import { defaultConceptTable, normalise } from '../../src/matching/text';
import { Company } from '../../src/companies/company.entity';
import { Institution } from '../../src/institutions/institution.entity';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { ensureMatchIndex } from '../../src/matching/index';
import { Researcher } from '../../src/people/researcher.entity';
import { toGlobalId as gid } from '../../src/common/global-id';
import { Language } from '../../src/common/enums';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { loadReferenceData, makeCompany, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';

/**
 * What a coordinator must be able to trust on text nobody tuned for: a Japanese need finds the
 * English seed through a dictionary word the concept table does not list, the explanation says
 * so in one language per sentence, and a need that nothing answers gets no STRONG candidate.
 */
describe('matching on words outside the concept table', () => {
  let t: TestServer;
  let company: Company;
  let lab: Institution;
  let researcher: Researcher;
  const query = `query($id: ID!) { matchCandidates(needId: $id, first: 5) { edges { node {
    score fit summaryJa summaryEn seed { title }
    explanation { factor share sentenceJa sentenceEn matchedTerms { kind labelJa labelEn share } } } } } }`;

  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    const ds = t.db.dataSource;
    await loadReferenceData(ds);
    company = await makeCompany(ds, { regionCode: 'JP-06-OKITAMA' });
    lab = await makeInstitution(ds, { kind: InstitutionKind.UNIVERSITY, regionCode: 'JP-06-MURAYAMA' });
    researcher = await makeResearcher(ds, lab);
    await makeSeed(ds, [researcher], {
      title: 'Keeping harvested persimmons firm in cold storage',
      summary: 'Controlled-atmosphere storage and ethylene scrubbing keep persimmons firm for eight weeks; we run storage trials for growers and packers.',
      keywords: ['persimmon', 'cold storage', 'ethylene'],
      language: Language.EN,
      fieldCodes: ['growth.food-agri'],
      trl: 6,
    });
    await makeSeed(ds, [researcher], {
      title: 'Vibration damping of CNC spindles',
      summary: 'Tuned mass dampers for machining centres.',
      keywords: ['chatter', 'spindle'],
      language: Language.EN,
      fieldCodes: ['clusters.casting-machining'],
      trl: 5,
    });
    await ensureMatchIndex(ds);
  });
  afterAll(() => t.close());

  it('finds the English seed for a Japanese need through the dictionary (柿 ↔ persimmon), not the concept table', async () => {
    expect(defaultConceptTable().match(normalise('柿'))).toEqual([]); // the link is the dictionary's alone
    const need = await makeNeed(t.db.dataSource, company, {
      title: '庄内柿が出荷までに柔らかくなる',
      description: '収穫した柿を冷蔵しても二週間ほどで柔らかくなり、出荷が間に合わない。鮮度を保つ貯蔵方法を知りたい。',
      keywords: ['柿', '貯蔵'],
      fieldCodes: ['growth.food-agri'],
      desiredTrl: 6,
    });
    await ensureMatchIndex(t.db.dataSource);
    const edges = expectNoErrors(await t.gql(query, { id: gid('Need', need.id) })).matchCandidates.edges;
    const top = edges[0].node;
    expect(top.seed.title).toMatch(/persimmons/);
    const text = top.explanation.find((f: { factor: string }) => f.factor === 'TEXT_RELEVANCE');
    const lexicon = text.matchedTerms.filter((m: { kind: string }) => m.kind === 'LEXICON');
    expect(lexicon.map((m: { labelJa: string }) => m.labelJa)).toContain('柿 ↔ persimmons');
    // One language per sentence: the pair is the only English in the Japanese sentence.
    expect(text.sentenceJa).toMatch(/^一致した語\(スコアに占める割合\): .*柿 ↔ persimmons \d+%/);
    expect(text.sentenceEn).toMatch(/^Matched terms \(share of the score\): .*persimmons ↔ 柿 \d+%/);
    expect(top.summaryEn).toMatch(/^Shares /);
    expect(top.summaryJa).toMatch(/が一致/);
    // Shares add up to the score.
    expect(top.explanation.reduce((s: number, f: { share: number }) => s + f.share, 0)).toBeCloseTo(1, 9);
  });

  it('gives a need that nothing answers no STRONG candidate, and unrelated seeds score 0', async () => {
    const need = await makeNeed(t.db.dataSource, company, {
      title: '社員寮の騒音への対応',
      description: '社員寮の夜間の騒音について苦情が増えており、対応を相談したい。',
      keywords: ['社員寮', '騒音'],
      fieldCodes: ['clusters.casting-machining'],
    });
    await ensureMatchIndex(t.db.dataSource);
    const edges = expectNoErrors(await t.gql(query, { id: gid('Need', need.id) })).matchCandidates.edges;
    expect(edges.every((e: { node: { fit: string } }) => e.node.fit !== 'STRONG')).toBe(true);
    // The machining seed shares the need's field and nothing else: the field cannot lift it.
    const machining = edges.find((e: { node: { seed: { title: string } } }) => e.node.seed.title.startsWith('Vibration'));
    if (machining) expect(machining.node.score).toBe(0);
  });
});
