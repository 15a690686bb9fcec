import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter-preact';
import { gql } from './api';
import { graphql } from './gql';
import { L, lang, onLangChange, setLang } from './i18n';
import { end, onSessionChange, session } from './session';
import { SignInPage } from './pages/sign-in';
import { InboxPage } from './pages/inbox';
import { NeedPage } from './pages/need';
import { PlanCandidatesPage, PlanPage } from './pages/plans';
import { PipelinePage } from './pages/pipeline';
import { KpiPage } from './pages/kpis';
import { SearchPage, SeedPage } from './pages/search';
import { MySeedsPage, SeedFormPage } from './pages/my-seeds';
import { ProposalsPage, NeedsForMySeedsPage } from './pages/researcher';
import { AdminPage } from './pages/admin';
import { NotificationsPage } from './notifications/notifications-page';
import { UnreadBadge } from './notifications/unread-badge';
import './styles.css';

const SignOut = graphql(`mutation ConsoleSignOut { signOut }`);

function Nav() {
  const s = session()!;
  const [location] = useLocation();
  const links: Array<[string, string]> =
    s.role === 'RESEARCHER'
      ? [
          ['/my/seeds', L('自分のシーズ', 'My seeds')],
          ['/my/proposals', L('届いた提案', 'Proposals to me')],
          ['/my/needs', L('合うニーズ', 'Needs that fit')],
          ['/search', L('検索', 'Search')],
        ]
      : s.role === 'ADMIN'
        ? [
            ['/admin', L('管理', 'Administration')],
            ['/', L('受信箱', 'Inbox')],
            ['/pipeline', L('マッチング', 'Pipeline')],
            ['/kpis', L('実績', 'KPIs')],
            ['/search', L('検索', 'Search')],
          ]
        : [
            ['/', L('受信箱', 'Inbox')],
            ['/pipeline', L('マッチング', 'Pipeline')],
            ['/kpis', L('実績 (KPI)', 'KPIs')],
            ['/search', L('検索', 'Search')],
          ];
  return (
    <nav aria-label={L('メインメニュー', 'Main menu')}>
      <ul>
        {links.map(([href, text]) => (
          <li key={href}>
            <Link href={href} aria-current={location === href ? 'page' : undefined}>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Header() {
  const s = session();
  const signOut = async () => {
    try {
      await gql(SignOut);
    } catch {
      /* the token may already be invalid: forget it anyway */
    }
    end('signedOut');
  };
  return (
    <header class="top">
      <a class="skip" href="#main">
        {L('本文へ移動', 'Skip to content')}
      </a>
      <span class="brand">musubi 結び</span>
      {s && <Nav />}
      <div class="tools">
        <button type="button" class="link" lang={lang() === 'ja' ? 'en' : 'ja'} onClick={() => setLang(lang() === 'ja' ? 'en' : 'ja')}>
          {lang() === 'ja' ? 'English' : '日本語'}
        </button>
        {s && (
          <>
            <UnreadBadge />
            <span class="who">{s.displayName ?? s.email}</span>
            <button type="button" onClick={signOut}>
              {L('ログアウト', 'Sign out')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}

function Routes() {
  const s = session();
  if (!s) return <SignInPage />;
  const home = s.role === 'RESEARCHER' ? '/my/seeds' : s.role === 'ADMIN' ? '/admin' : '/';
  return (
    <Switch>
      <Route path="/sign-in">
        <Redirect to={home} />
      </Route>
      <Route path="/">{s.role === 'RESEARCHER' ? <Redirect to={home} /> : <InboxPage />}</Route>
      <Route path="/needs/:id">{(p) => <NeedPage id={p.id} />}</Route>
      <Route path="/needs/:id/plan">{(p) => <PlanCandidatesPage needId={p.id} />}</Route>
      <Route path="/plans/:id">{(p) => <PlanPage id={p.id} />}</Route>
      <Route path="/seeds/:id">{(p) => <SeedPage id={p.id} />}</Route>
      <Route path="/pipeline" component={PipelinePage} />
      <Route path="/kpis" component={KpiPage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/my/seeds" component={MySeedsPage} />
      <Route path="/my/seeds/new">{() => <SeedFormPage />}</Route>
      <Route path="/my/seeds/:id/edit">{(p) => <SeedFormPage id={p.id} />}</Route>
      <Route path="/my/proposals" component={ProposalsPage} />
      <Route path="/my/needs" component={NeedsForMySeedsPage} />
      <Route path="/admin" component={AdminPage} />
      <Route path="/notifications" component={NotificationsPage} />
      <Route>
        <h1>{L('ページが見つかりません', 'Page not found')}</h1>
        <Link href={home}>{L('最初のページへ', 'Go to the start page')}</Link>
      </Route>
    </Switch>
  );
}

function App() {
  const [, rerender] = useState(0);
  useEffect(() => {
    const bump = () => rerender((n) => n + 1);
    const a = onLangChange(bump);
    const b = onSessionChange(bump);
    return () => {
      a();
      b();
    };
  }, []);
  return (
    <Router base="/console">
      <Header />
      <main id="main" tabIndex={-1}>
        <Routes />
      </main>
    </Router>
  );
}

document.documentElement.lang = lang();
const root = document.getElementById('app')!;
// The page's "loading" placeholder is not Preact's: clear it before the first render.
root.textContent = '';
render(<App />, root);
