import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { gql, messageOf } from '../api';
import { FactorBars } from '../components/factor-bars';
import { FitSummary } from '../components/fit-summary';
import { graphql } from '../gql';
import type { CollaborationForm, InstitutionKind, SeedCandidateCardFragment } from '../gql/graphql';
import { formatDate, L, label, lang, percent, values } from '../i18n';
import { Badge, described, ErrorBox, Field, Loaded, Loading, useQuery } from '../ui';

const NeedQuery = graphql(`
  query ConsoleNeed($id: ID!) {
    need(id: $id) {
      id title description category confidentiality status consultationStep desiredTrl timeline wantedForms keywords
      company { nameJa nameEn } region { nameJa nameEn } holder { name } fields { code nameJa nameEn }
      consultations {
        id step status dueAt overdue version
        history { action fromStep toStep reason createdAt holder { name } actor { name } }
      }
      matches { id status seed { id } researcher { id } institution { id } consortium { id } }
    }
    regions { code kind nameJa nameEn }
  }
`);

const SeedCandidates = graphql(`
  query ConsoleSeedCandidates($needId: ID!, $filter: MatchFilter) {
    matchCandidates(needId: $needId, first: 12, filter: $filter) { edges { node { ...SeedCandidateCard } } }
  }
`);
const ResearcherCandidates = graphql(`
  query ConsoleResearcherCandidates($needId: ID!) { researcherCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ResearcherCandidateCard } } } }
`);
const InstitutionCandidates = graphql(`
  query ConsoleInstitutionCandidates($needId: ID!) { institutionCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...InstitutionCandidateCard } } } }
`);
const ConsortiumCandidates = graphql(`
  query ConsoleConsortiumCandidates($needId: ID!) { consortiumCandidatesForNeed(needId: $needId, first: 8) { edges { node { ...ConsortiumCandidateCard } } } }
`);
const Route_ = graphql(`
  query ConsoleRoute($id: ID!) { routeConsultation(id: $id, first: 1) { nextStep nextHolder { name institution { nameJa nameEn } } } }
`);
const Propose = graphql(`
  mutation ConsoleProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status } }
`);
const Escalate = graphql(`
  mutation ConsoleEscalate($input: EscalateConsultationInput!) { escalateConsultation(input: $input) { id step holder { name } } }
`);
const Open = graphql(`
  mutation ConsoleOpenConsultation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }
`);

type Target = { seedId?: string; researcherId?: string; institutionId?: string; consortiumId?: string };
const name = (o: { nameJa: string; nameEn?: string | null } | null | undefined) => (o ? (lang() === 'en' && o.nameEn ? o.nameEn : o.nameJa) : '—');

export function NeedPage({ id }: { id: string }) {
  const q = useQuery(NeedQuery, { id });
  return (
    <Loaded q={q}>
      {(data) =>
        data.need ? (
          <NeedView need={data.need} regions={data.regions} reload={q.reload} />
        ) : (
          <ErrorBox message={L('このニーズは見つかりません。', 'This need was not found.')} />
        )
      }
    </Loaded>
  );
}

type NeedData = NonNullable<import('../gql/graphql').ConsoleNeedQuery['need']>;
type Regions = import('../gql/graphql').ConsoleNeedQuery['regions'];

function NeedView({ need, regions, reload }: { need: NeedData; regions: Regions; reload: () => void }) {
  const [tab, setTab] = useState<'seeds' | 'researchers' | 'institutions' | 'consortia'>('seeds');
  const proposed = new Set(
    need.matches
      .filter((m) => m.status !== 'WITHDRAWN')
      .flatMap((m) => [m.seed?.id, m.researcher?.id, m.institution?.id, m.consortium?.id].filter((x): x is string => !!x)),
  );
  const tabs: Array<[typeof tab, string]> = [
    ['seeds', L('シーズ', 'Seeds')],
    ['researchers', L('研究者', 'Researchers')],
    ['institutions', L('機関', 'Institutions')],
    ['consortia', L('研究会・協議会', 'Consortia')],
  ];
  return (
    <>
      <h1>{need.title}</h1>
      <div class="meta">
        <Badge kind={need.confidentiality === 'PUBLIC' ? '' : 'warn'}>{label('Confidentiality', need.confidentiality)}</Badge>
        <span>{label('NeedCategory', need.category)}</span>
        <span>{label('NeedStatus', need.status)}</span>
        <span>{L(`相談段階 ${need.consultationStep}`, `Step ${need.consultationStep}`)}</span>
        <span>
          {L('担当', 'Holder')}: {need.holder?.name ?? L('未担当', 'nobody')}
        </span>
      </div>
      <div class="columns">
        <section aria-labelledby="need-details">
          <h2 id="need-details">{L('ニーズの内容', 'The need')}</h2>
          <dl class="facts">
            <dt>{L('企業', 'Company')}</dt>
            <dd>{need.company ? name(need.company) : L('非公開', 'Withheld')}</dd>
            <dt>{L('地域', 'Region')}</dt>
            <dd>{name(need.region)}</dd>
            <dt>{L('希望 TRL', 'Wished TRL')}</dt>
            <dd>{need.desiredTrl ?? '—'}</dd>
            <dt>{L('時期', 'Timeline')}</dt>
            <dd>{label('NeedTimeline', need.timeline)}</dd>
            <dt>{L('分野', 'Fields')}</dt>
            <dd>{need.fields.map((f) => name(f)).join('、') || '—'}</dd>
            <dt>{L('希望する連携', 'Wanted forms')}</dt>
            <dd>{need.wantedForms.map((f) => label('CollaborationForm', f)).join('、') || '—'}</dd>
          </dl>
          <p class="description">{need.description}</p>
        </section>
        <Consultations need={need} reload={reload} />
      </div>

      <h2>{L('候補', 'Candidates')}</h2>
      <p>
        <Link href={`/needs/${need.id}/plan`} class="button primary">
          {L('支援プランを組む', 'Build a support plan')}
        </Link>
      </p>
      <div role="tablist" aria-label={L('候補の種類', 'Kind of candidate')} class="tabs">
        {tabs.map(([key, text]) => (
          <button key={key} type="button" role="tab" id={`tab-${key}`} aria-selected={tab === key} aria-controls="candidates-panel" onClick={() => setTab(key)}>
            {text}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="candidates-panel" aria-labelledby={`tab-${tab}`}>
        {tab === 'seeds' ? (
          <SeedCandidatesPanel needId={need.id} regions={regions} proposed={proposed} onProposed={reload} />
        ) : (
          <RoutingPanel needId={need.id} kind={tab} proposed={proposed} onProposed={reload} />
        )}
      </div>
    </>
  );
}

function Consultations({ need, reload }: { need: NeedData; reload: () => void }) {
  const open = need.consultations.find((c) => c.status === 'OPEN');
  const route = useQuery(Route_, { id: open?.id ?? '' }, !open || open.step >= 3);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const escalate = async (e: Event) => {
    e.preventDefault();
    if (!open) return;
    setBusy(true);
    setError(null);
    try {
      await gql(Escalate, { input: { id: open.id, reason, expectedVersion: open.version } });
      setReason('');
      reload();
    } catch (err) {
      setError(messageOf(err));
    }
    setBusy(false);
  };
  const openOne = async () => {
    setError(null);
    try {
      await gql(Open, { input: { needId: need.id, channel: 'WEB' } });
      reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <section aria-labelledby="consultations-heading">
      <h2 id="consultations-heading">{L('相談の経過', 'Consultation history')}</h2>
      {need.consultations.length === 0 && <p class="muted">{L('相談の記録はまだありません。', 'No consultation recorded yet.')}</p>}
      <ol class="timeline">
        {need.consultations.flatMap((c) =>
          c.history.map((h, i) => (
            <li key={`${c.id}-${i}`}>
              <time>{formatDate(h.createdAt)}</time> {label('ConsultationAction', h.action)} {h.fromStep ? `${h.fromStep} → ` : ''}
              {L(`段階 ${h.toStep}`, `step ${h.toStep}`)}
              {h.holder && ` — ${h.holder.name}`}
              {h.reason && <div class="muted">{h.reason}</div>}
            </li>
          )),
        )}
      </ol>
      {error && <ErrorBox message={error} />}
      {!open && (
        <button type="button" onClick={openOne}>
          {L('相談として受け付ける (自分が担当)', 'Open a consultation (I hold it)')}
        </button>
      )}
      {open && open.step < 3 && (
        <form class="escalate" onSubmit={escalate}>
          <h3>{L('次の段階へ引き継ぐ', 'Escalate to the next step')}</h3>
          {route.loading ? (
            <Loading />
          ) : (
            route.data && (
              <p>
                {L(`段階 ${route.data.routeConsultation.nextStep} の担当: `, `Step ${route.data.routeConsultation.nextStep} will be held by `)}
                <strong>{route.data.routeConsultation.nextHolder?.name ?? L('該当者なし', 'nobody found')}</strong>
                {route.data.routeConsultation.nextHolder && ` (${name(route.data.routeConsultation.nextHolder.institution)})`}
              </p>
            )
          )}
          <Field id="escalate-reason" label={L('引き継ぐ理由', 'Reason')}>
            <textarea {...described('escalate-reason')} required value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </Field>
          <button type="submit" disabled={busy || !reason.trim()}>
            {L('引き継ぐ', 'Escalate')}
          </button>
        </form>
      )}
    </section>
  );
}

function ProposeForm({ needId, target, onDone, title }: { needId: string; target: Target; onDone: () => void; title: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `note-${Object.values(target)[0]}`;
  if (!open)
    return (
      <button type="button" class="primary" onClick={() => setOpen(true)} aria-label={`${L('紹介を提案', 'Propose')}: ${title}`}>
        {L('紹介を提案', 'Propose')}
      </button>
    );
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await gql(Propose, { input: { needId, note: note.trim() || null, ...target } });
      onDone();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <form onSubmit={submit} class="propose">
      <Field id={id} label={L('提案のメモ', 'Note')}>
        <textarea id={id} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      {error && <ErrorBox message={error} />}
      <button type="submit" class="primary">
        {L('提案する', 'Propose')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {L('やめる', 'Cancel')}
      </button>
    </form>
  );
}

function SeedCandidatesPanel({ needId, regions, proposed, onProposed }: { needId: string; regions: Regions; proposed: Set<string>; onProposed: () => void }) {
  const [regionCode, setRegion] = useState('');
  const [kind, setKind] = useState('');
  const [minTrl, setMinTrl] = useState('');
  const [form, setForm] = useState('');
  const [compare, setCompare] = useState<string[]>([]);
  const filter = {
    regionCode: regionCode || null,
    institutionKind: kind ? [kind as InstitutionKind] : null,
    minTrl: minTrl ? Number(minTrl) : null,
    collaborationForm: (form || null) as CollaborationForm | null,
  };
  const q = useQuery(SeedCandidates, { needId, filter });
  const toggle = (id: string) => setCompare((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length >= 3 ? c : [...c, id]));
  return (
    <>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={L('候補の絞り込み', 'Filter candidates')}>
        <Field id="f-region" label={L('地域', 'Region')}>
          <select id="f-region" value={regionCode} onChange={(e) => setRegion(e.currentTarget.value)}>
            <option value="">{L('すべて', 'All')}</option>
            {regions
              .filter((r) => r.kind !== 'COUNTRY')
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {name(r)}
                </option>
              ))}
          </select>
        </Field>
        <Field id="f-kind" label={L('機関の種類', 'Institution kind')}>
          <select id="f-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="">{L('すべて', 'All')}</option>
            {values('InstitutionKind').map((k) => (
              <option key={k} value={k}>
                {label('InstitutionKind', k)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-trl" label={L('TRL の下限', 'Minimum TRL')}>
          <select id="f-trl" value={minTrl} onChange={(e) => setMinTrl(e.currentTarget.value)}>
            <option value="">{L('指定なし', 'Any')}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-form" label={L('連携の形', 'Collaboration form')}>
          <select id="f-form" value={form} onChange={(e) => setForm(e.currentTarget.value)}>
            <option value="">{L('すべて', 'All')}</option>
            {values('CollaborationForm').map((k) => (
              <option key={k} value={k}>
                {label('CollaborationForm', k)}
              </option>
            ))}
          </select>
        </Field>
      </form>
      <Loaded q={q}>
        {(data) => {
          const nodes = data.matchCandidates.edges.map((e) => e.node);
          const compared = nodes.filter((n) => compare.includes(n.seed.id));
          return (
            <>
              {compared.length >= 2 && <CompareTable candidates={compared} />}
              {nodes.length === 0 && <p class="muted">{L('条件に合う候補はありません。', 'No candidate fits these filters.')}</p>}
              <ul class="candidate-grid">
                {nodes.map((c) => (
                  <li key={c.seed.id} class="card candidate">
                    <SeedCard c={c} />
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={compare.includes(c.seed.id)}
                        disabled={!compare.includes(c.seed.id) && compare.length >= 3}
                        onChange={() => toggle(c.seed.id)}
                      />
                      {L('比較する', 'Compare')}
                    </label>
                    {proposed.has(c.seed.id) ? (
                      <Badge kind="ok">{L('提案済み', 'Already proposed')}</Badge>
                    ) : (
                      <ProposeForm needId={needId} target={{ seedId: c.seed.id }} title={c.seed.title} onDone={onProposed} />
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

function SeedCard({ c }: { c: SeedCandidateCardFragment }) {
  return (
    <>
      <div class="card-head">
        <span class="rank">#{c.rank}</span>
        <Link href={`/seeds/${c.seed.id}`}>{c.seed.title}</Link>
      </div>
      <FitSummary candidate={c} />
      <dl class="facts compact">
        <dt>{L('研究室', 'Lab')}</dt>
        <dd>
          {c.seed.owners.map((o) => name(o)).join('、')} / {name(c.seed.institution)}
        </dd>
        <dt>TRL</dt>
        <dd>{c.seed.trl}</dd>
        <dt>{L('地域', 'Region')}</dt>
        <dd>{name(c.seed.institution.region)}</dd>
        <dt>{L('適合度', 'Fit')}</dt>
        <dd>
          <meter min={0} max={1} value={c.score} aria-label={L('適合度', 'Fit')} /> {percent(c.score)}
        </dd>
      </dl>
      <FactorBars factors={c.explanation} score={c.score} />
    </>
  );
}

function CompareTable({ candidates }: { candidates: SeedCandidateCardFragment[] }) {
  const factors = [...new Set(candidates.flatMap((c) => c.explanation.map((f) => f.factor)))];
  return (
    <table class="compare">
      <caption>{L('候補の比較', 'Comparing candidates')}</caption>
      <thead>
        <tr>
          <th scope="col">{L('項目', 'Item')}</th>
          {candidates.map((c) => (
            <th scope="col" key={c.seed.id}>
              {c.seed.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{L('適合度', 'Fit')}</th>
          {candidates.map((c) => (
            <td key={c.seed.id}>{percent(c.score)}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">TRL</th>
          {candidates.map((c) => (
            <td key={c.seed.id}>{c.seed.trl}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{L('機関', 'Institution')}</th>
          {candidates.map((c) => (
            <td key={c.seed.id}>{name(c.seed.institution)}</td>
          ))}
        </tr>
        {factors.map((f) => (
          <tr key={f}>
            <th scope="row">{label('MatchFactorName', f)}</th>
            {candidates.map((c) => {
              const x = c.explanation.find((e) => e.factor === f);
              return <td key={c.seed.id}>{x ? (lang() === 'ja' ? x.sentenceJa : x.sentenceEn) : '—'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RoutingPanel({
  needId,
  kind,
  proposed,
  onProposed,
}: {
  needId: string;
  kind: 'researchers' | 'institutions' | 'consortia';
  proposed: Set<string>;
  onProposed: () => void;
}) {
  const researchers = useQuery(ResearcherCandidates, { needId }, kind !== 'researchers');
  const institutions = useQuery(InstitutionCandidates, { needId }, kind !== 'institutions');
  const consortia = useQuery(ConsortiumCandidates, { needId }, kind !== 'consortia');
  type Row = { id: string; title: string; sub: string; score: number; rank: number; explanation: SeedCandidateCardFragment['explanation']; target: Target };
  const q = kind === 'researchers' ? researchers : kind === 'institutions' ? institutions : consortia;
  const rows = (): Row[] => {
    if (kind === 'researchers' && researchers.data)
      return researchers.data.researcherCandidatesForNeed.edges.map(({ node: c }) => ({
        id: c.researcher.id,
        title: name(c.researcher),
        sub: `${name(c.researcher.institution)} — ${c.bestSeeds.map((s) => s.seed.title).join(' / ')}`,
        score: c.score,
        rank: c.rank,
        explanation: c.explanation,
        target: { researcherId: c.researcher.id },
      }));
    if (kind === 'institutions' && institutions.data)
      return institutions.data.institutionCandidatesForNeed.edges.map(({ node: c }) => ({
        id: c.institution.id,
        title: name(c.institution),
        sub: `${label('InstitutionKind', c.institution.kind)} — ${name(c.institution.region)}`,
        score: c.score,
        rank: c.rank,
        explanation: c.explanation,
        target: { institutionId: c.institution.id },
      }));
    if (kind === 'consortia' && consortia.data)
      return consortia.data.consortiumCandidatesForNeed.edges.map(({ node: c }) => ({
        id: c.consortium.id,
        title: name(c.consortium),
        sub: `${L('事務局', 'Secretariat')}: ${name(c.consortium.secretariat)}`,
        score: c.score,
        rank: c.rank,
        explanation: c.explanation,
        target: { consortiumId: c.consortium.id },
      }));
    return [];
  };
  if (q.error) return <ErrorBox message={q.error} onRetry={q.reload} />;
  if (!q.data) return <Loading />;
  return (
    <ul class="candidate-grid">
      {rows().map((r) => (
        <li key={r.id} class="card candidate">
          <div class="card-head">
            <span class="rank">#{r.rank}</span>
            <strong>{r.title}</strong>
          </div>
          <FitSummary candidate={r} />
          <p class="muted">{r.sub}</p>
          <p>
            <meter min={0} max={1} value={r.score} aria-label={L('適合度', 'Fit')} /> {percent(r.score)}
          </p>
          <FactorBars factors={r.explanation} score={r.score} />
          {proposed.has(r.id) ? (
            <Badge kind="ok">{L('提案済み', 'Already proposed')}</Badge>
          ) : (
            <ProposeForm needId={needId} target={r.target} title={r.title} onDone={onProposed} />
          )}
        </li>
      ))}
    </ul>
  );
}
