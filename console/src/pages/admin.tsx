import { useState } from 'preact/hooks';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import type { AccountRole, ApiKeyScope } from '../gql/graphql';
import { formatDate, L, label, values } from '../i18n';
import { Badge, ErrorBox, Field, Loaded, useQuery } from '../ui';

const Admin = graphql(`
  query ConsoleAdmin {
    accounts { id email role status displayName lastSignInAt }
    apiKeys(includeRevoked: true) { id name prefix scopes revokedAt lastUsedAt createdAt ownerInstitution { nameJa } }
    weightSets { version active activatedAt createdAt createdBy weights { factor weight } }
    institutions(first: 100) { edges { node { id nameJa } } }
  }
`);
const CreateAccount = graphql(`mutation ConsoleCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }`);
const CreateKey = graphql(`mutation ConsoleCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix } } }`);
const RevokeKey = graphql(`mutation ConsoleRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`);

export function AdminPage() {
  const q = useQuery(Admin, {});
  const [error, setError] = useState<string | null>(null);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [account, setAccount] = useState({ email: '', password: '', role: 'COORDINATOR' as AccountRole, displayName: '' });
  const [key, setKey] = useState({ name: '', ownerInstitutionId: '', scopes: ['READ_PUBLISHED'] as ApiKeyScope[] });
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      q.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <h1>{L('管理', 'Administration')}</h1>
      {error && <ErrorBox message={error} />}
      <Loaded q={q}>
        {(d) => (
          <>
            <section aria-labelledby="accounts-h">
              <h2 id="accounts-h">{L('アカウント', 'Accounts')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{L('メール', 'E-mail')}</th>
                    <th scope="col">{L('役割', 'Role')}</th>
                    <th scope="col">{L('状態', 'Status')}</th>
                    <th scope="col">{L('最終ログイン', 'Last sign-in')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.accounts.map((a) => (
                    <tr key={a.id}>
                      <td>{a.email}</td>
                      <td>{label('AccountRole', a.role)}</td>
                      <td>{label('AccountStatus', a.status)}</td>
                      <td>{formatDate(a.lastSignInAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <form
                class="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  run(() => gql(CreateAccount, { input: { ...account, displayName: account.displayName || null } }));
                }}
              >
                <h3>{L('アカウントを作る', 'Create an account')}</h3>
                <Field id="acc-email" label={L('メール', 'E-mail')}>
                  <input id="acc-email" type="email" value={account.email} onInput={(e) => setAccount({ ...account, email: e.currentTarget.value })} />
                </Field>
                <Field id="acc-password" label={L('初期パスワード', 'Initial password')}>
                  <input
                    id="acc-password"
                    type="password"
                    autocomplete="new-password"
                    value={account.password}
                    onInput={(e) => setAccount({ ...account, password: e.currentTarget.value })}
                  />
                </Field>
                <Field id="acc-role" label={L('役割', 'Role')}>
                  <select id="acc-role" value={account.role} onChange={(e) => setAccount({ ...account, role: e.currentTarget.value as AccountRole })}>
                    {values('AccountRole').map((r) => (
                      <option key={r} value={r}>
                        {label('AccountRole', r)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id="acc-name" label={L('表示名', 'Display name')}>
                  <input id="acc-name" value={account.displayName} onInput={(e) => setAccount({ ...account, displayName: e.currentTarget.value })} />
                </Field>
                <button type="submit">{L('作成', 'Create')}</button>
              </form>
            </section>
            <section aria-labelledby="keys-h">
              <h2 id="keys-h">{L('連携先 API キー', 'Partner API keys')}</h2>
              {shownKey && (
                <div class="notice" role="alert">
                  <p>{L('このキーは今だけ表示されます。控えてください:', 'This key is shown only now. Copy it:')}</p>
                  <code class="secret">{shownKey}</code>{' '}
                  <button type="button" onClick={() => setShownKey(null)}>
                    {L('控えました', 'I have copied it')}
                  </button>
                </div>
              )}
              <table>
                <thead>
                  <tr>
                    <th scope="col">{L('名前', 'Name')}</th>
                    <th scope="col">{L('接頭辞', 'Prefix')}</th>
                    <th scope="col">{L('権限', 'Scopes')}</th>
                    <th scope="col">{L('機関', 'Institution')}</th>
                    <th scope="col">{L('状態', 'State')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.apiKeys.map((k) => (
                    <tr key={k.id}>
                      <td>{k.name}</td>
                      <td>
                        <code>{k.prefix}</code>
                      </td>
                      <td>{k.scopes.map((s) => label('ApiKeyScope', s)).join('、')}</td>
                      <td>{k.ownerInstitution?.nameJa ?? '—'}</td>
                      <td>
                        {k.revokedAt ? (
                          <Badge>{L(`失効 ${formatDate(k.revokedAt)}`, `Revoked ${formatDate(k.revokedAt)}`)}</Badge>
                        ) : (
                          <button type="button" onClick={() => run(() => gql(RevokeKey, { id: k.id }))} aria-label={`${L('失効させる', 'Revoke')}: ${k.name}`}>
                            {L('失効させる', 'Revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <form
                class="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  run(async () => setShownKey((await gql(CreateKey, { input: { ...key, rateLimitPerMinute: 60 } })).createApiKey.key));
                }}
              >
                <h3>{L('キーを発行する', 'Issue a key')}</h3>
                <Field id="key-name" label={L('名前', 'Name')}>
                  <input id="key-name" value={key.name} onInput={(e) => setKey({ ...key, name: e.currentTarget.value })} />
                </Field>
                <Field id="key-inst" label={L('機関', 'Institution')}>
                  <select id="key-inst" value={key.ownerInstitutionId} onChange={(e) => setKey({ ...key, ownerInstitutionId: e.currentTarget.value })}>
                    <option value="">{L('選んでください', 'Choose one')}</option>
                    {d.institutions.edges.map(({ node }) => (
                      <option key={node.id} value={node.id}>
                        {node.nameJa}
                      </option>
                    ))}
                  </select>
                </Field>
                <fieldset>
                  <legend>{L('権限', 'Scopes')}</legend>
                  {values('ApiKeyScope').map((s) => (
                    <label key={s} class="check">
                      <input
                        type="checkbox"
                        checked={key.scopes.includes(s as ApiKeyScope)}
                        onChange={(e) =>
                          setKey({ ...key, scopes: e.currentTarget.checked ? [...key.scopes, s as ApiKeyScope] : key.scopes.filter((x) => x !== s) })
                        }
                      />
                      {label('ApiKeyScope', s)}
                    </label>
                  ))}
                </fieldset>
                <button type="submit">{L('発行', 'Issue')}</button>
              </form>
            </section>
            <section aria-labelledby="weights-h">
              <h2 id="weights-h">{L('マッチングの重み', 'Matching weights')}</h2>
              <table hidden={d.weightSets.length === 0}>
                <thead>
                  <tr>
                    <th scope="col">{L('版', 'Version')}</th>
                    <th scope="col">{L('状態', 'State')}</th>
                    <th scope="col">{L('作成', 'Created')}</th>
                    <th scope="col">{L('重み', 'Weights')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.weightSets.map((w) => (
                    <tr key={w.version} class={w.active ? 'active' : ''}>
                      <td>v{w.version}</td>
                      <td>{w.active ? <Badge kind="ok">{L('使用中', 'Active')}</Badge> : '—'}</td>
                      <td>
                        {formatDate(w.createdAt)} ({w.createdBy})
                      </td>
                      <td>{w.weights.map((x) => `${label('MatchFactorName', x.factor)} ${x.weight.toFixed(2)}`).join(' / ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {d.weightSets.length === 0 && (
                <p class="muted">{L('保存された重みはありません (設定の既定値を使用中)。', 'No stored weight set (the configured defaults are in use).')}</p>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}
