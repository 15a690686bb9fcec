import type { Operation } from './load';

/**
 * The operations measured. Ids rotate per request so no one row stays hot in a cache. The
 * public reads go anonymous, as from a portal; matching is for coordinators, so it signs in.
 */
export function operations(seedIds: string[], needIds: string[], authorization: string) {
  const rotate = (ids: string[]) => {
    let i = 0;
    return () => ids[i++ % ids.length];
  };
  const nextSeed = rotate(seedIds);
  const nextNeed = rotate(needIds);
  const body =
    (query: string, variables: () => Record<string, unknown> = () => ({})) =>
    () =>
      JSON.stringify({ query, variables: variables() });
  const list = (first: number): Operation => ({
    name: `seeds(first: ${first})`,
    body: body(
      `query List($first: Int) { seeds(first: $first) { edges { node { title owners { nameJa } institution { nameJa } fields { nameJa } } } } }`,
      () => ({ first }),
    ),
  });
  const match = (first: number): Operation => ({
    name: `matchCandidates(first: ${first})`,
    body: body(
      `query Match($needId: ID!, $first: Int) { matchCandidates(needId: $needId, first: $first) {
         edges { node { score rank explanation { factor contribution sentenceJa } seed { id title } } } } }`,
      () => ({ needId: nextNeed(), first }),
    ),
    headers: { authorization },
  });
  return {
    trivial: { name: '{ __typename }', body: body('{ __typename }') } as Operation,
    list10: list(10),
    list50: list(50),
    lookup: {
      name: 'seed(id:)',
      body: body(`query Lookup($id: ID!) { seed(id: $id) { id title summary trl owners { nameJa } institution { nameJa } fields { nameJa } } }`, () => ({
        id: nextSeed(),
      })),
    } as Operation,
    match10: match(10),
    match20: match(20),
  };
}

export type Operations = ReturnType<typeof operations>;
