import fs from 'node:fs';
import path from 'node:path';
import { COMPANY_SUFFIXES, FAMILIES, FAMILY_NAMES, FieldFamily, FRAMES, GIVEN_NAMES, INSTITUTION_KINDS, Phrases, TITLES } from './vocabulary';

/**
 * Reproducible synthetic data in the import format (docs/data-format.md): the same `--seed`
 * and size always give the same file, so two benchmark runs measure the same corpus.
 *
 * Usage: node dist/bench/synthetic-data.js --size 1000 [--seed 1] > data.json
 */

type Row = Record<string, unknown>;

export interface Dataset {
  regions: Row[];
  fields: Row[];
  institutions: Row[];
  researchers: Row[];
  coordinators: Row[];
  companies: Row[];
  seeds: Row[];
  needs: Row[];
}

export type Section = keyof Dataset;

/** Share of records written in English (the rest Japanese). */
const ENGLISH_SHARE = 0.4;
const COLLABORATION_FORMS = ['JOINT_RESEARCH', 'CONTRACT_RESEARCH', 'TECHNICAL_GUIDANCE', 'LICENSING', 'EQUIPMENT_USE'];
const TIMELINES = ['WITHIN_3_MONTHS', 'WITHIN_6_MONTHS', 'WITHIN_1_YEAR', 'WITHIN_3_YEARS', 'UNDECIDED'];
const SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
/** TRL 1–9, most seeds in the middle (applied research). */
const TRL_WEIGHTS = [3, 6, 12, 16, 16, 14, 10, 6, 3];
/** Fixed start of the publication dates, so the data does not depend on the day of the run. */
const EPOCH = Date.UTC(2019, 3, 1);
const SPAN_MS = 7 * 365 * 24 * 3600 * 1000;

/** Record counts for a number of published seeds: the proportions of a national directory. */
export function datasetCounts(seeds: number) {
  return {
    seeds,
    needs: Math.max(10, Math.round(seeds / 10)),
    researchers: Math.max(10, Math.round(seeds / 4)),
    companies: Math.max(10, Math.round(seeds / 20)),
    institutions: Math.max(20, Math.round(seeds / 200)),
    coordinators: Math.max(8, Math.round(seeds / 1000)),
  };
}

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data and fully deterministic. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `count` distinct items (fewer when the list is shorter). */
  some<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }
  weighted(weights: readonly number[]): number {
    let r = this.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** reference.json (regions and the field taxonomy), found from src or dist alike. */
export function readReference(): { regions: Row[]; fields: Row[] } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'src', 'demo', 'data', 'reference.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    if (path.dirname(dir) === dir) throw new Error('src/demo/data/reference.json not found above ' + __dirname);
  }
}

const pad = (n: number, width = 6) => String(n).padStart(width, '0');
const fill = (frame: string, slots: Record<string, string>) => {
  const text = frame.replace(/\{(\w)\}/g, (_, name: string) => slots[name] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** Generates the whole dataset for `seedCount` published seeds. */
export function generateDataset(seedCount: number, prngSeed = 1): Dataset {
  const random = new Random(mulberry32(prngSeed * 2654435761 + seedCount));
  const counts = datasetCounts(seedCount);
  const { regions, fields } = readReference();
  const fieldCodes = new Set(fields.map((f) => f.code as string));
  for (const family of FAMILIES) {
    for (const code of family.fields) if (!fieldCodes.has(code)) throw new Error(`vocabulary.ts names unknown field ${code}`);
  }
  const places = regions.filter((r) => r.kind !== 'COUNTRY');
  const placeName = (region: Row) => ({ ja: (region.nameJa as string).replace(/[県都]$/, ''), en: region.nameEn as string });

  const language = () => (random.chance(ENGLISH_SHARE) ? 'en' : 'ja') as 'ja' | 'en';
  const phrases = (family: FieldFamily, lang: 'ja' | 'en'): Phrases => family[lang];
  const slots = (p: Phrases) => ({
    s: random.pick(p.subjects),
    m: random.pick(p.methods),
    g: random.pick(p.goals),
    p: random.pick(p.problems),
    n: String(random.int(10, 60)),
  });
  const familyFields = (family: FieldFamily) => random.some(family.fields, random.int(1, Math.min(2, family.fields.length)));

  const institutions: Row[] = [];
  for (let i = 0; i < counts.institutions; i++) {
    const kind = INSTITUTION_KINDS[random.weighted(INSTITUTION_KINDS.map((k) => k.share))];
    const region = random.pick(places);
    const place = placeName(region);
    const families = random.some(FAMILIES, random.int(2, 4));
    institutions.push({
      key: `bench.inst.${pad(i, 5)}`,
      nameJa: `${place.ja}${kind.ja} 第${i + 1}(架空)`,
      nameEn: `${place.en} ${kind.en} No. ${i + 1} (fictional)`,
      kind: kind.kind,
      region: region.code,
      fields: families.flatMap((f) => f.fields).slice(0, 20),
      supportMenus: random.some(['TECHNICAL_CONSULTATION', 'CONTRACT_TESTING', 'EQUIPMENT_LENDING', 'JOINT_RESEARCH'], random.int(1, 3)),
      description: `${place.ja}地域の${families.map((f) => f.ja.keywords[0]).join('・')}に関する研究と技術支援を行う架空の機関。`,
      isFictional: true,
    });
  }

  // Each researcher works in one family; most of their seeds stay in it, as in real directories.
  const researcherFamily: FieldFamily[] = [];
  const researcherInstitution: string[] = [];
  const researchers: Row[] = [];
  for (let i = 0; i < counts.researchers; i++) {
    const family = random.pick(FAMILIES);
    const [familyJa, familyEn] = random.pick(FAMILY_NAMES);
    const [givenJa, givenEn] = random.pick(GIVEN_NAMES);
    const institution = random.pick(institutions).key as string;
    researcherFamily.push(family);
    researcherInstitution.push(institution);
    researchers.push({
      key: `bench.r.${pad(i)}`,
      nameJa: `${familyJa} ${givenJa}`,
      nameEn: `${givenEn} ${familyEn}`,
      institution,
      title: random.pick(TITLES),
      email: `r${i}@example.jp`,
      contactPublic: random.chance(0.5),
      fields: familyFields(family),
      keywords: random.some(random.chance(ENGLISH_SHARE) ? family.en.keywords : family.ja.keywords, random.int(2, 5)),
      isFictional: true,
    });
  }

  const coordinators: Row[] = [];
  for (let i = 0; i < counts.coordinators; i++) {
    const [familyJa] = random.pick(FAMILY_NAMES);
    const [givenJa] = random.pick(GIVEN_NAMES);
    const institution = random.pick(institutions);
    coordinators.push({
      key: `bench.c.${pad(i, 4)}`,
      name: `${familyJa} ${givenJa}`,
      institution: institution.key,
      region: institution.region,
      email: `c${i}@example.jp`,
      isFictional: true,
    });
  }

  const companyFamily: FieldFamily[] = [];
  const companies: Row[] = [];
  for (let i = 0; i < counts.companies; i++) {
    const family = random.pick(FAMILIES);
    const region = random.pick(places);
    const place = placeName(region);
    const [suffixJa, suffixEn] = random.pick(COMPANY_SUFFIXES);
    companyFamily.push(family);
    companies.push({
      key: `bench.co.${pad(i, 5)}`,
      nameJa: `株式会社${place.ja}${suffixJa}${i + 1}(架空)`,
      nameEn: `${place.en} ${suffixEn} ${i + 1} Co., Ltd. (fictional)`,
      industry: random.pick(family.industries),
      region: region.code,
      size: random.pick(SIZES),
      employees: random.int(5, 800),
      capabilities: random.some(family.ja.keywords, random.int(2, 4)),
      fields: familyFields(family),
      isFictional: true,
    });
  }

  const seeds: Row[] = [];
  for (let i = 0; i < counts.seeds; i++) {
    const owner = random.int(0, researchers.length - 1);
    const family = random.chance(0.8) ? researcherFamily[owner] : random.pick(FAMILIES);
    const lang = language();
    const p = phrases(family, lang);
    const s = slots(p);
    const frames = FRAMES[lang];
    // The opening sentence, then two to four others in their natural order.
    const others = random.some([1, 2, 3, 4], random.int(2, 4)).sort();
    const sentences = [0, ...others].map((index) => frames.summary[index]);
    const coOwners = random.chance(0.3) ? [researchers[random.int(0, researchers.length - 1)].key as string] : [];
    seeds.push({
      key: `bench.s.${pad(i)}`,
      title: fill(random.pick(frames.title), s),
      summary: sentences.map((frame) => fill(frame, s)).join(lang === 'ja' ? '' : ' '),
      language: lang.toUpperCase(),
      keywords: random.some(p.keywords, random.int(3, 6)),
      fields: familyFields(family),
      trl: random.weighted(TRL_WEIGHTS) + 1,
      collaborationForms: random.some(COLLABORATION_FORMS, random.int(1, 3)),
      patents: random.chance(0.25)
        ? [{ number: `特願20${random.int(18, 25)}-${pad(random.int(1, 199999))}`, status: random.pick(['PENDING', 'GRANTED']) }]
        : [],
      owners: [...new Set([researchers[owner].key as string, ...coOwners])],
      institution: researcherInstitution[owner],
      status: 'PUBLISHED',
      publishedAt: new Date(EPOCH + Math.floor(random.next() * SPAN_MS)).toISOString(),
      isFictional: true,
    });
  }

  const needs: Row[] = [];
  for (let i = 0; i < counts.needs; i++) {
    const company = random.int(0, companies.length - 1);
    const family = companyFamily[company];
    const lang = language();
    const p = phrases(family, lang);
    const s = slots(p);
    const budgetMin = random.int(1, 20) * 500_000;
    needs.push({
      key: `bench.n.${pad(i)}`,
      company: companies[company].key,
      title: fill(random.pick(FRAMES[lang].needTitle), s),
      description: fill(random.pick(FRAMES[lang].need), s),
      category: family.id === 'management' ? 'MANAGEMENT' : random.chance(0.85) ? 'TECHNICAL' : 'RESEARCH',
      language: lang.toUpperCase(),
      fields: familyFields(family),
      keywords: random.some(p.keywords, random.int(2, 5)),
      desiredTrl: random.int(4, 9),
      timeline: random.pick(TIMELINES),
      budgetMinYen: budgetMin,
      budgetMaxYen: budgetMin + random.int(0, 20) * 500_000,
      wantedForms: random.some(COLLABORATION_FORMS, random.int(1, 3)),
      confidentiality: 'PUBLIC',
      status: 'OPEN',
      holder: random.pick(coordinators).key,
      isFictional: true,
    });
  }

  return { regions, fields, institutions, researchers, coordinators, companies, seeds, needs };
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    const value = index >= 0 ? Number(args[index + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  process.stdout.write(JSON.stringify(generateDataset(option('size', 1000), option('seed', 1))));
}

if (require.main === module) main();
