import { useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import { L } from '../i18n';
import { endReason, start } from '../session';
import { ErrorBox, Field } from '../ui';

const SignIn = graphql(`
  mutation ConsoleSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      account { email role displayName researcher { id } coordinator { id } }
    }
  }
`);

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reason = endReason();
  const [, navigate] = useLocation();
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { signIn } = await gql(SignIn, { email, password });
      start({
        token: signIn.token,
        expiresAt: signIn.expiresAt,
        email: signIn.account.email,
        role: signIn.account.role,
        displayName: signIn.account.displayName ?? null,
        researcherId: signIn.account.researcher?.id ?? null,
        coordinatorId: signIn.account.coordinator?.id ?? null,
      });
      // Each role starts on its own page.
      navigate(signIn.account.role === 'RESEARCHER' ? '/my/seeds' : signIn.account.role === 'ADMIN' ? '/admin' : '/');
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <section class="signin">
      <h1>{L('ログイン', 'Sign in')}</h1>
      {reason === 'expired' && (
        <p class="notice" role="status">
          {L('ログインの有効期限が切れました。もう一度ログインしてください。', 'Your session has expired. Please sign in again.')}
        </p>
      )}
      {reason === 'signedOut' && (
        <p class="notice" role="status">
          {L('ログアウトしました。', 'You have signed out.')}
        </p>
      )}
      <form onSubmit={submit}>
        <Field id="email" label={L('メールアドレス', 'E-mail')}>
          <input id="email" type="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field id="password" label={L('パスワード', 'Password')}>
          <input id="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        {error && <ErrorBox message={error} />}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? L('確認中…', 'Checking…') : L('ログイン', 'Sign in')}
        </button>
      </form>
    </section>
  );
}
