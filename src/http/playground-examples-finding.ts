import { toGlobalId } from '../common/global-id';
import type { PlaygroundExample } from './playground-example';

/** Signing in, then finding things: seeds, institutions, needs, consortia, the taxonomy, any object by ID. */
export const FINDING_EXAMPLES: PlaygroundExample[] = [
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
];
