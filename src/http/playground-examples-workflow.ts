import { fiscalYearOf } from '../kpis/fiscal-year';
import type { PlaygroundExample } from './playground-example';

/** A coordinator's work: consultations, matching, introductions, funding and support plans, KPIs. */
export const WORKFLOW_EXAMPLES: PlaygroundExample[] = [
  {
    titleJa: '相談を受け付ける (段階1)',
    titleEn: 'Open a consultation (step 1)',
    query: `# 企業ニーズの id (needByKey(key: "n.solder-voids") などで取得) を貼り付けて実行。受付窓口は自分のコーディネータ記録です。
# Paste a need id (e.g. from needByKey(key: "n.solder-voids")), then run. The window is your own coordinator record.
mutation OpenConsultation($needId: ID!, $channel: ConsultationChannel!, $note: String) {
  openConsultation(input: { needId: $needId, channel: $channel, note: $note }) {
    id
    version
    step
    status
    dueAt
    holder { name }
    need { title consultationStep }
  }
}
`,
    variables: { needId: 'ニーズの id を貼り付け / paste a need id', channel: 'VISIT', note: '相談の内容を書く / describe the consultation' },
  },
  {
    titleJa: '相談を次の段階へ引き継ぐ',
    titleEn: 'Escalate a consultation to the next step',
    query: `# 段階2: 企業の地域の地域コーディネータ (総合支庁) へ。段階3: 公設試の連携支援室へ。version は直前に読んだ値。
# Step 2: the regional coordinator of the company's area; step 3: the public lab's collaboration office. Send the version you last read.
mutation EscalateConsultation($id: ID!, $expectedVersion: Int!, $reason: String!) {
  escalateConsultation(input: { id: $id, reason: $reason, expectedVersion: $expectedVersion }) {
    id
    version
    step
    holder { name }
    dueAt
    history { action fromStep toStep reason createdAt holder { name } }
  }
}
`,
    variables: { id: '相談の id を貼り付け / paste a consultation id', expectedVersion: 1, reason: '引き継ぐ理由を書く / why it moves on' },
  },
  {
    titleJa: '相談の振り分け候補 (機関・研究者)',
    titleEn: 'Route a consultation: ranked institutions and researchers',
    query: `# ニーズの種別 (技術・研究・経営) に合う機関と、シーズから見た研究者の候補。次の段階の担当者も表示します。
# Institutions fitting the need's category and researchers by their seeds, with who would take the next step.
query RouteConsultation($id: ID!) {
  routeConsultation(id: $id, first: 5) {
    nextStep
    nextHolder { name }
    institutions { score institution { nameJa kind } explanation { factor sentenceJa } }
    researchers { score researcher { nameJa } bestSeeds { seed { title } } }
  }
}
`,
    variables: { id: '相談の id を貼り付け / paste a consultation id' },
  },
  {
    titleJa: '自分の担当の相談・ニーズと期限切れ',
    titleEn: 'Consultations and needs I hold, and overdue ones',
    query: `# 自分が担当する対応中の相談と、期限を過ぎた相談。
# Open consultations I hold, and those past their due date.
query MyConsultations {
  mine: consultations(filter: { heldByMe: true, status: [OPEN] }, first: 20) {
    totalCount
    edges { node { id step dueAt overdue need { title } holder { name } } }
  }
  # 相談記録がなくても自分が担当しているニーズ (取り込み時に担当者が決まっていたものなど)。
  # Needs I hold, with or without a consultation record (e.g. a holder set by an import).
  heldNeeds: needs(filter: { heldByMe: true }, first: 20) {
    totalCount
    edges { node { id title consultationStep consultations { id status dueAt } } }
  }
  overdue: consultations(filter: { overdue: true }, first: 20) {
    totalCount
    edges { node { id step dueAt holder { name } need { title } } }
  }
}
`,
  },
  {
    titleJa: 'ニーズに合うシーズ候補 (理由つき)',
    titleEn: 'Seed candidates for a need, with reasons',
    query: `# ニーズ一覧 (例:「相談段階 2 のニーズ」) の id を変数 needId に貼り付けて実行。
# fit は STRONG (0.5 以上) / POSSIBLE (0.3 以上) / WEAK。テキストの一致が水準を決め、他の要因はそれを調整します。
# share は各要因 (一致した語) がスコアに占める割合。言語をまたぐ一致は「ヒケ ↔ sink marks」のように対で示します。
# Paste a need id (e.g. from "Needs at consultation step 2") into needId.
# fit: STRONG (≥ 0.5) / POSSIBLE (≥ 0.3) / WEAK. Text evidence sets the level; the other factors adjust it.
# share: each factor's (and matched term's) part of the score. Evidence across languages shows as pairs.
query MatchCandidates($needId: ID!) {
  matchCandidates(needId: $needId, first: 5, filter: { onlyPublished: true }) {
    totalCount
    edges {
      node {
        rank
        fit
        score
        summaryJa
        summaryEn
        duplicateCount
        seed { id key title language trl institution { nameJa } owners { nameJa } }
        explanation { factor share sentenceJa sentenceEn matchedTerms { kind labelJa labelEn share } }
      }
    }
  }
}
`,
    variables: { needId: 'ニーズの id を貼り付け / paste a need id' },
  },
  {
    titleJa: 'マッチングを提案する (スコアと理由を記録)',
    titleEn: 'Propose an introduction (score and reasons are kept)',
    query: `# matchCandidates の結果からシーズの id を選び、ニーズの id と一緒に貼り付けて実行。提案時のスコアと理由が保存されます。
# Pick a seed id from matchCandidates and paste it with the need id. The score and explanation of this moment are kept.
mutation ProposeMatch($needId: ID!, $seedId: ID!, $note: String) {
  proposeMatch(input: { needId: $needId, seedId: $seedId, note: $note }) {
    id
    version
    status
    score
    explanation { factor contribution sentenceJa }
    allowedTransitions
  }
}
`,
    variables: {
      needId: 'ニーズの id を貼り付け / paste a need id',
      seedId: 'シーズの id を貼り付け / paste a seed id',
      note: '提案の理由を書く (空欄可) / why (optional)',
    },
  },
  {
    titleJa: 'マッチングを進める (紹介・面談・協議・成約)',
    titleEn: 'Move an introduction on (introduced, meeting, negotiating, agreed)',
    query: `# to を INTRODUCED → MEETING → NEGOTIATING → AGREED の順に。成約では outcomeType が必須、辞退 (DECLINED) では declineReason が必須です。
# Set "to" to INTRODUCED, MEETING, NEGOTIATING, then AGREED; AGREED needs an outcomeType, DECLINED a declineReason.
mutation TransitionMatch($id: ID!, $expectedVersion: Int!, $to: MatchStatus!, $outcomeType: OutcomeType, $reason: String) {
  transitionMatch(input: { id: $id, expectedVersion: $expectedVersion, to: $to, outcomeType: $outcomeType, reason: $reason }) {
    id
    version
    status
    outcomeType
    agreedAt
    allowedTransitions
    history { fromStatus toStatus actorRole reason occurredAt }
  }
}
`,
    variables: { id: 'マッチングの id を貼り付け / paste an introduction id', expectedVersion: 1, to: 'INTRODUCED', outcomeType: null, reason: null },
  },
  {
    titleJa: '今年度のマッチング一覧 (成約・対応中)',
    titleEn: 'Introductions in progress and agreed',
    query: `# 対応中と成約のマッチング。提案者・ニーズ・シーズと提案時のスコア。
# Introductions in progress and agreed, with proposer, need, seed and the score when proposed.
query MatchesInProgress {
  matches(filter: { status: [PROPOSED, INTRODUCED, MEETING, NEGOTIATING, AGREED] }, first: 20) {
    totalCount
    edges { node { id status score proposedAt agreedAt outcomeType need { title } seed { title } proposedBy { name } } }
  }
}
`,
  },
  {
    titleJa: '資金制度の候補 (申請可否と理由)',
    titleEn: 'Funding programmes for a need (eligible or not, and why)',
    query: `# ニーズの id を needId に貼り付けて実行。申請できる制度が先、理由 (規模・地域・公募期間・TRL…) 付き。
# Paste a need id into needId: eligible programmes first, each condition with its reason (size, region, window, TRL…).
query FundingCandidates($needId: ID!) {
  fundingCandidatesForNeed(needId: $needId) {
    rank eligible score fit summaryJa summaryEn windowOpenNow
    window { opensOn closesOn }
    checks { criterion ok ja en }
    programme { id nameJa kind amountMaxYen coFundingRate provider { nameJa } }
  }
}
`,
    variables: { needId: 'ニーズの id を貼り付け / paste a need id' },
  },
  {
    titleJa: '支援プランの候補 (産学官金の組み合わせ)',
    titleEn: 'Support plan candidates (bringing 産学官金 together)',
    query: `# ニーズの id を needId に貼り付けて実行。研究・試験・ネットワーク・資金・経営支援を組み合わせたプランを、理由付きで。
# Paste a need id into needId: ranked plans combining research, testing, network, funding and management, with reasons.
query PlanCandidates($needId: ID!) {
  planCandidates(needId: $needId, first: 3) {
    plans {
      rank score missingRoles explanationJa explanationEn
      parts { role targetKind targetId labelJa score overCapacity reasonJa reasonEn }
    }
    excluded { role labelJa reasonJa reasonEn }
  }
}
`,
    variables: { needId: 'ニーズの id を貼り付け / paste a need id' },
  },
  {
    titleJa: '支援プランを提案する',
    titleEn: 'Propose a support plan',
    query: `# 候補の targetId を parts に貼り付けて実行。構成要素ごとにマッチングが作られ、プランの状態はそれに従います。
# Paste targetIds from the candidates into parts: each part becomes an introduction; the plan's status follows them.
mutation ProposePlan($needId: ID!, $parts: [PlanPartInput!]!, $note: String) {
  proposePlan(input: { needId: $needId, parts: $parts, note: $note }) {
    id version status score explanationJa
    parts { role reasonJa match { id status targetKind } }
    history { action role status reason }
  }
}
`,
    variables: {
      needId: 'ニーズの id を貼り付け / paste a need id',
      parts: [
        { role: 'RESEARCH', seedId: 'シーズの id を貼り付け / paste a seed id' },
        { role: 'TESTING', institutionId: '公設試の id を貼り付け / paste a public lab id' },
        { role: 'FUNDING', fundingProgrammeId: '資金制度の id を貼り付け / paste a funding programme id' },
      ],
      note: '提案の理由を書く (空欄可) / why (optional)',
    },
  },
  {
    titleJa: '支援プランの構成要素を差し替える',
    titleEn: 'Replace a part of a support plan',
    query: `# プランの id と version、新しい構成要素を指定。元のマッチングは取り下げられ、履歴に残ります。
# Give the plan's id and version and the new part: the old introduction is withdrawn and kept in the history.
mutation ReplacePlanPart($planId: ID!, $expectedVersion: Int!, $part: PlanPartInput!, $reason: String) {
  replacePlanPart(input: { planId: $planId, expectedVersion: $expectedVersion, part: $part, reason: $reason }) {
    id version status score
    parts(includeRemoved: true) { role removedAt match { status } }
    history { action role reason }
  }
}
`,
    variables: {
      planId: '支援プランの id を貼り付け / paste a support plan id',
      expectedVersion: 1,
      part: { role: 'FUNDING', institutionId: '金融機関の id を貼り付け / paste a bank id' },
      reason: '差し替えの理由を書く / why',
    },
  },
  {
    titleJa: '今年度の実績 (KPI)',
    titleEn: 'This fiscal year in figures (KPIs)',
    query: `# 相談・マッチング・成約の件数を記録から集計します (年度は4月〜3月、日本時間)。fiscalYear を変えて他の年度も。
# Figures counted from the records (fiscal year April to March, Japan time). Change fiscalYear for other years.
query Kpis($fiscalYear: Int!, $regionCode: String) {
  kpis(fiscalYear: $fiscalYear, regionCode: $regionCode) {
    label
    labelJa
    consultationsByStep { step opened resolved closed }
    matches { proposed introduced agreed declined withdrawn }
    agreedByOutcome { outcomeType count amountYen }
    declinedByReason { declineReason count }
    matchesByMonth { month proposed agreed }
    medianDaysToAgreement
    gapsByField { fieldCode fieldNameJa needs needsWithoutCandidate }
    plans { proposed agreed partlyAgreed agreedPartsByRole { role count } fundingApplicationsSupported shareAnsweredByMultipleKinds }
  }
  kpiCsv(fiscalYear: $fiscalYear, regionCode: $regionCode)
}
`,
    // The fiscal year the server is in when it starts (April–March, Japan time).
    variables: { fiscalYear: fiscalYearOf(new Date()), regionCode: 'JP-06' },
  },
];
