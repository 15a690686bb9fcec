import { toGlobalId } from '../common/global-id';
import { fiscalYearOf } from '../kpis/fiscal-year';

/**
 * A ready-made operation shown in the playground: one tab each on a first visit, and in the
 * "操作例 / Examples" pane at any time.
 *
 * The playground only offers the examples that validate against the running schema, so an
 * example may be written before its query exists (it appears once the feature lands); the
 * HTTP tests fail when an example names existing fields wrongly.
 */
export interface PlaygroundExample {
  titleJa: string;
  titleEn: string;
  /** One named operation (the name becomes the tab title), with a bilingual comment on top. */
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The examples, in the order a coordinator meets them: sign in, search, matching, then
 * consultations, introductions and KPIs. Whatever an example writes into a record (notes, reasons) comes from its variables, never from text
 * fixed in the operation, so running one as-is cannot put an example's words into real data.
 */
export const PLAYGROUND_EXAMPLES: PlaygroundExample[] = [
  {
    titleJa: 'ログイン (トークンを全タブで使う)',
    titleEn: 'Sign in (the token is used by every tab)',
    query: `# 実行すると、この画面はトークンを覚え、すべてのタブの要求に Authorization ヘッダーを付けます。
# 再読み込みしても続きます。signOut (ログアウト) の実行で忘れます。デモ用アカウントは開発環境だけで使えます。
# Run it: the playground keeps the token and sends it as the Authorization header from every tab,
# across reloads, until signOut runs. The demo accounts work outside production only.
mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    token
    expiresAt
    account { email role displayName }
  }
}
`,
    variables: { email: 'coordinator@demo.musubi.example', password: 'demo-coordinator-2026' },
  },
  {
    titleJa: '公開中のシーズを「有機EL」で探す',
    titleEn: 'Published seeds about 有機EL (OLED)',
    query: `# 公開中の研究シーズのうち、題名・概要・キーワードに「有機EL」を含むものを新しい順に。
# Published research seeds whose title, summary or keywords contain "有機EL", newest first.
query PublishedSeedsOled($contains: String!, $first: Int = 10) {
  seeds(filter: { status: [PUBLISHED], contains: $contains }, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        trl
        keywords
        collaborationForms
        institution { nameJa kind }
        owners { nameJa }
        fields { code nameJa nameEn }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { contains: '有機EL', first: 10 },
  },
  {
    titleJa: 'シーズの詳細 (ID 指定)',
    titleEn: 'A seed by its ID',
    query: `# シーズ一覧の結果から id をコピーし、変数 id に貼り付けてから実行してください。
# Copy an id from a seed list into the "id" variable, then run.
query SeedById($id: ID!) {
  seed(id: $id) {
    id
    key
    title
    summary
    language
    trl
    status
    version
    keywords
    collaborationForms
    patents { number title status }
    owners { nameJa nameEn title }
    institution { nameJa nameEn kind }
    fields { code nameJa nameEn }
    updatedAt
  }
}
`,
    variables: { id: 'シーズ一覧の id を貼り付け / paste a seed id' },
  },
  {
    titleJa: '置賜地域の TRL 5 以上のシーズ',
    titleEn: 'Seeds at TRL 5 or more in Okitama (置賜)',
    query: `# 置賜 (JP-06-OKITAMA) の機関が持つ、技術成熟度 (TRL) 5 以上のシーズ。TRL の高い順。
# Seeds of institutions in Okitama (JP-06-OKITAMA) at TRL 5 or more, highest TRL first.
query OkitamaSeedsTrl5($regionCode: String!, $minTrl: Int!) {
  seeds(filter: { regionCode: $regionCode, minTrl: $minTrl }, orderBy: { field: TRL, direction: DESC }, first: 20) {
    totalCount
    edges { node { id title trl status institution { nameJa kind } } }
  }
}
`,
    variables: { regionCode: 'JP-06-OKITAMA', minTrl: 5 },
  },
  {
    titleJa: '置賜地域の公設試・高専・大学',
    titleEn: 'Public labs, KOSEN and universities in Okitama (置賜)',
    query: `# 置賜 (JP-06-OKITAMA) にある機関を種別で絞り込み、支援メニューと設備を見る。
# Institutions in Okitama (JP-06-OKITAMA) of the given kinds, with support menus and equipment.
query OkitamaInstitutions($regionCode: String!, $kinds: [InstitutionKind!]) {
  institutions(filter: { regionCode: $regionCode, kind: $kinds }, first: 20) {
    totalCount
    edges {
      node {
        id
        nameJa
        nameEn
        kind
        supportMenus
        equipment { name description }
      }
    }
  }
}
`,
    variables: { regionCode: 'JP-06-OKITAMA', kinds: ['PUBLIC_LAB', 'KOSEN', 'UNIVERSITY'] },
  },
  {
    titleJa: '相談段階 2 (総合支援窓口) のニーズ',
    titleEn: 'Needs at consultation step 2 (total-support desk)',
    query: `# 相談段階 2 (総合支援窓口) にある企業ニーズと、その担当者。
# Company needs at consultation step 2 (the total-support desk) and who holds them.
query NeedsAtStep2($step: Int!) {
  needs(filter: { consultationStep: $step }, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        category
        status
        consultationStep
        desiredTrl
        timeline
        company { nameJa }
        holder { name institution { nameJa } }
      }
    }
  }
}
`,
    variables: { step: 2 },
  },
  {
    titleJa: '研究会・協議会の会員',
    titleEn: "A consortium's members",
    query: `# 研究会・協議会をキー (key) で取得し、会員 (企業・機関・研究者) と役割を一覧する。
# 名称で探すには consortia(filter: { contains: "…" }) を使います。
# Fetch a consortium by its key and list its members (companies, institutions, researchers)
# and their roles. To search by name, use consortia(filter: { contains: "…" }).
query ConsortiumMembers($key: String!) {
  consortiumByKey(key: $key) {
    id
    nameJa
    nameEn
    secretariat { nameJa }
    members {
      role
      memberType
      member {
        __typename
        ... on Company { nameJa }
        ... on Institution { nameJa kind }
        ... on Researcher { nameJa }
      }
    }
  }
}
`,
    variables: { key: 'cs.oe-cluster' },
  },
  {
    titleJa: '分野の体系 (タクソノミー)',
    titleEn: 'The field taxonomy',
    query: `# 分野の体系。code の「.」が階層を表します (例: organic-electronics.oled-lighting)。
# The field taxonomy; dots in a code mark the hierarchy (e.g. organic-electronics.oled-lighting).
query FieldTaxonomy {
  researchFields {
    code
    parentCode
    depth
    nameJa
    nameEn
  }
}
`,
  },
  {
    titleJa: 'global ID で取得 (node): 置賜地域',
    titleEn: 'Any object by global ID (node): the Okitama region',
    query: `# どの型も node(id:) で取得できます。ここでは地域「置賜」。
# Any type can be fetched with node(id:); here the Okitama region.
query RegionByGlobalId($id: ID!) {
  node(id: $id) {
    id
    ... on Region { code kind nameJa nameEn parentCode }
  }
}
`,
    variables: { id: toGlobalId('Region', 'JP-06-OKITAMA') },
  },
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
