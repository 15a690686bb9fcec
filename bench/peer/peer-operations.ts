import type { Operation } from '../load';

/** How the peer's operations are named in results: `PostGraphile ` + the musubi operation they mirror. */
export const PEER_PREFIX = 'PostGraphile ';

/**
 * The list and the lookup as PostGraphile's amber schema spells them, selecting the same data
 * as musubi's (operations.ts): published seeds newest first, 50 to a page, with owners (in
 * listed order), institution and fields. Lookups rotate over the same seeds, by uuid (the
 * peer's `seedByRowId`) instead of musubi's global id.
 */
export function peerOperations(seedUuids: string[]) {
  let i = 0;
  const nextSeed = () => seedUuids[i++ % seedUuids.length];
  const body =
    (query: string, variables: () => Record<string, unknown> = () => ({})) =>
    () =>
      JSON.stringify({ query, variables: variables() });
  const list: Operation = {
    name: `${PEER_PREFIX}seeds(first: 50)`,
    body: body(
      `query List($first: Int) { allSeeds(first: $first, orderBy: [CREATED_AT_DESC], condition: { status: "PUBLISHED" }) {
         edges { node { title ownersList { nameJa } institutionByInstitutionId { nameJa } fieldsList { nameJa } } } } }`,
      () => ({ first: 50 }),
    ),
  };
  const lookup: Operation = {
    name: `${PEER_PREFIX}seed(id:)`,
    body: body(
      `query Lookup($id: UUID!) { seedByRowId(rowId: $id) {
         id title summary trl ownersList { nameJa } institutionByInstitutionId { nameJa } fieldsList { nameJa } } }`,
      () => ({ id: nextSeed() }),
    ),
  };
  return { list, lookup };
}

export type PeerOperations = ReturnType<typeof peerOperations>;
