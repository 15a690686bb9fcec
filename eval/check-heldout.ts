/**
 * Validates eval/heldout.json, the held-out evaluation set (see eval/HELDOUT.md).
 * Run: cd /work/main && node -r ts-node/register/transpile-only eval/check-heldout.ts
 * It never runs the matching engine: the concept matcher is used only to check whether the
 * linking words are in the concept table.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultConceptTable, normalise } from '../src/matching/text';

type Rec = Record<string, any>;
const root = path.resolve(__dirname, '..');
const data: Rec = JSON.parse(fs.readFileSync(path.join(__dirname, 'heldout.json'), 'utf8'));
const dev: Rec = JSON.parse(fs.readFileSync(path.join(__dirname, 'dataset.json'), 'utf8'));
const reference: Rec = JSON.parse(fs.readFileSync(path.join(root, 'src/demo/data/reference.json'), 'utf8'));

const problems: string[] = [];
const fail = (msg: string) => problems.push(msg);

const ENUMS = {
  institutionKind: [
    'UNIVERSITY',
    'KOSEN',
    'PUBLIC_LAB',
    'RESEARCH_INSTITUTE',
    'SUPPORT_ORGANIZATION',
    'FINANCIAL_INSTITUTION',
    'GOVERNMENT',
    'INDUSTRY_ASSOCIATION',
    'NPO',
  ],
  supportMenu: [
    'TECHNICAL_CONSULTATION',
    'CONTRACT_TESTING',
    'EQUIPMENT_LENDING',
    'JOINT_RESEARCH',
    'FUNDING',
    'MARKET_DEVELOPMENT',
    'HUMAN_RESOURCES',
    'MANAGEMENT_SUPPORT',
  ],
  size: ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'],
  form: ['JOINT_RESEARCH', 'CONTRACT_RESEARCH', 'TECHNICAL_GUIDANCE', 'LICENSING', 'EQUIPMENT_USE'],
  seedStatus: ['DRAFT', 'PUBLISHED', 'ARCHIVED'],
  language: ['JA', 'EN'],
  category: ['TECHNICAL', 'RESEARCH', 'MANAGEMENT'],
  timeline: ['WITHIN_3_MONTHS', 'WITHIN_6_MONTHS', 'WITHIN_1_YEAR', 'WITHIN_3_YEARS', 'UNDECIDED'],
  confidentiality: ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'],
  needStatus: ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ARCHIVED'],
  patentStatus: ['PENDING', 'GRANTED', 'EXPIRED'],
};
const KEY = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const regionCodes = new Set<string>(reference.regions.map((r: Rec) => r.code));
const fieldParent = new Map<string, string | null>(reference.fields.map((f: Rec) => [f.code, f.parent]));

// ---- top level and record shapes (same property names as the development set) ----
const SECTIONS = ['institutions', 'researchers', 'companies', 'seeds', 'needs'] as const;
const TOP = ['description', ...SECTIONS, 'judgements', 'linkage', 'unanswerableNeeds'];
for (const k of Object.keys(data)) if (!TOP.includes(k)) fail(`unknown top-level property ${k}`);
for (const k of TOP) if (!(k in data)) fail(`missing top-level property ${k}`);
for (const section of SECTIONS) {
  const expected = Object.keys(dev[section][0]).sort().join(',');
  data[section].forEach((r: Rec, i: number) => {
    const got = Object.keys(r).sort().join(',');
    if (got !== expected) fail(`${section}[${i}] (${r.key}) has properties ${got}, development set has ${expected}`);
  });
}
const needShape = Object.keys(dev.needs[0]).sort();
data.unanswerableNeeds.forEach((r: Rec, i: number) => {
  const got = Object.keys(r)
    .filter((k) => k !== 'why')
    .sort()
    .join(',');
  if (got !== needShape.join(',')) fail(`unanswerableNeeds[${i}] (${r.key}) has properties ${got}`);
  if (typeof r.why !== 'string' || r.why.length < 10) fail(`unanswerableNeeds[${i}] has no why`);
});

// ---- keys ----
const allKeys = new Map<string, string>();
const prefixOf: Record<string, RegExp> = {
  institutions: /^heldout\.i\./,
  researchers: /^heldout\.r\./,
  companies: /^heldout\.co\./,
  seeds: /^heldout\.s\.\d{3}$/,
  needs: /^heldout\.n\.\d{3}$/,
  unanswerableNeeds: /^heldout\.u\.\d{3}$/,
};
for (const section of [...SECTIONS, 'unanswerableNeeds']) {
  for (const r of data[section]) {
    if (!KEY.test(r.key)) fail(`${section}: key ${r.key} is not a valid key`);
    if (!prefixOf[section].test(r.key)) fail(`${section}: key ${r.key} lacks the prefix`);
    if (allKeys.has(r.key)) fail(`duplicate key ${r.key}`);
    allKeys.set(r.key, section);
    if (r.isFictional !== true) fail(`${r.key}: isFictional must be true`);
  }
}
const byKey = (section: string) => new Map<string, Rec>(data[section].map((r: Rec) => [r.key, r]));
const institutions = byKey('institutions');
const researchers = byKey('researchers');
const companies = byKey('companies');
const seeds = byKey('seeds');
const needs = byKey('needs');

// ---- values and references ----
const checkFields = (owner: string, fields: string[]) => {
  if (!Array.isArray(fields)) return fail(`${owner}: fields is not a list`);
  for (const f of fields) if (!fieldParent.has(f)) fail(`${owner}: unknown field ${f}`);
};
const checkEnum = (owner: string, what: keyof typeof ENUMS, v: unknown) => {
  if (!ENUMS[what].includes(v as string)) fail(`${owner}: ${what} ${String(v)} is not valid`);
};
const fictionalName = (owner: string, ja: string, en: string) => {
  if (!/架空/.test(ja)) fail(`${owner}: nameJa lacks (架空)`);
  if (!/fictional/.test(en)) fail(`${owner}: nameEn lacks (fictional)`);
};
for (const i of institutions.values()) {
  fictionalName(i.key, i.nameJa, i.nameEn);
  checkEnum(i.key, 'institutionKind', i.kind);
  if (!regionCodes.has(i.region)) fail(`${i.key}: unknown region ${i.region}`);
  if (i.parent !== null && !institutions.has(i.parent)) fail(`${i.key}: parent ${i.parent} does not resolve`);
  checkFields(i.key, i.fields);
  i.supportMenus.forEach((m: string) => checkEnum(i.key, 'supportMenu', m));
}
for (const r of researchers.values()) {
  if (!institutions.has(r.institution)) fail(`${r.key}: institution ${r.institution} does not resolve`);
  checkFields(r.key, r.fields);
}
for (const c of companies.values()) {
  fictionalName(c.key, c.nameJa, c.nameEn);
  if (!regionCodes.has(c.region)) fail(`${c.key}: unknown region ${c.region}`);
  checkEnum(c.key, 'size', c.size);
  checkFields(c.key, c.fields);
}
for (const s of seeds.values()) {
  checkEnum(s.key, 'language', s.language);
  checkEnum(s.key, 'seedStatus', s.status);
  if (s.status !== 'PUBLISHED') fail(`${s.key}: must be PUBLISHED`);
  checkFields(s.key, s.fields);
  if (s.fields.length === 0) fail(`${s.key}: no field`);
  s.collaborationForms.forEach((f: string) => checkEnum(s.key, 'form', f));
  if (!Number.isInteger(s.trl) || s.trl < 1 || s.trl > 9) fail(`${s.key}: trl ${s.trl}`);
  if (!s.owners.length) fail(`${s.key}: no owner`);
  for (const o of s.owners) if (!researchers.has(o)) fail(`${s.key}: owner ${o} does not resolve`);
  if (!institutions.has(s.institution)) fail(`${s.key}: institution ${s.institution} does not resolve`);
  else if (researchers.get(s.owners[0])?.institution !== s.institution) fail(`${s.key}: institution is not the first owner's`);
  s.patents.forEach((p: Rec) => checkEnum(s.key, 'patentStatus', p.status));
  const hasJapanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(s.title + s.summary);
  if ((s.language === 'JA') !== hasJapanese) fail(`${s.key}: language ${s.language} does not fit its text`);
}
const checkNeed = (n: Rec) => {
  if (!companies.has(n.company)) fail(`${n.key}: company ${n.company} does not resolve`);
  checkEnum(n.key, 'category', n.category);
  checkEnum(n.key, 'language', n.language);
  checkEnum(n.key, 'timeline', n.timeline);
  checkEnum(n.key, 'confidentiality', n.confidentiality);
  checkEnum(n.key, 'needStatus', n.status);
  if (n.confidentiality !== 'PUBLIC' || n.status !== 'OPEN' || n.consultationStep !== 1) fail(`${n.key}: must be PUBLIC, OPEN, step 1`);
  checkFields(n.key, n.fields);
  n.wantedForms.forEach((f: string) => checkEnum(n.key, 'form', f));
  if (n.desiredTrl !== null && (!Number.isInteger(n.desiredTrl) || n.desiredTrl < 1 || n.desiredTrl > 9)) fail(`${n.key}: desiredTrl`);
  if (n.budgetMinYen !== null && n.budgetMaxYen !== null && n.budgetMinYen > n.budgetMaxYen) fail(`${n.key}: budget`);
  const hasJapanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(n.title + n.description);
  if ((n.language === 'JA') !== hasJapanese) fail(`${n.key}: language ${n.language} does not fit its text`);
};
needs.forEach(checkNeed);
data.unanswerableNeeds.forEach(checkNeed);

// ---- seed keys must not follow need order ----
const seedNumbers = [...seeds.keys()].map((k) => Number(k.slice(-3))).sort((a, b) => a - b);
seedNumbers.forEach((n, i) => {
  if (n !== i + 1) fail(`seed keys are not numbered 001..${seedNumbers.length} without gaps`);
});

// ---- judgements ----
const pairs = new Set<string>();
const byNeed = new Map<string, Rec[]>();
const judgedSeeds = new Set<string>();
for (const j of data.judgements) {
  if (!needs.has(j.need)) fail(`judgement: need ${j.need} does not resolve`);
  if (!seeds.has(j.seed)) fail(`judgement: seed ${j.seed} does not resolve`);
  if (![0, 1, 2].includes(j.grade)) fail(`judgement ${j.need}/${j.seed}: grade ${j.grade}`);
  if (typeof j.why !== 'string' || j.why.length < 10) fail(`judgement ${j.need}/${j.seed}: no why`);
  if (j.distractor !== undefined && (j.distractor !== true || j.grade !== 0)) fail(`judgement ${j.need}/${j.seed}: distractor must be true and grade 0`);
  const pair = `${j.need}|${j.seed}`;
  if (pairs.has(pair)) fail(`duplicate judgement ${pair}`);
  pairs.add(pair);
  judgedSeeds.add(j.seed);
  if (!byNeed.has(j.need)) byNeed.set(j.need, []);
  byNeed.get(j.need)!.push(j);
  const n = needs.get(j.need);
  const s = seeds.get(j.seed);
  if (n && s && typeof j.why === 'string') {
    // a Japanese why holds kana; an English why is mostly Latin (a Japanese term in brackets is allowed)
    const japanese = (j.why.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu) ?? []).length;
    const latin = (j.why.match(/\p{Script=Latin}/gu) ?? []).length;
    const whyJa = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(j.why) && japanese > latin;
    if ((n.language === 'JA') !== whyJa) fail(`judgement ${pair}: why is not in the need's language`);
    if (j.grade === 2) {
      if (!s.collaborationForms.some((f: string) => n.wantedForms.includes(f))) fail(`judgement ${pair}: grade 2 without a wanted collaboration form`);
      if (n.desiredTrl !== null && s.trl < n.desiredTrl - 1) fail(`judgement ${pair}: grade 2 with TRL ${s.trl} against desired ${n.desiredTrl}`);
    }
  }
}
for (const s of seeds.keys()) if (!judgedSeeds.has(s)) fail(`seed ${s} is not judged for any need`);
for (const n of needs.values()) {
  const js = byNeed.get(n.key) ?? [];
  if (!js.some((j) => j.grade === 2)) fail(`${n.key}: no grade-2 seed`);
  if (!js.some((j) => j.distractor === true)) fail(`${n.key}: no designed distractor`);
}

// ---- linkage and the concept table ----
const table = defaultConceptTable();
const inTable = (w: string) => table.match(normalise(w)).length > 0;
const textOf = (r: Rec) => normalise([r.title, r.description ?? r.summary, ...(r.keywords ?? [])].join(' '));
const linkByNeed = new Map<string, Rec>();
for (const l of data.linkage) {
  if (!needs.has(l.need)) {
    fail(`linkage: need ${l.need} does not resolve`);
    continue;
  }
  if (linkByNeed.has(l.need)) fail(`linkage: duplicate entry for ${l.need}`);
  linkByNeed.set(l.need, l);
  const n = needs.get(l.need)!;
  const words: string[] = [...l.linkingWords.ja, ...l.linkingWords.en];
  if (l.linkingWords.ja.length === 0 || l.linkingWords.en.length === 0) fail(`linkage ${l.need}: needs ja and en words`);
  const outside = !words.some(inTable);
  if (l.outsideConceptTable !== outside)
    fail(`linkage ${l.need}: outsideConceptTable is ${l.outsideConceptTable}, matcher says ${outside} (${words.filter(inTable).join(', ')})`);
  const answers = (byNeed.get(l.need) ?? [])
    .filter((j) => j.grade === 2)
    .map((j) => seeds.get(j.seed)!)
    .filter(Boolean);
  const texts = [n, ...answers];
  // each word must occur in the need or a grade-2 seed written in its language (a word with no text in its language is a translation only)
  for (const [lang, list] of [
    ['JA', l.linkingWords.ja],
    ['EN', l.linkingWords.en],
  ] as const) {
    const sameLang = texts.filter((t) => t.language === lang);
    if (sameLang.length === 0) continue;
    for (const w of list)
      if (!sameLang.some((t) => textOf(t).includes(normalise(w)))) fail(`linkage ${l.need}: "${w}" occurs in no ${lang} text of the need or its grade-2 seeds`);
  }
  if (!words.some((w) => textOf(n).includes(normalise(w)))) fail(`linkage ${l.need}: no linking word occurs in the need`);
  if (!answers.some((s) => words.some((w) => textOf(s).includes(normalise(w))))) fail(`linkage ${l.need}: no linking word occurs in a grade-2 seed`);
  // cross-field: no grade-2 seed shares a field (or an ancestor/descendant) with the need; at least two other seeds share the need's field
  const lineage = (f: string) => {
    const out = new Set<string>();
    let c: string | null | undefined = f;
    while (c) {
      out.add(c);
      c = fieldParent.get(c);
    }
    return out;
  };
  const related = (a: string, b: string) => lineage(a).has(b) || lineage(b).has(a);
  const crossActual = answers.every((s) => !s.fields.some((sf: string) => n.fields.some((nf: string) => related(sf, nf))));
  if (l.crossField !== crossActual) fail(`linkage ${l.need}: crossField is ${l.crossField}, fields say ${crossActual}`);
  if (l.crossField) {
    const answerKeys = new Set(answers.map((s) => s.key));
    const sameField = [...seeds.values()].filter((s) => !answerKeys.has(s.key) && s.fields.some((sf: string) => n.fields.includes(sf)));
    if (sameField.length < 2) fail(`linkage ${l.need}: cross-field need but only ${sameField.length} other seeds share its field`);
  }
}
for (const n of needs.keys()) if (!linkByNeed.has(n)) fail(`linkage: no entry for ${n}`);

// ---- counts and requirements ----
const allNeeds = [...needs.values()];
const langCount = (rs: Rec[], lang: string) => rs.filter((r) => r.language === lang).length;
const other = (lang: string) => (lang === 'JA' ? 'EN' : 'JA');
const grade2 = (n: Rec) => (byNeed.get(n.key) ?? []).filter((j) => j.grade === 2).map((j) => seeds.get(j.seed)!);
const crossOnly = allNeeds.filter((n) => grade2(n).every((s) => s.language === other(n.language)));
const outsideShare = allNeeds.filter((n) => linkByNeed.get(n.key)?.outsideConceptTable).length / allNeeds.length;
const crossFieldNeeds = data.linkage.filter((l: Rec) => l.crossField).length;
const distractors = data.judgements.filter((j: Rec) => j.distractor === true);
const crossLangDistractors = distractors.filter((j: Rec) => seeds.get(j.seed)?.language !== needs.get(j.need)?.language).length;

if (allNeeds.length < 40) fail(`only ${allNeeds.length} needs (at least 40)`);
if (seeds.size < 100) fail(`only ${seeds.size} seeds (at least 100)`);
if (crossOnly.length / allNeeds.length < 0.6) fail(`only ${crossOnly.length} needs answered only in the other language (at least 60 %)`);
if (outsideShare < 0.6) fail(`linking words outside the concept table for only ${(outsideShare * 100).toFixed(1)} % of needs (at least 60 %)`);
if (crossFieldNeeds < 6) fail(`only ${crossFieldNeeds} cross-field needs (at least 6)`);
if (data.unanswerableNeeds.length !== 4) fail(`unanswerableNeeds should hold 4 needs`);
if (distractors.length - crossLangDistractors === 0 || crossLangDistractors === 0) fail('distractors must include same-language and cross-language ones');

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
console.log('held-out evaluation set: eval/heldout.json');
console.log(`institutions ${institutions.size}, researchers ${researchers.size}, companies ${companies.size}`);
console.log(`needs ${allNeeds.length}: JA ${langCount(allNeeds, 'JA')}, EN ${langCount(allNeeds, 'EN')}; unanswerable needs ${data.unanswerableNeeds.length}`);
console.log(`seeds ${seeds.size}: JA ${langCount([...seeds.values()], 'JA')}, EN ${langCount([...seeds.values()], 'EN')}`);
const g = (k: number) => data.judgements.filter((j: Rec) => j.grade === k).length;
console.log(
  `judgements ${data.judgements.length}: grade 2 ${g(2)}, grade 1 ${g(1)}, grade 0 ${g(0)} (designed distractors ${distractors.length}: ${distractors.length - crossLangDistractors} same-language, ${crossLangDistractors} cross-language)`,
);
console.log('language pairs (needs with a judged seed in the target language):');
console.log('  pair    grade 2   grade >= 1');
for (const src of ['JA', 'EN'])
  for (const tgt of ['JA', 'EN']) {
    const ns = allNeeds.filter((n) => n.language === src);
    const c2 = ns.filter((n) => (byNeed.get(n.key) ?? []).some((j) => j.grade === 2 && seeds.get(j.seed)?.language === tgt)).length;
    const c1 = ns.filter((n) => (byNeed.get(n.key) ?? []).some((j) => j.grade >= 1 && seeds.get(j.seed)?.language === tgt)).length;
    console.log(`  ${src.toLowerCase()}->${tgt.toLowerCase()}   ${String(c2).padStart(7)}   ${String(c1).padStart(10)}`);
  }
console.log(
  `needs answered (grade 2) only by seeds in the other language: ${crossOnly.length} of ${allNeeds.length} (${pct(crossOnly.length, allNeeds.length)})`,
);
console.log(
  `needs whose linking words are all outside the concept table: ${allNeeds.filter((n) => linkByNeed.get(n.key)?.outsideConceptTable).length} of ${allNeeds.length} (${(outsideShare * 100).toFixed(1)} %)`,
);
console.log(`cross-field needs: ${crossFieldNeeds}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log('\nOK: no problems found');
