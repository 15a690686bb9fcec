import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { graphql } from '../gql';
import { formatDate, L, label, lang } from '../i18n';
import { Badge, ErrorBox, Field, Loaded, useQuery } from '../ui';
import { session } from '../session';

const SearchSeeds = graphql(`
  query ConsoleSearchSeeds($filter: SeedFilter) {
    seeds(first: 30, filter: $filter) { totalCount edges { node { id title trl status institution { nameJa nameEn } } } }
  }
`);
const SearchNeeds = graphql(`
  query ConsoleSearchNeeds($filter: NeedFilter) {
    needs(first: 30, filter: $filter) { totalCount edges { node { id title category confidentiality status consultationStep company { nameJa } } } }
  }
`);
const SeedQuery = graphql(`
  query ConsoleSeed($id: ID!) {
    seed(id: $id) {
      id title summary trl status language keywords collaborationForms updatedAt
      owners { id nameJa nameEn } institution { nameJa nameEn region { nameJa nameEn } } fields { code nameJa nameEn }
      patents { number title status }
    }
  }
`);

export function SearchPage() {
  const [kind, setKind] = useState<'seeds' | 'needs'>('seeds');
  const [text, setText] = useState('');
  const [minTrl, setMinTrl] = useState('');
  const [submitted, setSubmitted] = useState({ kind: 'seeds' as 'seeds' | 'needs', text: '', minTrl: '' });
  const canSeeNeeds = session()?.role !== 'COMPANY_USER';
  const seeds = useQuery(
    SearchSeeds,
    { filter: { contains: submitted.text || null, minTrl: submitted.minTrl ? Number(submitted.minTrl) : null } },
    submitted.kind !== 'seeds',
  );
  const needs = useQuery(SearchNeeds, { filter: { contains: submitted.text || null } }, submitted.kind !== 'needs');
  return (
    <>
      <h1>{L('検索', 'Search')}</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted({ kind, text, minTrl });
        }}
      >
        <Field id="s-kind" label={L('対象', 'Look for')}>
          <select id="s-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as 'seeds' | 'needs')}>
            <option value="seeds">{L('研究シーズ', 'Research seeds')}</option>
            {canSeeNeeds && <option value="needs">{L('企業ニーズ', 'Company needs')}</option>}
          </select>
        </Field>
        <Field id="s-text" label={L('キーワード', 'Words')}>
          <input id="s-text" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        {kind === 'seeds' && (
          <Field id="s-trl" label={L('TRL の下限', 'Minimum TRL')}>
            <input id="s-trl" type="number" min={1} max={9} value={minTrl} onInput={(e) => setMinTrl(e.currentTarget.value)} />
          </Field>
        )}
        <button type="submit" class="primary">
          {L('検索', 'Search')}
        </button>
      </form>
      {submitted.kind === 'seeds' ? (
        <Loaded q={seeds}>
          {(d) => (
            <>
              <p role="status">{L(`${d.seeds.totalCount} 件`, `${d.seeds.totalCount} found`)}</p>
              <ul class="cards">
                {d.seeds.edges.map(({ node: s }) => (
                  <li key={s.id} class="card">
                    <Link href={`/seeds/${s.id}`}>{s.title}</Link>
                    <div class="meta">
                      <span>TRL {s.trl}</span>
                      <span>{lang() === 'en' && s.institution.nameEn ? s.institution.nameEn : s.institution.nameJa}</span>
                      <span>{label('SeedStatus', s.status)}</span>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Loaded>
      ) : (
        <Loaded q={needs}>
          {(d) => (
            <>
              <p role="status">{L(`${d.needs.totalCount} 件`, `${d.needs.totalCount} found`)}</p>
              <ul class="cards">
                {d.needs.edges.map(({ node: n }) => (
                  <li key={n.id} class="card">
                    <Link href={`/needs/${n.id}`}>{n.title}</Link>
                    <div class="meta">
                      <span>{label('NeedCategory', n.category)}</span>
                      <span>{n.company?.nameJa ?? L('企業名非公開', 'Company withheld')}</span>
                      {n.confidentiality !== 'PUBLIC' && <Badge kind="warn">{label('Confidentiality', n.confidentiality)}</Badge>}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Loaded>
      )}
    </>
  );
}

export function SeedPage({ id }: { id: string }) {
  const q = useQuery(SeedQuery, { id });
  const name = (o: { nameJa: string; nameEn?: string | null } | null | undefined) => (o ? (lang() === 'en' && o.nameEn ? o.nameEn : o.nameJa) : '—');
  return (
    <Loaded q={q}>
      {({ seed }) =>
        !seed ? (
          <ErrorBox message={L('このシーズは見つかりません。', 'This seed was not found.')} />
        ) : (
          <>
            <h1>{seed.title}</h1>
            <div class="meta">
              <Badge>{label('SeedStatus', seed.status)}</Badge>
              <span>TRL {seed.trl}</span>
              <span>
                {L('更新', 'Updated')} {formatDate(seed.updatedAt)}
              </span>
              {session()?.researcherId && seed.owners.some((o) => o.id === session()?.researcherId) && (
                <Link href={`/my/seeds/${seed.id}/edit`}>{L('編集', 'Edit')}</Link>
              )}
            </div>
            <dl class="facts">
              <dt>{L('研究者', 'Researchers')}</dt>
              <dd>{seed.owners.map((o) => name(o)).join('、')}</dd>
              <dt>{L('機関', 'Institution')}</dt>
              <dd>
                {name(seed.institution)} ({name(seed.institution.region)})
              </dd>
              <dt>{L('分野', 'Fields')}</dt>
              <dd>{seed.fields.map((f) => name(f)).join('、') || '—'}</dd>
              <dt>{L('連携の形', 'Collaboration forms')}</dt>
              <dd>{seed.collaborationForms.map((f) => label('CollaborationForm', f)).join('、') || '—'}</dd>
              <dt>{L('キーワード', 'Keywords')}</dt>
              <dd>{seed.keywords.join('、') || '—'}</dd>
              <dt>{L('特許', 'Patents')}</dt>
              <dd>{seed.patents.map((p) => `${p.number}${p.title ? ` ${p.title}` : ''}`).join('、') || '—'}</dd>
            </dl>
            <p class="description">{seed.summary}</p>
          </>
        )
      }
    </Loaded>
  );
}
