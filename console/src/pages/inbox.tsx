import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { gql, messageOf } from '../api';
import { graphql } from '../gql';
import { formatDate, L, label } from '../i18n';
import { Badge, ErrorBox, Loaded, useQuery } from '../ui';

const Inbox = graphql(`
  query ConsoleInbox {
    mine: consultations(first: 100, filter: { heldByMe: true, status: [OPEN] }) {
      edges { node { id step dueAt overdue need { id title confidentiality company { nameJa } } } }
    }
    held: needs(first: 100, filter: { heldByMe: true, status: [OPEN, IN_PROGRESS] }) {
      edges { node { id title confidentiality consultationStep status company { nameJa } consultations { id status } } }
    }
    untaken: needs(first: 50, filter: { held: false, status: [OPEN] }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges { node { id title category confidentiality createdAt company { nameJa } } }
    }
  }
`);

const Take = graphql(`
  mutation ConsoleTakeNeed($needId: ID!) {
    openConsultation(input: { needId: $needId, channel: WEB }) { id step need { id } }
  }
`);

interface Item {
  needId: string;
  title: string;
  company: string | null;
  confidentiality: string;
  step: number;
  dueAt: string | null;
  overdue: boolean;
  recorded: boolean;
}

export function InboxPage() {
  const q = useQuery(Inbox, {});
  const [error, setError] = useState<string | null>(null);
  const take = async (needId: string) => {
    setError(null);
    try {
      await gql(Take, { needId });
      q.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <h1>{L('受信箱', 'Inbox')}</h1>
      {error && <ErrorBox message={error} />}
      <Loaded q={q}>
        {(data) => {
          const items: Item[] = data.mine.edges.map(({ node: c }) => ({
            needId: c.need!.id,
            title: c.need!.title,
            company: c.need!.company?.nameJa ?? null,
            confidentiality: c.need!.confidentiality,
            step: c.step,
            dueAt: c.dueAt ?? null,
            overdue: c.overdue,
            recorded: true,
          }));
          for (const { node: n } of data.held.edges) {
            if (items.some((i) => i.needId === n.id)) continue;
            items.push({
              needId: n.id,
              title: n.title,
              company: n.company?.nameJa ?? null,
              confidentiality: n.confidentiality,
              step: n.consultationStep,
              dueAt: null,
              overdue: false,
              recorded: false,
            });
          }
          // Overdue first, then by due date (none last).
          items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
          return (
            <div class="columns">
              <section aria-labelledby="held-heading">
                <h2 id="held-heading">{L('担当している相談・ニーズ', 'Consultations and needs I hold')}</h2>
                {[1, 2, 3].map((step) => {
                  const atStep = items.filter((i) => i.step === step);
                  return (
                    <div key={step} class="step-group">
                      <h3>
                        {L(`段階 ${step}`, `Step ${step}`)} —{' '}
                        {[L('受付窓口', 'Window'), L('総合支援窓口', 'Total-support desk'), L('連携支援室', 'Collaboration office')][step - 1]}
                        <span class="count">{atStep.length}</span>
                      </h3>
                      {atStep.length === 0 ? (
                        <p class="muted">{L('なし', 'None')}</p>
                      ) : (
                        <ul class="cards">
                          {atStep.map((i) => (
                            <li key={i.needId} class={`card inbox-item${i.overdue ? ' overdue' : ''}`}>
                              <Link href={`/needs/${i.needId}`}>{i.title}</Link>
                              <div class="meta">
                                {i.overdue && <Badge kind="danger">{L('期限切れ', 'Overdue')}</Badge>}
                                <span>
                                  {L('期限', 'Due')}: {formatDate(i.dueAt)}
                                </span>
                                {!i.recorded && <Badge>{L('相談記録なし', 'No consultation record')}</Badge>}
                                {i.confidentiality !== 'PUBLIC' && <Badge kind="warn">{label('Confidentiality', i.confidentiality)}</Badge>}
                                {i.company && <span>{i.company}</span>}
                              </div>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  );
                })}
              </section>
              <section aria-labelledby="new-heading">
                <h2 id="new-heading">
                  {L('未担当の新しいニーズ', 'New needs nobody holds')} <span class="count">{data.untaken.totalCount}</span>
                </h2>
                <ul class="cards">
                  {data.untaken.edges.map(({ node: n }) => (
                    <li key={n.id} class="card">
                      <Link href={`/needs/${n.id}`}>{n.title}</Link>
                      <div class="meta">
                        <span>{label('NeedCategory', n.category)}</span>
                        <span>{n.company?.nameJa ?? L('企業名非公開', 'Company withheld')}</span>
                        <span>{formatDate(n.createdAt)}</span>
                      </div>
                      <button type="button" onClick={() => take(n.id)} aria-label={`${L('担当する', 'Take')}: ${n.title}`}>
                        {L('担当する', 'Take')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
