import { toGlobalId } from '../../src/common/global-id';
import { variableCoercionProblem } from '../../src/http/format-error';
import { loadReferenceData, makeInstitution, makeResearcher } from '../support/factories';
import { startTestServer, TestServer } from '../support/test-server';

describe('input errors the GraphQL layer raises itself', () => {
  it.each([
    ['Variable "$input" got invalid value "CASTLE" at "input.kind"; Value "CASTLE" does not exist in "InstitutionKind" enum.', 'input.kind', 'enum'],
    ['Variable "$input" got invalid value { title: "x" }; Field "summary" of required type "String!" was not provided.', 'input', 'required'],
    ['Variable "$first" got invalid value "abc"; Int cannot represent non-integer value: "abc"', 'first', 'type'],
    ['Variable "$input" got invalid value { bogus: 1 }; Field "bogus" is not defined by type "RegisterSeedInput".', 'input.bogus', 'unknownField'],
  ])('maps %j to field %s (%s) without the value', (message, field, constraint) => {
    const problem = variableCoercionProblem(message);
    expect(problem).toMatchObject({ field, constraint });
    expect(JSON.stringify(problem)).not.toMatch(/CASTLE|abc|bogus: 1/);
  });

  it('leaves other messages alone', () => {
    expect(variableCoercionProblem('Cannot query field "nope" on type "Query".')).toBeNull();
  });
});

describe('over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({}, { as: 'COORDINATOR' });
    await loadReferenceData(t.db.dataSource);
  });
  afterAll(() => t.close());

  it('answers an unknown enum value in variables with BAD_USER_INPUT on the field, in both languages, without echoing it', async () => {
    const result = await t.gql(`query($kind: [InstitutionKind!]) { institutions(first: 1, filter: { kind: $kind }) { totalCount } }`, {
      kind: ['SECRET_CASTLE_KIND'],
    });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind[0]' });
    expect(result.errors![0].extensions!.problems[0].ja).toBe('InstitutionKind の値として定義されていません');
    expect(JSON.stringify(result.errors)).not.toContain('SECRET_CASTLE_KIND');
  });

  it('answers two registrations racing for one key with one success and one CONFLICT, never a 500', async () => {
    const institution = await makeInstitution(t.db.dataSource);
    const researcher = await makeResearcher(t.db.dataSource, institution);
    const register = () =>
      t.gql(`mutation($input: RegisterSeedInput!) { registerSeed(input: $input) { key } }`, {
        input: { key: 's.race-for-this-key', title: '競合', summary: 's', trl: 3, ownerIds: [toGlobalId('Researcher', researcher.id)] },
      });
    const results = await Promise.all([register(), register(), register()]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    // The loser is refused by the service's key check or, when it raced past it, by the unique index.
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'CONFLICT' || c === 'BAD_USER_INPUT')).toBe(true);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
  });
});
