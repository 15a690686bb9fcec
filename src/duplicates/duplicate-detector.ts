import { EntityManager } from 'typeorm';
import { duplicateSimilarity, isPossibleDuplicate } from '../matching/duplicates';
import { analyseNeedText, analyseSeedText } from '../matching/index/analyser-version';
import type { MatchKind } from '../matching/index/match-index.entities';
import { loadAnalysedDocuments } from '../matching/retrieval/bm25-sql';
import type { AnalysedText } from '../matching/text';
import { GroupedRecord, GroupMember, idsByGroup, loadGroupedRecords, loadGroupMembers } from './duplicate-groups';

/** Records checked per round trip (bounds parameter sizes in a large import). */
const BATCH_SIZE = 500;

/**
 * A near-duplicate shares nearly all its terms, so it shares some of the record's rarest ones:
 * candidates are the records of its group holding one of these, and only they are compared in full.
 */
const RAREST_TERMS = 12;

/**
 * Candidates' stored terms already read in this call: the batches of a large import share
 * groups, so the same candidates come back batch after batch (their terms do not change
 * while duplicates are detected). Emptied when full, which bounds its memory.
 */
const CANDIDATE_TERMS_KEPT = 5_000;

const ANALYSE: Record<MatchKind, (record: GroupedRecord) => AnalysedText> = {
  SEED: (record) => analyseSeedText({ title: record.title, summary: record.body, keywords: record.keywords }),
  NEED: (record) => analyseNeedText({ title: record.title, description: record.body, keywords: record.keywords }),
};

/**
 * Detects near-duplicate seeds (same owner or institution) or needs (same company) of the
 * written records, inside the writer's transaction and after the match index was updated:
 * the records' pairs are replaced by those whose analysed terms are at least
 * DUPLICATE_SIMILARITY_THRESHOLD alike (src/matching/duplicates). Candidates are the indexed
 * records of the same group (published seeds, needs not archived) that hold one of the record's
 * RAREST_TERMS rarest terms; a draft is compared too (with its text analysed here), and an
 * archived record keeps no pairs.
 *
 * The group is read first and only its members' postings of those terms are looked up (by the
 * postings' primary key), so the cost follows the size of the groups, not how common the rarest
 * terms are in the whole corpus. Records are taken in group order, so a batch of a large import
 * holds whole groups and its candidates are mostly its own records. Seven statements per batch
 * of 500 records, plus one that removes the old pairs.
 */
export async function detectDuplicates(manager: EntityManager, kind: MatchKind, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  // Removed once for all records first: a pair found from either side, in any batch, is kept.
  await manager.query(`DELETE FROM duplicate_candidate WHERE kind = $1 AND (record_id = ANY($2::uuid[]) OR other_id = ANY($2::uuid[]))`, [kind, unique]);
  const ordered = await idsByGroup(manager, kind, unique);
  const candidateTerms = new Map<string, AnalysedText>();
  for (let start = 0; start < ordered.length; start += BATCH_SIZE) {
    await detectBatch(manager, kind, ordered.slice(start, start + BATCH_SIZE), candidateTerms);
  }
}

async function detectBatch(manager: EntityManager, kind: MatchKind, ids: readonly string[], candidateTerms: Map<string, AnalysedText>): Promise<void> {
  const records = (await loadGroupedRecords(manager, kind, ids)).filter((record) => record.status !== 'ARCHIVED');
  if (records.length === 0) return;
  const stored = await loadAnalysedDocuments(
    manager,
    kind,
    records.map((record) => record.id),
    { surfaces: false },
  );
  const analysed = new Map(records.map((record) => [record.id, stored.get(record.id) ?? ANALYSE[kind](record)]));
  const rarest = await rarestTerms(manager, kind, analysed);
  if (rarest.size === 0) return;
  const members = await loadGroupMembers(manager, kind, records);
  const holders = await termHolders(manager, kind, members, rarest);
  const candidates = candidatePairs(records, members, rarest, holders);

  const wanted = [...new Set(candidates.map((c) => c.other.id))].filter((other) => !analysed.has(other));
  let missing = wanted.filter((other) => !candidateTerms.has(other));
  if (candidateTerms.size + missing.length > CANDIDATE_TERMS_KEPT) {
    candidateTerms.clear();
    missing = wanted;
  }
  for (const [other, text] of await loadAnalysedDocuments(manager, kind, missing, { surfaces: false })) candidateTerms.set(other, text);

  const pairs = new Map<string, { a: string; b: string; similarity: number }>();
  for (const { record, other } of candidates) {
    const otherText = analysed.get(other.id) ?? candidateTerms.get(other.id);
    if (!otherText) continue;
    const similarity = duplicateSimilarity(analysed.get(record.id)!, otherText, record.language === other.language);
    if (!isPossibleDuplicate(similarity)) continue;
    pairs.set(`${record.id}|${other.id}`, { a: record.id, b: other.id, similarity });
    pairs.set(`${other.id}|${record.id}`, { a: other.id, b: record.id, similarity });
  }
  if (pairs.size === 0) return;
  const list = [...pairs.values()];
  await manager.query(
    `INSERT INTO duplicate_candidate (kind, record_id, other_id, similarity)
     SELECT $1, p.a, p.b, p.s FROM unnest($2::uuid[], $3::uuid[], $4::real[]) AS p(a, b, s)
     ON CONFLICT (kind, record_id, other_id) DO UPDATE SET similarity = EXCLUDED.similarity, detected_at = now()`,
    [kind, list.map((p) => p.a), list.map((p) => p.b), list.map((p) => p.similarity)],
  );
}

/**
 * Each record's RAREST_TERMS indexed terms of lowest document frequency (ties by term, in the
 * database's collation); terms no indexed record holds cannot find a candidate and are left out.
 * The database ranks the batch's distinct terms once; each record takes its first ones in that order.
 */
async function rarestTerms(manager: EntityManager, kind: MatchKind, analysed: ReadonlyMap<string, AnalysedText>): Promise<Map<string, Set<string>>> {
  const distinct = new Set<string>();
  for (const text of analysed.values()) for (const term in text.terms) distinct.add(term);
  const rarest = new Map<string, Set<string>>();
  if (distinct.size === 0) return rarest;
  const ranked = (await manager.query(`SELECT term FROM match_term_stat WHERE kind = $1 AND term = ANY($2::text[]) ORDER BY df, term`, [
    kind,
    [...distinct],
  ])) as Array<{ term: string }>;
  const rank = new Map(ranked.map((row, index) => [row.term, index]));
  for (const [id, text] of analysed) {
    const terms = Object.keys(text.terms).filter((term) => rank.has(term));
    if (terms.length === 0) continue;
    terms.sort((a, b) => rank.get(a)! - rank.get(b)!);
    rarest.set(id, new Set(terms.slice(0, RAREST_TERMS)));
  }
  return rarest;
}

/** Which of the members' postings hold one of the rarest terms: member id → those terms (indexed members only). */
async function termHolders(
  manager: EntityManager,
  kind: MatchKind,
  members: readonly GroupMember[],
  rarest: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, Set<string>>> {
  const terms = new Set<string>();
  for (const set of rarest.values()) for (const term of set) terms.add(term);
  const rows = (await manager.query(`SELECT doc_id, term FROM match_term WHERE kind = $1 AND doc_id = ANY($2::uuid[]) AND term = ANY($3::text[])`, [
    kind,
    members.map((member) => member.id),
    [...terms],
  ])) as Array<{ doc_id: string; term: string }>;
  const holders = new Map<string, Set<string>>();
  for (const { doc_id: id, term } of rows) holders.set(id, (holders.get(id) ?? new Set()).add(term));
  return holders;
}

/** Each record with the other members of its group (same institution or company, or a shared owner) that hold one of its rarest terms. */
function candidatePairs(
  records: readonly GroupedRecord[],
  members: readonly GroupMember[],
  rarest: ReadonlyMap<string, ReadonlySet<string>>,
  holders: ReadonlyMap<string, ReadonlySet<string>>,
): Array<{ record: GroupedRecord; other: GroupMember }> {
  // Only members holding a rarest term can be candidates; looked up by group and by owner.
  const byGroup = new Map<string, GroupMember[]>();
  const byOwner = new Map<string, GroupMember[]>();
  const add = (map: Map<string, GroupMember[]>, key: string, member: GroupMember) => {
    const list = map.get(key);
    if (list) list.push(member);
    else map.set(key, [member]);
  };
  for (const member of members) {
    if (!holders.has(member.id)) continue;
    add(byGroup, member.groupId, member);
    for (const owner of member.owners) add(byOwner, owner, member);
  }
  const pairs: Array<{ record: GroupedRecord; other: GroupMember }> = [];
  for (const record of records) {
    const terms = rarest.get(record.id);
    if (!terms) continue;
    const seen = new Set<string>([record.id]);
    const consider = (others: readonly GroupMember[] | undefined) => {
      for (const other of others ?? []) {
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        const held = holders.get(other.id)!;
        for (const term of terms) {
          if (held.has(term)) {
            pairs.push({ record, other });
            break;
          }
        }
      }
    };
    consider(byGroup.get(record.groupId));
    for (const owner of record.owners) consider(byOwner.get(owner));
  }
  return pairs;
}

/** Detects near-duplicates of written seeds (see {@link detectDuplicates}). */
export const detectSeedDuplicates = (manager: EntityManager, seedIds: readonly string[]) => detectDuplicates(manager, 'SEED', seedIds);

/** Detects near-duplicates of written needs (see {@link detectDuplicates}). */
export const detectNeedDuplicates = (manager: EntityManager, needIds: readonly string[]) => detectDuplicates(manager, 'NEED', needIds);
