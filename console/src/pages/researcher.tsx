import { useState } from 'preact/hooks';
import { gql, messageOf } from '../api';
import { FactorBars } from '../components/factor-bars';
import { FitSummary } from '../components/fit-summary';
import { graphql } from '../gql';
import type { ConsoleProposalsQuery, DeclineReason } from '../gql/graphql';
import { formatDate, L, label, percent, values } from '../i18n';
import { session } from '../session';
import { Badge, ErrorBox, Field, Loaded, useQuery } from '../ui';

const Proposals = graphql(`
  query ConsoleProposals {
    matches(first: 50, filter: { status: [PROPOSED] }) {
      edges { node { id version status note proposedAt need { id title confidentiality category } seed { id title } proposedBy { name email } } }
    }
  }
`);
const Answer = graphql(`
  mutation ConsoleAnswer($input: AnswerMatchInput!) { answerMatch(input: $input) { id status } }
`);
const MyPublished = graphql(`
  query ConsoleMyPublished($id: ID!) { researcher(id: $id) { seeds(status: [PUBLISHED]) { id title } } }
`);
const NeedsForSeed = graphql(`
  query ConsoleNeedsForSeed($seedId: ID!) { needCandidatesForSeed(seedId: $seedId, first: 5) { edges { node { ...NeedCandidateCard } } } }
`);

type Proposal = ConsoleProposalsQuery['matches']['edges'][number]['node'];

export function ProposalsPage() {
  const q = useQuery(Proposals, {});
  return (
    <>
      <h1>{L('届いた提案', 'Proposals made to me')}</h1>
      <Loaded q={q}>
        {(d) =>
          d.matches.edges.length === 0 ? (
            <p class="muted">{L('回答待ちの提案はありません。', 'No proposal waits for your answer.')}</p>
          ) : (
            <ul class="cards">
              {d.matches.edges.map(({ node }) => (
                <ProposalCard key={node.id} m={node} onAnswered={q.reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

function ProposalCard({ m, onAnswered }: { m: Proposal; onAnswered: () => void }) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('CAPACITY');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const answer = async (accept: boolean) => {
    setError(null);
    try {
      await gql(Answer, { input: { id: m.id, expectedVersion: m.version, accept, ...(accept ? {} : { declineReason: reason, reason: note.trim() || null }) } });
      onAnswered();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <li class="card">
      <strong>{m.need?.title ?? L('(非公開のニーズ)', '(withheld need)')}</strong>
      <div class="meta">
        {m.need && m.need.confidentiality !== 'PUBLIC' && <Badge kind="warn">{label('Confidentiality', m.need.confidentiality)}</Badge>}
        <span>
          {L('シーズ', 'Seed')}: {m.seed?.title ?? '—'}
        </span>
        <span>
          {L('提案者', 'Proposed by')}: {m.proposedBy?.name ?? '—'}
        </span>
        <span>{formatDate(m.proposedAt)}</span>
      </div>
      {m.note && <p>{m.note}</p>}
      {error && <ErrorBox message={error} />}
      <div class="actions">
        <button type="button" class="primary" onClick={() => answer(true)}>
          {L('受ける', 'Accept')}
        </button>
        <button type="button" onClick={() => setDeclining(true)} aria-expanded={declining}>
          {L('辞退する', 'Decline')}
        </button>
      </div>
      {declining && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            answer(false);
          }}
        >
          <Field id={`decline-${m.id}`} label={L('辞退の理由', 'Reason')}>
            <select id={`decline-${m.id}`} value={reason} onChange={(e) => setReason(e.currentTarget.value as DeclineReason)}>
              {values('DeclineReason').map((r) => (
                <option key={r} value={r}>
                  {label('DeclineReason', r)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`decline-note-${m.id}`} label={L('補足', 'Note')}>
            <input id={`decline-note-${m.id}`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </Field>
          <button type="submit">{L('辞退を送る', 'Send the decline')}</button>
        </form>
      )}
    </li>
  );
}

export function NeedsForMySeedsPage() {
  const id = session()?.researcherId ?? '';
  const q = useQuery(MyPublished, { id }, !id);
  return (
    <>
      <h1>{L('自分のシーズに合うニーズ', 'Needs that fit my seeds')}</h1>
      <p class="muted">
        {L(
          '企業名は公開のニーズだけに表示されます。秘匿のニーズは概要だけで、問い合わせは担当コーディネータへ。',
          'Company names show for public needs only; confidential needs show a summary only — ask the holding coordinator.',
        )}
      </p>
      <Loaded q={q}>
        {(d) => (
          <>
            {(d.researcher?.seeds ?? []).map((s) => (
              <section key={s.id} aria-labelledby={`fit-${s.id}`}>
                <h2 id={`fit-${s.id}`}>{s.title}</h2>
                <NeedsFor seedId={s.id} />
              </section>
            ))}
          </>
        )}
      </Loaded>
    </>
  );
}

function NeedsFor({ seedId }: { seedId: string }) {
  const q = useQuery(NeedsForSeed, { seedId });
  return (
    <Loaded q={q}>
      {(d) => (
        <ul class="candidate-grid">
          {d.needCandidatesForSeed.edges.map(({ node: c }) => (
            <li key={c.need.id} class="card candidate">
              <strong>{c.need.title}</strong>
              <FitSummary candidate={c} />
              <div class="meta">
                <Badge kind={c.need.confidentiality === 'PUBLIC' ? '' : 'warn'}>{label('Confidentiality', c.need.confidentiality)}</Badge>
                <span>{c.need.company?.nameJa ?? L('企業名非公開', 'Company withheld')}</span>
                <span>
                  {L('担当', 'Holder')}: {c.need.holder?.name ?? '—'}
                </span>
                <span>{percent(c.score)}</span>
              </div>
              <FactorBars factors={c.explanation} score={c.score} />
            </li>
          ))}
        </ul>
      )}
    </Loaded>
  );
}
