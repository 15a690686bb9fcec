/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Role of an account / アカウントの役割 */
export type AccountRole =
  /** 事務局 administrator: accounts, keys, institutions, consortia, taxonomy, regions */
  | 'ADMIN'
  /** 企業: their own company and its needs */
  | 'COMPANY_USER'
  /** コーディネータ: all needs, matching, imports and exports */
  | 'COORDINATOR'
  /** 研究者: their own seeds; needs at the confidentiality level that allows it */
  | 'RESEARCHER';

/** Whether an account may sign in / 利用状況 */
export type AccountStatus =
  /** 有効 active */
  | 'ACTIVE'
  /** 無効 disabled: cannot sign in, its tokens are refused */
  | 'DISABLED';

/** Add a part to a plan in a role it does not fill yet / 構成要素を追加する */
export type AddPlanPartInput = {
  /** The plan’s version as read */
  expectedVersion: number;
  /** The new part */
  part: PlanPartInput;
  /** The plan */
  planId: string;
  /** Why / 理由 */
  reason?: string | null | undefined;
};

/** A researcher’s answer to a proposal made to them: accept (→ INTRODUCED) or decline / 研究者の回答 */
export type AnswerMatchInput = {
  /** True: accept to be introduced; false: decline (declineReason required) */
  accept: boolean;
  /** Required when declining */
  declineReason?: DeclineReason | null | undefined;
  /** The version you last read */
  expectedVersion: number;
  /** The introduction */
  id: string;
  /** A note / メモ */
  reason?: string | null | undefined;
};

/** What a partner API key may do / API キーの権限 */
export type ApiKeyScope =
  /** 公開情報の参照: published seeds, institutions, consortia, taxonomy, regions */
  | 'READ_PUBLISHED'
  /** ニーズの代理登録: submitNeed on behalf of a company */
  | 'SUBMIT_NEEDS';

/** Form of collaboration / 連携の形態 */
export type CollaborationForm =
  /** 受託研究 contract research */
  | 'CONTRACT_RESEARCH'
  /** 設備利用 equipment use */
  | 'EQUIPMENT_USE'
  /** 共同研究 joint research */
  | 'JOINT_RESEARCH'
  /** ライセンス licensing */
  | 'LICENSING'
  /** 技術指導 technical guidance */
  | 'TECHNICAL_GUIDANCE';

/** Who may see a need / 公開範囲 */
export type Confidentiality =
  /** 非公開 only an anonymised summary outside coordinators */
  | 'CONFIDENTIAL'
  /** 公開 public */
  | 'PUBLIC'
  /** 企業名非公開 company hidden from researchers and partners */
  | 'RESTRICTED';

/** What happened to a consultation / 相談の履歴の種類 */
export type ConsultationAction =
  /** 終了 closed */
  | 'CLOSED'
  /** 引継ぎ escalated to the next step */
  | 'ESCALATED'
  /** 受付 opened at step 1 by a window */
  | 'OPENED'
  /** 解決 resolved */
  | 'RESOLVED';

/** How the company reached the window / 相談の受付経路 */
export type ConsultationChannel =
  /** メール e-mail */
  | 'EMAIL'
  /** イベント・セミナー event */
  | 'EVENT'
  /** 電話 phone */
  | 'PHONE'
  /** 紹介 referral from another body */
  | 'REFERRAL'
  /** 来訪・訪問 visit */
  | 'VISIT'
  /** Web フォーム web form */
  | 'WEB';

/** State of a consultation / 相談の状態 */
export type ConsultationStatus =
  /** 終了 closed without (further) resolution */
  | 'CLOSED'
  /** 対応中 open: someone holds it */
  | 'OPEN'
  /** 解決 resolved */
  | 'RESOLVED';

/** A new account; the links required depend on the role / アカウントの作成 */
export type CreateAccountInput = {
  /** COMPANY_USER: the company */
  companyId?: string | null | undefined;
  /** COORDINATOR: the coordinator record (its institution becomes the scope) */
  coordinatorId?: string | null | undefined;
  /** Name shown in the UI */
  displayName?: string | null | undefined;
  /** E-mail used to sign in (stored normalised and lower case) */
  email: string;
  /** Initial password, 12 to 200 characters (never returned or logged) */
  password: string;
  /** RESEARCHER: the researcher record */
  researcherId?: string | null | undefined;
  /** Role */
  role: AccountRole;
};

/** A new partner API key / API キーの発行 */
export type CreateApiKeyInput = {
  /** Name, e.g. the portal it is for (at most 200 characters) */
  name: string;
  /** The institution that owns the key (global ID) */
  ownerInstitutionId: string;
  /** Requests allowed per minute (default 60) */
  rateLimitPerMinute?: number;
  /** What the key may do (one or more) */
  scopes: Array<ApiKeyScope>;
};

/** Why an introduction was declined: the feedback ranking learns from / 辞退理由 */
export type DeclineReason =
  /** 体制・余力 no capacity (people, time, equipment) */
  | 'CAPACITY'
  /** 秘密保持 confidentiality concerns */
  | 'CONFIDENTIALITY'
  /** 費用 cost */
  | 'COST'
  /** 内容が合わない not relevant: this seed is never proposed for this need again */
  | 'NOT_RELEVANT'
  /** その他 other (explain in the note) */
  | 'OTHER'
  /** 時期尚早 the technology is at too early a stage */
  | 'TOO_EARLY_STAGE';

/** Drop a plan’s part (its open introduction is withdrawn, its row kept) / 構成要素を外す */
export type DropPlanPartInput = {
  /** The plan’s version as read */
  expectedVersion: number;
  /** The plan */
  planId: string;
  /** Why / 理由 */
  reason?: string | null | undefined;
  /** The role of the part dropped */
  role: SupportPlanRole;
};

/** Hand a consultation to the next step / 次の段階へ引き継ぐ */
export type EscalateConsultationInput = {
  /** When the next action is due; default 5 days (step 2) or 10 days (step 3) from now */
  dueAt?: string | null | undefined;
  /** The version you last read */
  expectedVersion: number;
  /** The consultation */
  id: string;
  /** Why the current step cannot solve it / 引継ぎの理由 */
  reason: string;
};

/** Kind of institution / 機関の種別 */
export type InstitutionKind =
  /** 金融機関 financial institution */
  | 'FINANCIAL_INSTITUTION'
  /** 行政 (県・市) government */
  | 'GOVERNMENT'
  /** 工業会・協議会 industry association */
  | 'INDUSTRY_ASSOCIATION'
  /** 高等専門学校 (高専) national college of technology */
  | 'KOSEN'
  /** NPO 法人 non-profit organisation */
  | 'NPO'
  /** 公設試験研究機関 (公設試) public research lab */
  | 'PUBLIC_LAB'
  /** 研究所 research institute */
  | 'RESEARCH_INSTITUTE'
  /** 産業支援機関 industrial support organisation */
  | 'SUPPORT_ORGANIZATION'
  /** 大学 university */
  | 'UNIVERSITY';

/** Language a text is written in / 記述言語 */
export type Language =
  /** 英語 English */
  | 'EN'
  /** 日本語 Japanese */
  | 'JA';

/** A factor of a match score / マッチングの評価要素 */
export type MatchFactorName =
  /** 連携形態 collaboration forms offered versus wanted */
  | 'COLLABORATION_FORM_FIT'
  /** 分野の近さ field taxonomy proximity */
  | 'FIELD_PROXIMITY'
  /** 鮮度 freshness of the candidate */
  | 'FRESHNESS'
  /** 地域 region: same area > same prefecture > cooperating prefectures > elsewhere */
  | 'REGION_FIT'
  /** 研究者の負荷 researcher load (open introductions) */
  | 'RESEARCHER_LOAD'
  /** 振り分けの適合 routing fit: institution kind and support menus for the need’s category (institutions only) */
  | 'ROUTING_FIT'
  /** テキストの一致 text relevance: BM25 over words, character bigrams and bilingual concepts */
  | 'TEXT_RELEVANCE'
  /** 技術成熟度の適合 TRL fit (a seed below the wished TRL loses more than one above) */
  | 'TRL_FIT'
  /** つながり warm path: shared consortium or earlier collaboration */
  | 'WARM_PATH';

/** Filters for seed candidates; all given conditions must hold / シーズ候補の絞り込み */
export type MatchFilter = {
  /** The seed must offer this form of collaboration */
  collaborationForm?: CollaborationForm | null | undefined;
  /** Seeds to leave out (global IDs), e.g. those already proposed for this need */
  excludeSeedIds?: Array<string> | null | undefined;
  /** Kinds of the seed's institution */
  institutionKind?: Array<InstitutionKind> | null | undefined;
  /** Minimum technology readiness level (1–9) */
  minTrl?: number | null | undefined;
  /** Only PUBLISHED seeds (default). False also admits DRAFT seeds; they are not in the text index and are found by shared field only */
  onlyPublished?: boolean | null | undefined;
  /** Region of the seed's institution (e.g. `JP-06`); regions inside it match too */
  regionCode?: string | null | undefined;
};

/** How well a candidate fits, read from its score with fixed thresholds (README: How matching works) / 適合度 */
export type MatchFit =
  /** 可能性あり 0.3 ≤ score < 0.5: some shared evidence, read the reasons first */
  | 'POSSIBLE'
  /** 有力 score ≥ 0.5: strong shared evidence, worth an introduction */
  | 'STRONG'
  /** 弱い score < 0.3: little or no shared evidence */
  | 'WEAK';

/** Where an introduction stands / マッチングの状態 */
export type MatchStatus =
  /** 成約 agreed (an outcome type is recorded) */
  | 'AGREED'
  /** 辞退・見送り declined (with a reason) */
  | 'DECLINED'
  /** 紹介済み introduced (the two sides were put in touch) */
  | 'INTRODUCED'
  /** 面談 meeting held or arranged */
  | 'MEETING'
  /** 協議中 negotiating terms */
  | 'NEGOTIATING'
  /** 提案 proposed by a coordinator */
  | 'PROPOSED'
  /** 取り下げ withdrawn by the coordinator or the company */
  | 'WITHDRAWN';

/** What the need is introduced to / 紹介先の種類 */
export type MatchTargetKind =
  /** 研究会・協議会 a consortium */
  | 'CONSORTIUM'
  /** 資金制度 a funding programme (the company is introduced to its provider for an application) */
  | 'FUNDING'
  /** 機関 an institution */
  | 'INSTITUTION'
  /** 研究者 a researcher */
  | 'RESEARCHER'
  /** 研究シーズ a seed */
  | 'SEED';

/** Category of a need; it decides routing / 課題の種別 (相談の振り分け先を決める) */
export type NeedCategory =
  /** 経営的課題 management → support organisations and banks */
  | 'MANAGEMENT'
  /** 研究課題 research → universities and KOSEN */
  | 'RESEARCH'
  /** 技術的課題 technical → public labs and technology foundations */
  | 'TECHNICAL';

/** Filters for needs; all given conditions must hold */
export type NeedFilter = {
  /** Categories to include */
  category?: Array<NeedCategory> | null | undefined;
  /** Company (global ID) */
  companyId?: string | null | undefined;
  /** Confidentiality levels to include */
  confidentiality?: Array<Confidentiality> | null | undefined;
  /** Consultation step (1–3) */
  consultationStep?: number | null | undefined;
  /** Text that must occur in title, description or keywords (every space-separated term) */
  contains?: string | null | undefined;
  /** Taxonomy node code; its descendants match too */
  fieldCode?: string | null | undefined;
  /** true: needs someone holds; false: needs nobody holds yet, waiting to be taken (openConsultation takes one) / 担当者の有無 */
  held?: boolean | null | undefined;
  /** true: needs held by the caller’s own coordinator record (none for callers without one) / 自分が担当するニーズ */
  heldByMe?: boolean | null | undefined;
  /** Holding coordinator (global ID) */
  holderId?: string | null | undefined;
  /** Language */
  language?: Language | null | undefined;
  /** Region code of the need's company; regions inside it match too */
  regionCode?: string | null | undefined;
  /** Statuses to include (default: all but ARCHIVED) */
  status?: Array<NeedStatus> | null | undefined;
  /** Analysed search / 解析検索: the words of the matching engine, so variants, kana/kanji forms and concepts across Japanese and English match (メッキ finds めっき and 鍍金, 有機EL finds OLED); every space-separated part must match. Without orderBy, the most relevant first. Needs not archived are searched through the matching index; archived ones match literally (as `contains`) and come after them. A CONFIDENTIAL need whose details are withheld from the viewer matches on its title only, literally */
  text?: string | null | undefined;
};

/** Status of a need / 対応状況 */
export type NeedStatus =
  /** アーカイブ archived */
  | 'ARCHIVED'
  /** 終了 (未解決) closed unresolved */
  | 'CLOSED'
  /** 対応中 in progress */
  | 'IN_PROGRESS'
  /** 受付 open */
  | 'OPEN'
  /** 解決 resolved */
  | 'RESOLVED';

/** When the company wants a solution / 希望時期 */
export type NeedTimeline =
  /** 未定 undecided */
  | 'UNDECIDED'
  /** 1年以内 */
  | 'WITHIN_1_YEAR'
  /** 3か月以内 */
  | 'WITHIN_3_MONTHS'
  /** 3年以内 */
  | 'WITHIN_3_YEARS'
  /** 半年以内 */
  | 'WITHIN_6_MONTHS';

/** What a notification is about; e-mail can be turned off per kind / 通知の種類 */
export type NotificationKind =
  /** コーディネータ: a consultation was escalated and you hold its next step */
  | 'CONSULTATION_ESCALATED'
  /** コーディネータ: a consultation you hold passed its due date */
  | 'CONSULTATION_OVERDUE'
  /** 企業: an introduction for your need was proposed or moved on */
  | 'NEED_PROGRESS'
  /** 研究者: a proposal made to you or your seed */
  | 'PROPOSAL_TO_ME'
  /** コーディネータ: a need arrived in your area with nobody holding it */
  | 'UNHELD_NEED';

/** A consultation taken in by a window / 相談の受付 */
export type OpenConsultationInput = {
  /** How the company reached the window */
  channel: ConsultationChannel;
  /** When the next action is due; default 7 days from now */
  dueAt?: string | null | undefined;
  /** The need the consultation is about */
  needId: string;
  /** What the company asked / 相談内容のメモ */
  note?: string | null | undefined;
  /** The window (a coordinator); default: the caller’s own coordinator record */
  windowId?: string | null | undefined;
};

/** What an agreed introduction became / 成約の種類 */
export type OutcomeType =
  /** 受託研究 contract research */
  | 'CONTRACT_RESEARCH'
  /** 補助金等の共同申請 grant application */
  | 'GRANT_APPLICATION'
  /** 共同研究 joint research */
  | 'JOINT_RESEARCH'
  /** ライセンス licence */
  | 'LICENSE'
  /** 受発注 business order */
  | 'ORDER'
  /** 技術指導 technical guidance */
  | 'TECHNICAL_GUIDANCE';

/** A patent or application behind a seed */
export type PatentInput = {
  /** Application or registration number */
  number: string;
  /** Pending, granted or expired */
  status?: PatentStatus;
  /** Title of the invention */
  title?: string | null | undefined;
};

/** Status of a patent / 特許の状態 */
export type PatentStatus =
  /** 消滅 expired */
  | 'EXPIRED'
  /** 登録済 granted */
  | 'GRANTED'
  /** 出願中 pending */
  | 'PENDING';

/** One part of a support plan: its role and exactly one target / 支援プランの構成要素 */
export type PlanPartInput = {
  /** A consortium (network) */
  consortiumId?: string | null | undefined;
  /** A funding programme (funding) */
  fundingProgrammeId?: string | null | undefined;
  /** An institution (testing, management, or a bank for funding) */
  institutionId?: string | null | undefined;
  /** A researcher (research) */
  researcherId?: string | null | undefined;
  /** The role it plays */
  role: SupportPlanRole;
  /** A seed (research) */
  seedId?: string | null | undefined;
};

/** Propose an introduction: the need and exactly one of seed, researcher, institution, consortium, funding programme / マッチングを提案する */
export type ProposeMatchInput = {
  /** Introduce to this consortium */
  consortiumId?: string | null | undefined;
  /** Introduce to this funding programme (its provider, for an application) / 資金制度 */
  fundingProgrammeId?: string | null | undefined;
  /** Introduce to this institution */
  institutionId?: string | null | undefined;
  /** The need */
  needId: string;
  /** Why this introduction / 提案メモ */
  note?: string | null | undefined;
  /** Introduce to this researcher */
  researcherId?: string | null | undefined;
  /** Introduce to this seed */
  seedId?: string | null | undefined;
};

/** Propose a support plan: the need and its parts; each part becomes an introduction / 支援プランを提案する */
export type ProposePlanInput = {
  /** The need */
  needId: string;
  /** Why this plan / 提案メモ */
  note?: string | null | undefined;
  /** The parts, one per role (1–5) */
  parts: Array<PlanPartInput>;
};

/** Level of a region / 地域の階層 */
export type RegionKind =
  /** 地域 (総合支庁の管轄など) area within a prefecture */
  | 'AREA'
  /** 国 country */
  | 'COUNTRY'
  /** 都道府県 prefecture */
  | 'PREFECTURE';

/** A new research seed / 研究シーズの登録 */
export type RegisterSeedInput = {
  /** Forms of collaboration offered */
  collaborationForms?: Array<CollaborationForm>;
  /** Field taxonomy codes (at most 10) */
  fieldCodes?: Array<string>;
  /** Institution (global ID); the first owner's institution when omitted */
  institutionId?: string | null | undefined;
  /** Marks fictional demo data */
  isFictional?: boolean;
  /** Stable external key; generated when omitted */
  key?: string | null | undefined;
  /** Keywords (at most 30, each at most 50 characters) */
  keywords?: Array<string>;
  /** Language of the text; detected from the text when omitted */
  language?: Language | null | undefined;
  /** Owner researchers (global IDs), at least one */
  ownerIds: Array<string>;
  /** Patents and applications */
  patents?: Array<PatentInput>;
  /** DRAFT or PUBLISHED */
  status?: SeedStatus;
  /** Summary (at most 5,000 characters) */
  summary: string;
  /** Title (at most 200 characters) */
  title: string;
  /** Technology readiness level 1–9 */
  trl: number;
};

/** Replace a plan’s part in one role by another target (the old introduction is withdrawn, its row kept) / 構成要素を差し替える */
export type ReplacePlanPartInput = {
  /** The plan’s version as read */
  expectedVersion: number;
  /** The new part (its role names the part replaced) */
  part: PlanPartInput;
  /** The plan */
  planId: string;
  /** Why / 理由 */
  reason?: string | null | undefined;
};

/** Filters for seeds; all given conditions must hold */
export type SeedFilter = {
  /** Offers this form of collaboration */
  collaborationForm?: CollaborationForm | null | undefined;
  /** Text that must occur in title, summary or keywords (Japanese or English; every space-separated term) */
  contains?: string | null | undefined;
  /** Taxonomy node code; its descendants match too */
  fieldCode?: string | null | undefined;
  /** Institution (global ID) */
  institutionId?: string | null | undefined;
  /** Kinds of the seed's institution */
  institutionKind?: Array<InstitutionKind> | null | undefined;
  /** Language */
  language?: Language | null | undefined;
  /** Maximum TRL */
  maxTrl?: number | null | undefined;
  /** Minimum TRL */
  minTrl?: number | null | undefined;
  /** Owner researcher (global ID) */
  ownerId?: string | null | undefined;
  /** Region code of the seed's institution; regions inside it match too */
  regionCode?: string | null | undefined;
  /** Statuses to include (default: DRAFT and PUBLISHED) */
  status?: Array<SeedStatus> | null | undefined;
  /** Analysed search / 解析検索: the words of the matching engine, so variants, kana/kanji forms and concepts across Japanese and English match (メッキ finds めっき and 鍍金, 有機EL finds OLED); every space-separated part must match. Without orderBy, the most relevant first. Published seeds are searched through the matching index; drafts and archived seeds the viewer may see match literally (as `contains`) and come after them */
  text?: string | null | undefined;
};

/** Publication status of a seed / 公開状態 */
export type SeedStatus =
  /** アーカイブ archived */
  | 'ARCHIVED'
  /** 下書き draft (visible to its owners and coordinators) */
  | 'DRAFT'
  /** 公開 published */
  | 'PUBLISHED';

/** What happened to a support plan / 支援プランの履歴の種類 */
export type SupportPlanAction =
  /** 追加 a part was added */
  | 'PART_ADDED'
  /** 削除 a part was dropped (its open introduction withdrawn) */
  | 'PART_DROPPED'
  /** 差し替え a part was replaced by another */
  | 'PART_REPLACED'
  /** 提案 the plan was proposed with its parts */
  | 'PROPOSED'
  /** 状態変化 the plan’s status followed its parts */
  | 'STATUS_CHANGED';

/** The role a part plays in a support plan / 支援プランでの役割 */
export type SupportPlanRole =
  /** 資金 a funding programme or a bank (金) */
  | 'FUNDING'
  /** 経営支援 a support organisation’s management support */
  | 'MANAGEMENT'
  /** ネットワーク a consortium (研究会・協議会) */
  | 'NETWORK'
  /** 研究 a seed or researcher (学) */
  | 'RESEARCH'
  /** 試験・設備 a public lab’s testing, equipment and prototyping (官) */
  | 'TESTING';

/** Where a support plan stands, read from its parts / 支援プランの状態 */
export type SupportPlanStatus =
  /** 進行中 some parts are open, none agreed yet */
  | 'ACTIVE'
  /** 成約 every part agreed */
  | 'AGREED'
  /** 終了 every part declined or withdrawn (or dropped) */
  | 'CLOSED'
  /** 一部成約 some parts agreed, others open or ended */
  | 'PARTLY_AGREED';

/** Move an introduction one step (or decline / withdraw it) / マッチングの状態を進める */
export type TransitionMatchInput = {
  /** Amount in yen, when agreeing / 金額 (円) */
  amountYen?: number | null | undefined;
  /** Required when declining / 辞退理由 (必須) */
  declineReason?: DeclineReason | null | undefined;
  /** The version you last read */
  expectedVersion: number;
  /** The introduction */
  id: string;
  /** Required when agreeing / 成約の種類 (必須) */
  outcomeType?: OutcomeType | null | undefined;
  /** Why / a note: free text (required with declineReason OTHER) / 理由・メモ */
  reason?: string | null | undefined;
  /** Start date of the agreed collaboration, YYYY-MM-DD / 開始日 */
  startDate?: string | null | undefined;
  /** The next state: the next step, DECLINED or WITHDRAWN */
  to: MatchStatus;
};

/** Changes to a seed; omitted fields stay as they are / 研究シーズの更新 */
export type UpdateSeedInput = {
  /** Forms offered (replaces the list) */
  collaborationForms?: Array<CollaborationForm> | null | undefined;
  /** The `version` you last read; a newer stored version makes the update fail with CONFLICT */
  expectedVersion: number;
  /** Field codes (replaces the list) */
  fieldCodes?: Array<string> | null | undefined;
  /** The seed (global ID) */
  id: string;
  /** Institution */
  institutionId?: string | null | undefined;
  /** Keywords (replaces the list) */
  keywords?: Array<string> | null | undefined;
  /** Language */
  language?: Language | null | undefined;
  /** Owner researchers (replaces the list) */
  ownerIds?: Array<string> | null | undefined;
  /** Patents (replaces the list) */
  patents?: Array<PatentInput> | null | undefined;
  /** DRAFT, PUBLISHED or ARCHIVED */
  status?: SeedStatus | null | undefined;
  /** Summary */
  summary?: string | null | undefined;
  /** Title */
  title?: string | null | undefined;
  /** TRL 1–9 */
  trl?: number | null | undefined;
};

export type MatchFactorBarsFragment = { factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string };

export type SeedCandidateCardFragment = { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, seed: { id: string, title: string, trl: number, collaborationForms: Array<CollaborationForm>, owners: Array<{ id: string, nameJa: string, nameEn: string | null }>, institution: { id: string, nameJa: string, nameEn: string | null, kind: InstitutionKind, region: { code: string, nameJa: string, nameEn: string } | null } }, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> };

export type NeedCandidateCardFragment = { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, need: { id: string, title: string, category: NeedCategory, confidentiality: Confidentiality, desiredTrl: number | null, timeline: NeedTimeline, company: { nameJa: string, nameEn: string | null } | null, region: { nameJa: string, nameEn: string } | null, holder: { name: string, email: string | null } | null }, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> };

export type ResearcherCandidateCardFragment = { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, researcher: { id: string, nameJa: string, nameEn: string | null, title: string | null, institution: { nameJa: string, nameEn: string | null } }, bestSeeds: Array<{ seed: { id: string, title: string, trl: number } }>, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> };

export type InstitutionCandidateCardFragment = { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, institution: { id: string, nameJa: string, nameEn: string | null, kind: InstitutionKind, region: { nameJa: string, nameEn: string } | null }, bestSeed: { id: string, title: string } | null, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> };

export type ConsortiumCandidateCardFragment = { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, consortium: { id: string, nameJa: string, nameEn: string | null, region: { nameJa: string, nameEn: string } | null, secretariat: { nameJa: string, nameEn: string | null } | null }, bestSeed: { id: string, title: string } | null, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> };

export type ConsoleSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSignOutMutation = { signOut: boolean };

export type ConsoleNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNotificationsQuery = { notifications: Array<{ id: string, kind: NotificationKind, titleJa: string, titleEn: string, bodyJa: string, bodyEn: string, createdAt: string, readAt: string | null, emailStatus: string }>, notificationSettings: { language: string, emailMuted: Array<NotificationKind> } };

export type ConsoleMarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type ConsoleMarkNotificationsReadMutation = { markNotificationsRead: number };

export type ConsoleNotificationSettingsMutationVariables = Exact<{
  language?: string | null | undefined;
  emailMuted?: Array<NotificationKind> | NotificationKind | null | undefined;
}>;


export type ConsoleNotificationSettingsMutation = { updateNotificationSettings: { language: string, emailMuted: Array<NotificationKind> } };

export type ConsoleUnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleUnreadNotificationsQuery = { notifications: Array<{ id: string }> };

export type ConsoleAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAdminQuery = { accounts: Array<{ id: string, email: string, role: AccountRole, status: AccountStatus, displayName: string | null, lastSignInAt: string | null }>, apiKeys: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, ownerInstitution: { nameJa: string } | null }>, weightSets: Array<{ version: number, active: boolean, activatedAt: string | null, createdAt: string, createdBy: string, weights: Array<{ factor: MatchFactorName, weight: number }> }>, institutions: { edges: Array<{ node: { id: string, nameJa: string } }> } };

export type ConsoleCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConsoleCreateAccountMutation = { createAccount: { id: string } };

export type ConsoleCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConsoleCreateKeyMutation = { createApiKey: { key: string, apiKey: { id: string, prefix: string } } };

export type ConsoleRevokeKeyMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleRevokeKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type ConsoleInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInboxQuery = { mine: { edges: Array<{ node: { id: string, step: number, dueAt: string | null, overdue: boolean, need: { id: string, title: string, confidentiality: Confidentiality, company: { nameJa: string } | null } | null } }> }, held: { edges: Array<{ node: { id: string, title: string, confidentiality: Confidentiality, consultationStep: number, status: NeedStatus, company: { nameJa: string } | null, consultations: Array<{ id: string, status: ConsultationStatus }> } }> }, untaken: { totalCount: number, edges: Array<{ node: { id: string, title: string, category: NeedCategory, confidentiality: Confidentiality, createdAt: string, company: { nameJa: string } | null } }> } };

export type ConsoleTakeNeedMutationVariables = Exact<{
  needId: string;
}>;


export type ConsoleTakeNeedMutation = { openConsultation: { id: string, step: number, need: { id: string } | null } };

export type ConsoleKpisQueryVariables = Exact<{
  fiscalYear: number;
  regionCode?: string | null | undefined;
  institutionId?: string | null | undefined;
}>;


export type ConsoleKpisQuery = { kpis: { fiscalYear: number, label: string, labelJa: string, medianDaysToAgreement: number | null, gapThreshold: number, matches: { proposed: number, introduced: number, agreed: number, declined: number, withdrawn: number }, matchesByMonth: Array<{ month: string, proposed: number, introduced: number, meeting: number, negotiating: number, agreed: number, declined: number, withdrawn: number }>, agreedByOutcome: Array<{ outcomeType: OutcomeType, count: number, amountYen: number }>, gapsByField: Array<{ fieldCode: string, fieldNameJa: string, fieldNameEn: string, needs: number, needsWithoutCandidate: number }>, consultationsByStep: Array<{ step: number, opened: number, resolved: number, closed: number }> } };

export type ConsoleKpiFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleKpiFiltersQuery = { regions: Array<{ code: string, kind: RegionKind, nameJa: string, nameEn: string }>, institutions: { edges: Array<{ node: { id: string, nameJa: string, nameEn: string | null } }> } };

export type ConsoleKpiCsvQueryVariables = Exact<{
  fiscalYear: number;
  regionCode?: string | null | undefined;
  institutionId?: string | null | undefined;
}>;


export type ConsoleKpiCsvQuery = { kpiCsv: string };

export type ConsoleMySeedsQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleMySeedsQuery = { researcher: { id: string, nameJa: string, seeds: Array<{ id: string, title: string, trl: number, status: SeedStatus, updatedAt: string }> } | null };

export type ConsoleSeedForEditQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleSeedForEditQuery = { seed: { id: string, version: number, title: string, summary: string, trl: number, status: SeedStatus, keywords: Array<string>, collaborationForms: Array<CollaborationForm>, fieldCodes: Array<string> } | null };

export type ConsoleResearchFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleResearchFieldsQuery = { researchFields: Array<{ code: string, depth: number, nameJa: string, nameEn: string }> };

export type ConsoleRegisterSeedMutationVariables = Exact<{
  input: RegisterSeedInput;
}>;


export type ConsoleRegisterSeedMutation = { registerSeed: { id: string } };

export type ConsoleUpdateSeedMutationVariables = Exact<{
  input: UpdateSeedInput;
}>;


export type ConsoleUpdateSeedMutation = { updateSeed: { id: string, version: number } };

export type ConsoleNeedQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleNeedQuery = { need: { id: string, title: string, description: string, category: NeedCategory, confidentiality: Confidentiality, status: NeedStatus, consultationStep: number, desiredTrl: number | null, timeline: NeedTimeline, wantedForms: Array<CollaborationForm>, keywords: Array<string>, company: { nameJa: string, nameEn: string | null } | null, region: { nameJa: string, nameEn: string } | null, holder: { name: string } | null, fields: Array<{ code: string, nameJa: string, nameEn: string }>, consultations: Array<{ id: string, step: number, status: ConsultationStatus, dueAt: string | null, overdue: boolean, version: number, history: Array<{ action: ConsultationAction, fromStep: number | null, toStep: number, reason: string | null, createdAt: string, holder: { name: string } | null, actor: { name: string } | null }> }>, matches: Array<{ id: string, status: MatchStatus, seed: { id: string } | null, researcher: { id: string } | null, institution: { id: string } | null, consortium: { id: string } | null }> } | null, regions: Array<{ code: string, kind: RegionKind, nameJa: string, nameEn: string }> };

export type ConsoleSeedCandidatesQueryVariables = Exact<{
  needId: string;
  filter?: MatchFilter | null | undefined;
}>;


export type ConsoleSeedCandidatesQuery = { matchCandidates: { edges: Array<{ node: { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, seed: { id: string, title: string, trl: number, collaborationForms: Array<CollaborationForm>, owners: Array<{ id: string, nameJa: string, nameEn: string | null }>, institution: { id: string, nameJa: string, nameEn: string | null, kind: InstitutionKind, region: { code: string, nameJa: string, nameEn: string } | null } }, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> } }> } };

export type ConsoleResearcherCandidatesQueryVariables = Exact<{
  needId: string;
}>;


export type ConsoleResearcherCandidatesQuery = { researcherCandidatesForNeed: { edges: Array<{ node: { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, researcher: { id: string, nameJa: string, nameEn: string | null, title: string | null, institution: { nameJa: string, nameEn: string | null } }, bestSeeds: Array<{ seed: { id: string, title: string, trl: number } }>, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> } }> } };

export type ConsoleInstitutionCandidatesQueryVariables = Exact<{
  needId: string;
}>;


export type ConsoleInstitutionCandidatesQuery = { institutionCandidatesForNeed: { edges: Array<{ node: { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, institution: { id: string, nameJa: string, nameEn: string | null, kind: InstitutionKind, region: { nameJa: string, nameEn: string } | null }, bestSeed: { id: string, title: string } | null, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> } }> } };

export type ConsoleConsortiumCandidatesQueryVariables = Exact<{
  needId: string;
}>;


export type ConsoleConsortiumCandidatesQuery = { consortiumCandidatesForNeed: { edges: Array<{ node: { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, consortium: { id: string, nameJa: string, nameEn: string | null, region: { nameJa: string, nameEn: string } | null, secretariat: { nameJa: string, nameEn: string | null } | null }, bestSeed: { id: string, title: string } | null, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> } }> } };

export type ConsoleRouteQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleRouteQuery = { routeConsultation: { nextStep: number | null, nextHolder: { name: string, institution: { nameJa: string, nameEn: string | null } } | null } };

export type ConsoleProposeMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ConsoleProposeMatchMutation = { proposeMatch: { id: string, status: MatchStatus } };

export type ConsoleEscalateMutationVariables = Exact<{
  input: EscalateConsultationInput;
}>;


export type ConsoleEscalateMutation = { escalateConsultation: { id: string, step: number, holder: { name: string } | null } };

export type ConsoleOpenConsultationMutationVariables = Exact<{
  input: OpenConsultationInput;
}>;


export type ConsoleOpenConsultationMutation = { openConsultation: { id: string } };

export type ConsolePipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePipelineQuery = { matches: { edges: Array<{ node: { id: string, status: MatchStatus, version: number, score: number | null, proposedAt: string, agreedAt: string | null, outcomeType: OutcomeType | null, amountYen: number | null, startDate: string | null, declineReason: DeclineReason | null, declineNote: string | null, note: string | null, allowedTransitions: Array<MatchStatus>, need: { id: string, title: string } | null, seed: { id: string, title: string } | null, researcher: { nameJa: string, nameEn: string | null } | null, institution: { nameJa: string, nameEn: string | null } | null, consortium: { nameJa: string, nameEn: string | null } | null, history: Array<{ fromStatus: MatchStatus | null, toStatus: MatchStatus, reason: string | null, occurredAt: string, actorRole: string, actor: { name: string } | null }> } }> } };

export type ConsoleTransitionMutationVariables = Exact<{
  input: TransitionMatchInput;
}>;


export type ConsoleTransitionMutation = { transitionMatch: { id: string, status: MatchStatus, version: number } };

export type ConsolePlanCandidatesQueryVariables = Exact<{
  needId: string;
  first?: number | null | undefined;
}>;


export type ConsolePlanCandidatesQuery = { need: { id: string, title: string, category: NeedCategory, desiredTrl: number | null } | null, supportPlans: { edges: Array<{ node: { id: string, status: SupportPlanStatus, score: number, proposedAt: string, parts: Array<{ role: SupportPlanRole }> } }> }, planCandidates: { plans: Array<{ rank: number, score: number, missingRoles: Array<SupportPlanRole>, explanationJa: string, explanationEn: string, parts: Array<{ role: SupportPlanRole, targetKind: MatchTargetKind, targetId: string, labelJa: string, labelEn: string, score: number, overCapacity: boolean, reasonJa: string, reasonEn: string }> }>, excluded: Array<{ role: SupportPlanRole, targetId: string, labelJa: string, reasonJa: string, reasonEn: string }> } };

export type ConsoleProposePlanMutationVariables = Exact<{
  input: ProposePlanInput;
}>;


export type ConsoleProposePlanMutation = { proposePlan: { id: string } };

export type ConsoleSupportPlanQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleSupportPlanQuery = { supportPlan: { id: string, version: number, status: SupportPlanStatus, score: number, explanationJa: string, explanationEn: string, note: string | null, proposedAt: string, agreedAt: string | null, proposedBy: { name: string } | null, need: { id: string, title: string } | null, parts: Array<{ role: SupportPlanRole, partScore: number | null, reasonJa: string, reasonEn: string, addedAt: string, removedAt: string | null, match: { id: string, version: number, status: MatchStatus, allowedTransitions: Array<MatchStatus>, targetKind: MatchTargetKind, seed: { id: string, title: string } | null, researcher: { nameJa: string, nameEn: string | null } | null, institution: { nameJa: string, nameEn: string | null } | null, consortium: { nameJa: string, nameEn: string | null } | null, fundingProgramme: { nameJa: string, nameEn: string | null } | null } | null }>, history: Array<{ action: SupportPlanAction, role: SupportPlanRole | null, status: SupportPlanStatus | null, actorRole: string, reason: string | null, occurredAt: string }> } | null };

export type ConsoleAddPlanPartMutationVariables = Exact<{
  input: AddPlanPartInput;
}>;


export type ConsoleAddPlanPartMutation = { addPlanPart: { id: string, version: number } };

export type ConsoleReplacePlanPartMutationVariables = Exact<{
  input: ReplacePlanPartInput;
}>;


export type ConsoleReplacePlanPartMutation = { replacePlanPart: { id: string, version: number } };

export type ConsoleDropPlanPartMutationVariables = Exact<{
  input: DropPlanPartInput;
}>;


export type ConsoleDropPlanPartMutation = { dropPlanPart: { id: string, version: number } };

export type ConsoleMovePlanPartMutationVariables = Exact<{
  input: TransitionMatchInput;
}>;


export type ConsoleMovePlanPartMutation = { transitionMatch: { id: string, status: MatchStatus, version: number } };

export type ConsoleProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleProposalsQuery = { matches: { edges: Array<{ node: { id: string, version: number, status: MatchStatus, note: string | null, proposedAt: string, need: { id: string, title: string, confidentiality: Confidentiality, category: NeedCategory } | null, seed: { id: string, title: string } | null, proposedBy: { name: string, email: string | null } | null } }> } };

export type ConsoleAnswerMutationVariables = Exact<{
  input: AnswerMatchInput;
}>;


export type ConsoleAnswerMutation = { answerMatch: { id: string, status: MatchStatus } };

export type ConsoleMyPublishedQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleMyPublishedQuery = { researcher: { seeds: Array<{ id: string, title: string }> } | null };

export type ConsoleNeedsForSeedQueryVariables = Exact<{
  seedId: string;
}>;


export type ConsoleNeedsForSeedQuery = { needCandidatesForSeed: { edges: Array<{ node: { rank: number, score: number, fit: MatchFit, summaryJa: string, summaryEn: string, need: { id: string, title: string, category: NeedCategory, confidentiality: Confidentiality, desiredTrl: number | null, timeline: NeedTimeline, company: { nameJa: string, nameEn: string | null } | null, region: { nameJa: string, nameEn: string } | null, holder: { name: string, email: string | null } | null }, explanation: Array<{ factor: MatchFactorName, value: number, weight: number, contribution: number, share: number, sentenceJa: string, sentenceEn: string }> } }> } };

export type ConsoleSearchSeedsQueryVariables = Exact<{
  filter?: SeedFilter | null | undefined;
}>;


export type ConsoleSearchSeedsQuery = { seeds: { totalCount: number, edges: Array<{ node: { id: string, title: string, trl: number, status: SeedStatus, institution: { nameJa: string, nameEn: string | null } } }> } };

export type ConsoleSearchNeedsQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
}>;


export type ConsoleSearchNeedsQuery = { needs: { totalCount: number, edges: Array<{ node: { id: string, title: string, category: NeedCategory, confidentiality: Confidentiality, status: NeedStatus, consultationStep: number, company: { nameJa: string } | null } }> } };

export type ConsoleSeedQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleSeedQuery = { seed: { id: string, title: string, summary: string, trl: number, status: SeedStatus, language: Language, keywords: Array<string>, collaborationForms: Array<CollaborationForm>, updatedAt: string, owners: Array<{ id: string, nameJa: string, nameEn: string | null }>, institution: { nameJa: string, nameEn: string | null, region: { nameJa: string, nameEn: string } | null }, fields: Array<{ code: string, nameJa: string, nameEn: string }>, patents: Array<{ number: string, title: string | null, status: PatentStatus }> } | null };

export type ConsoleSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleSignInMutation = { signIn: { token: string, expiresAt: string, account: { email: string, role: AccountRole, displayName: string | null, researcher: { id: string } | null, coordinator: { id: string } | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MatchFactorBarsFragmentDoc = new TypedDocumentString(`
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}
    `, {"fragmentName":"MatchFactorBars"}) as unknown as TypedDocumentString<MatchFactorBarsFragment, unknown>;
export const SeedCandidateCardFragmentDoc = new TypedDocumentString(`
    fragment SeedCandidateCard on SeedCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  seed {
    id
    title
    trl
    collaborationForms
    owners {
      id
      nameJa
      nameEn
    }
    institution {
      id
      nameJa
      nameEn
      kind
      region {
        code
        nameJa
        nameEn
      }
    }
  }
  explanation {
    ...MatchFactorBars
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}`, {"fragmentName":"SeedCandidateCard"}) as unknown as TypedDocumentString<SeedCandidateCardFragment, unknown>;
export const NeedCandidateCardFragmentDoc = new TypedDocumentString(`
    fragment NeedCandidateCard on NeedCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  need {
    id
    title
    category
    confidentiality
    desiredTrl
    timeline
    company {
      nameJa
      nameEn
    }
    region {
      nameJa
      nameEn
    }
    holder {
      name
      email
    }
  }
  explanation {
    ...MatchFactorBars
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}`, {"fragmentName":"NeedCandidateCard"}) as unknown as TypedDocumentString<NeedCandidateCardFragment, unknown>;
export const ResearcherCandidateCardFragmentDoc = new TypedDocumentString(`
    fragment ResearcherCandidateCard on ResearcherCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  researcher {
    id
    nameJa
    nameEn
    title
    institution {
      nameJa
      nameEn
    }
  }
  bestSeeds {
    seed {
      id
      title
      trl
    }
  }
  explanation {
    ...MatchFactorBars
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}`, {"fragmentName":"ResearcherCandidateCard"}) as unknown as TypedDocumentString<ResearcherCandidateCardFragment, unknown>;
export const InstitutionCandidateCardFragmentDoc = new TypedDocumentString(`
    fragment InstitutionCandidateCard on InstitutionCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  institution {
    id
    nameJa
    nameEn
    kind
    region {
      nameJa
      nameEn
    }
  }
  bestSeed {
    id
    title
  }
  explanation {
    ...MatchFactorBars
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}`, {"fragmentName":"InstitutionCandidateCard"}) as unknown as TypedDocumentString<InstitutionCandidateCardFragment, unknown>;
export const ConsortiumCandidateCardFragmentDoc = new TypedDocumentString(`
    fragment ConsortiumCandidateCard on ConsortiumCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  consortium {
    id
    nameJa
    nameEn
    region {
      nameJa
      nameEn
    }
    secretariat {
      nameJa
      nameEn
    }
  }
  bestSeed {
    id
    title
  }
  explanation {
    ...MatchFactorBars
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}`, {"fragmentName":"ConsortiumCandidateCard"}) as unknown as TypedDocumentString<ConsortiumCandidateCardFragment, unknown>;
export const ConsoleSignOutDocument = new TypedDocumentString(`
    mutation ConsoleSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<ConsoleSignOutMutation, ConsoleSignOutMutationVariables>;
export const ConsoleNotificationsDocument = new TypedDocumentString(`
    query ConsoleNotifications {
  notifications(first: 100) {
    id
    kind
    titleJa
    titleEn
    bodyJa
    bodyEn
    createdAt
    readAt
    emailStatus
  }
  notificationSettings {
    language
    emailMuted
  }
}
    `) as unknown as TypedDocumentString<ConsoleNotificationsQuery, ConsoleNotificationsQueryVariables>;
export const ConsoleMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation ConsoleMarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<ConsoleMarkNotificationsReadMutation, ConsoleMarkNotificationsReadMutationVariables>;
export const ConsoleNotificationSettingsDocument = new TypedDocumentString(`
    mutation ConsoleNotificationSettings($language: String, $emailMuted: [NotificationKind!]) {
  updateNotificationSettings(language: $language, emailMuted: $emailMuted) {
    language
    emailMuted
  }
}
    `) as unknown as TypedDocumentString<ConsoleNotificationSettingsMutation, ConsoleNotificationSettingsMutationVariables>;
export const ConsoleUnreadNotificationsDocument = new TypedDocumentString(`
    query ConsoleUnreadNotifications {
  notifications(unreadOnly: true, first: 100) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnreadNotificationsQuery, ConsoleUnreadNotificationsQueryVariables>;
export const ConsoleAdminDocument = new TypedDocumentString(`
    query ConsoleAdmin {
  accounts {
    id
    email
    role
    status
    displayName
    lastSignInAt
  }
  apiKeys(includeRevoked: true) {
    id
    name
    prefix
    scopes
    revokedAt
    lastUsedAt
    createdAt
    ownerInstitution {
      nameJa
    }
  }
  weightSets {
    version
    active
    activatedAt
    createdAt
    createdBy
    weights {
      factor
      weight
    }
  }
  institutions(first: 100) {
    edges {
      node {
        id
        nameJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminQuery, ConsoleAdminQueryVariables>;
export const ConsoleCreateAccountDocument = new TypedDocumentString(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAccountMutation, ConsoleCreateAccountMutationVariables>;
export const ConsoleCreateKeyDocument = new TypedDocumentString(`
    mutation ConsoleCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateKeyMutation, ConsoleCreateKeyMutationVariables>;
export const ConsoleRevokeKeyDocument = new TypedDocumentString(`
    mutation ConsoleRevokeKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleRevokeKeyMutation, ConsoleRevokeKeyMutationVariables>;
export const ConsoleInboxDocument = new TypedDocumentString(`
    query ConsoleInbox {
  mine: consultations(first: 100, filter: {heldByMe: true, status: [OPEN]}) {
    edges {
      node {
        id
        step
        dueAt
        overdue
        need {
          id
          title
          confidentiality
          company {
            nameJa
          }
        }
      }
    }
  }
  held: needs(first: 100, filter: {heldByMe: true, status: [OPEN, IN_PROGRESS]}) {
    edges {
      node {
        id
        title
        confidentiality
        consultationStep
        status
        company {
          nameJa
        }
        consultations {
          id
          status
        }
      }
    }
  }
  untaken: needs(
    first: 50
    filter: {held: false, status: [OPEN]}
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    edges {
      node {
        id
        title
        category
        confidentiality
        createdAt
        company {
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleInboxQuery, ConsoleInboxQueryVariables>;
export const ConsoleTakeNeedDocument = new TypedDocumentString(`
    mutation ConsoleTakeNeed($needId: ID!) {
  openConsultation(input: {needId: $needId, channel: WEB}) {
    id
    step
    need {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleTakeNeedMutation, ConsoleTakeNeedMutationVariables>;
export const ConsoleKpisDocument = new TypedDocumentString(`
    query ConsoleKpis($fiscalYear: Int!, $regionCode: String, $institutionId: ID) {
  kpis(
    fiscalYear: $fiscalYear
    regionCode: $regionCode
    institutionId: $institutionId
  ) {
    fiscalYear
    label
    labelJa
    matches {
      proposed
      introduced
      agreed
      declined
      withdrawn
    }
    matchesByMonth {
      month
      proposed
      introduced
      meeting
      negotiating
      agreed
      declined
      withdrawn
    }
    agreedByOutcome {
      outcomeType
      count
      amountYen
    }
    medianDaysToAgreement
    gapThreshold
    gapsByField {
      fieldCode
      fieldNameJa
      fieldNameEn
      needs
      needsWithoutCandidate
    }
    consultationsByStep {
      step
      opened
      resolved
      closed
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleKpisQuery, ConsoleKpisQueryVariables>;
export const ConsoleKpiFiltersDocument = new TypedDocumentString(`
    query ConsoleKpiFilters {
  regions {
    code
    kind
    nameJa
    nameEn
  }
  institutions(first: 100) {
    edges {
      node {
        id
        nameJa
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleKpiFiltersQuery, ConsoleKpiFiltersQueryVariables>;
export const ConsoleKpiCsvDocument = new TypedDocumentString(`
    query ConsoleKpiCsv($fiscalYear: Int!, $regionCode: String, $institutionId: ID) {
  kpiCsv(
    fiscalYear: $fiscalYear
    regionCode: $regionCode
    institutionId: $institutionId
  )
}
    `) as unknown as TypedDocumentString<ConsoleKpiCsvQuery, ConsoleKpiCsvQueryVariables>;
export const ConsoleMySeedsDocument = new TypedDocumentString(`
    query ConsoleMySeeds($id: ID!) {
  researcher(id: $id) {
    id
    nameJa
    seeds(status: [DRAFT, PUBLISHED]) {
      id
      title
      trl
      status
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMySeedsQuery, ConsoleMySeedsQueryVariables>;
export const ConsoleSeedForEditDocument = new TypedDocumentString(`
    query ConsoleSeedForEdit($id: ID!) {
  seed(id: $id) {
    id
    version
    title
    summary
    trl
    status
    keywords
    collaborationForms
    fieldCodes
  }
}
    `) as unknown as TypedDocumentString<ConsoleSeedForEditQuery, ConsoleSeedForEditQueryVariables>;
export const ConsoleResearchFieldsDocument = new TypedDocumentString(`
    query ConsoleResearchFields {
  researchFields {
    code
    depth
    nameJa
    nameEn
  }
}
    `) as unknown as TypedDocumentString<ConsoleResearchFieldsQuery, ConsoleResearchFieldsQueryVariables>;
export const ConsoleRegisterSeedDocument = new TypedDocumentString(`
    mutation ConsoleRegisterSeed($input: RegisterSeedInput!) {
  registerSeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegisterSeedMutation, ConsoleRegisterSeedMutationVariables>;
export const ConsoleUpdateSeedDocument = new TypedDocumentString(`
    mutation ConsoleUpdateSeed($input: UpdateSeedInput!) {
  updateSeed(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateSeedMutation, ConsoleUpdateSeedMutationVariables>;
export const ConsoleNeedDocument = new TypedDocumentString(`
    query ConsoleNeed($id: ID!) {
  need(id: $id) {
    id
    title
    description
    category
    confidentiality
    status
    consultationStep
    desiredTrl
    timeline
    wantedForms
    keywords
    company {
      nameJa
      nameEn
    }
    region {
      nameJa
      nameEn
    }
    holder {
      name
    }
    fields {
      code
      nameJa
      nameEn
    }
    consultations {
      id
      step
      status
      dueAt
      overdue
      version
      history {
        action
        fromStep
        toStep
        reason
        createdAt
        holder {
          name
        }
        actor {
          name
        }
      }
    }
    matches {
      id
      status
      seed {
        id
      }
      researcher {
        id
      }
      institution {
        id
      }
      consortium {
        id
      }
    }
  }
  regions {
    code
    kind
    nameJa
    nameEn
  }
}
    `) as unknown as TypedDocumentString<ConsoleNeedQuery, ConsoleNeedQueryVariables>;
export const ConsoleSeedCandidatesDocument = new TypedDocumentString(`
    query ConsoleSeedCandidates($needId: ID!, $filter: MatchFilter) {
  matchCandidates(needId: $needId, first: 12, filter: $filter) {
    edges {
      node {
        ...SeedCandidateCard
      }
    }
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}
fragment SeedCandidateCard on SeedCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  seed {
    id
    title
    trl
    collaborationForms
    owners {
      id
      nameJa
      nameEn
    }
    institution {
      id
      nameJa
      nameEn
      kind
      region {
        code
        nameJa
        nameEn
      }
    }
  }
  explanation {
    ...MatchFactorBars
  }
}`) as unknown as TypedDocumentString<ConsoleSeedCandidatesQuery, ConsoleSeedCandidatesQueryVariables>;
export const ConsoleResearcherCandidatesDocument = new TypedDocumentString(`
    query ConsoleResearcherCandidates($needId: ID!) {
  researcherCandidatesForNeed(needId: $needId, first: 8) {
    edges {
      node {
        ...ResearcherCandidateCard
      }
    }
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}
fragment ResearcherCandidateCard on ResearcherCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  researcher {
    id
    nameJa
    nameEn
    title
    institution {
      nameJa
      nameEn
    }
  }
  bestSeeds {
    seed {
      id
      title
      trl
    }
  }
  explanation {
    ...MatchFactorBars
  }
}`) as unknown as TypedDocumentString<ConsoleResearcherCandidatesQuery, ConsoleResearcherCandidatesQueryVariables>;
export const ConsoleInstitutionCandidatesDocument = new TypedDocumentString(`
    query ConsoleInstitutionCandidates($needId: ID!) {
  institutionCandidatesForNeed(needId: $needId, first: 8) {
    edges {
      node {
        ...InstitutionCandidateCard
      }
    }
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}
fragment InstitutionCandidateCard on InstitutionCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  institution {
    id
    nameJa
    nameEn
    kind
    region {
      nameJa
      nameEn
    }
  }
  bestSeed {
    id
    title
  }
  explanation {
    ...MatchFactorBars
  }
}`) as unknown as TypedDocumentString<ConsoleInstitutionCandidatesQuery, ConsoleInstitutionCandidatesQueryVariables>;
export const ConsoleConsortiumCandidatesDocument = new TypedDocumentString(`
    query ConsoleConsortiumCandidates($needId: ID!) {
  consortiumCandidatesForNeed(needId: $needId, first: 8) {
    edges {
      node {
        ...ConsortiumCandidateCard
      }
    }
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}
fragment ConsortiumCandidateCard on ConsortiumCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  consortium {
    id
    nameJa
    nameEn
    region {
      nameJa
      nameEn
    }
    secretariat {
      nameJa
      nameEn
    }
  }
  bestSeed {
    id
    title
  }
  explanation {
    ...MatchFactorBars
  }
}`) as unknown as TypedDocumentString<ConsoleConsortiumCandidatesQuery, ConsoleConsortiumCandidatesQueryVariables>;
export const ConsoleRouteDocument = new TypedDocumentString(`
    query ConsoleRoute($id: ID!) {
  routeConsultation(id: $id, first: 1) {
    nextStep
    nextHolder {
      name
      institution {
        nameJa
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRouteQuery, ConsoleRouteQueryVariables>;
export const ConsoleProposeMatchDocument = new TypedDocumentString(`
    mutation ConsoleProposeMatch($input: ProposeMatchInput!) {
  proposeMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleProposeMatchMutation, ConsoleProposeMatchMutationVariables>;
export const ConsoleEscalateDocument = new TypedDocumentString(`
    mutation ConsoleEscalate($input: EscalateConsultationInput!) {
  escalateConsultation(input: $input) {
    id
    step
    holder {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEscalateMutation, ConsoleEscalateMutationVariables>;
export const ConsoleOpenConsultationDocument = new TypedDocumentString(`
    mutation ConsoleOpenConsultation($input: OpenConsultationInput!) {
  openConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleOpenConsultationMutation, ConsoleOpenConsultationMutationVariables>;
export const ConsolePipelineDocument = new TypedDocumentString(`
    query ConsolePipeline {
  matches(first: 100) {
    edges {
      node {
        id
        status
        version
        score
        proposedAt
        agreedAt
        outcomeType
        amountYen
        startDate
        declineReason
        declineNote
        note
        allowedTransitions
        need {
          id
          title
        }
        seed {
          id
          title
        }
        researcher {
          nameJa
          nameEn
        }
        institution {
          nameJa
          nameEn
        }
        consortium {
          nameJa
          nameEn
        }
        history {
          fromStatus
          toStatus
          reason
          occurredAt
          actorRole
          actor {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePipelineQuery, ConsolePipelineQueryVariables>;
export const ConsoleTransitionDocument = new TypedDocumentString(`
    mutation ConsoleTransition($input: TransitionMatchInput!) {
  transitionMatch(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleTransitionMutation, ConsoleTransitionMutationVariables>;
export const ConsolePlanCandidatesDocument = new TypedDocumentString(`
    query ConsolePlanCandidates($needId: ID!, $first: Int) {
  need(id: $needId) {
    id
    title
    category
    desiredTrl
  }
  supportPlans(first: 10, filter: {needId: $needId}) {
    edges {
      node {
        id
        status
        score
        proposedAt
        parts {
          role
        }
      }
    }
  }
  planCandidates(needId: $needId, first: $first) {
    plans {
      rank
      score
      missingRoles
      explanationJa
      explanationEn
      parts {
        role
        targetKind
        targetId
        labelJa
        labelEn
        score
        overCapacity
        reasonJa
        reasonEn
      }
    }
    excluded {
      role
      targetId
      labelJa
      reasonJa
      reasonEn
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePlanCandidatesQuery, ConsolePlanCandidatesQueryVariables>;
export const ConsoleProposePlanDocument = new TypedDocumentString(`
    mutation ConsoleProposePlan($input: ProposePlanInput!) {
  proposePlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleProposePlanMutation, ConsoleProposePlanMutationVariables>;
export const ConsoleSupportPlanDocument = new TypedDocumentString(`
    query ConsoleSupportPlan($id: ID!) {
  supportPlan(id: $id) {
    id
    version
    status
    score
    explanationJa
    explanationEn
    note
    proposedAt
    agreedAt
    proposedBy {
      name
    }
    need {
      id
      title
    }
    parts(includeRemoved: true) {
      role
      partScore
      reasonJa
      reasonEn
      addedAt
      removedAt
      match {
        id
        version
        status
        allowedTransitions
        targetKind
        seed {
          id
          title
        }
        researcher {
          nameJa
          nameEn
        }
        institution {
          nameJa
          nameEn
        }
        consortium {
          nameJa
          nameEn
        }
        fundingProgramme {
          nameJa
          nameEn
        }
      }
    }
    history {
      action
      role
      status
      actorRole
      reason
      occurredAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSupportPlanQuery, ConsoleSupportPlanQueryVariables>;
export const ConsoleAddPlanPartDocument = new TypedDocumentString(`
    mutation ConsoleAddPlanPart($input: AddPlanPartInput!) {
  addPlanPart(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddPlanPartMutation, ConsoleAddPlanPartMutationVariables>;
export const ConsoleReplacePlanPartDocument = new TypedDocumentString(`
    mutation ConsoleReplacePlanPart($input: ReplacePlanPartInput!) {
  replacePlanPart(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleReplacePlanPartMutation, ConsoleReplacePlanPartMutationVariables>;
export const ConsoleDropPlanPartDocument = new TypedDocumentString(`
    mutation ConsoleDropPlanPart($input: DropPlanPartInput!) {
  dropPlanPart(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleDropPlanPartMutation, ConsoleDropPlanPartMutationVariables>;
export const ConsoleMovePlanPartDocument = new TypedDocumentString(`
    mutation ConsoleMovePlanPart($input: TransitionMatchInput!) {
  transitionMatch(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleMovePlanPartMutation, ConsoleMovePlanPartMutationVariables>;
export const ConsoleProposalsDocument = new TypedDocumentString(`
    query ConsoleProposals {
  matches(first: 50, filter: {status: [PROPOSED]}) {
    edges {
      node {
        id
        version
        status
        note
        proposedAt
        need {
          id
          title
          confidentiality
          category
        }
        seed {
          id
          title
        }
        proposedBy {
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProposalsQuery, ConsoleProposalsQueryVariables>;
export const ConsoleAnswerDocument = new TypedDocumentString(`
    mutation ConsoleAnswer($input: AnswerMatchInput!) {
  answerMatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleAnswerMutation, ConsoleAnswerMutationVariables>;
export const ConsoleMyPublishedDocument = new TypedDocumentString(`
    query ConsoleMyPublished($id: ID!) {
  researcher(id: $id) {
    seeds(status: [PUBLISHED]) {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMyPublishedQuery, ConsoleMyPublishedQueryVariables>;
export const ConsoleNeedsForSeedDocument = new TypedDocumentString(`
    query ConsoleNeedsForSeed($seedId: ID!) {
  needCandidatesForSeed(seedId: $seedId, first: 5) {
    edges {
      node {
        ...NeedCandidateCard
      }
    }
  }
}
    fragment MatchFactorBars on MatchFactor {
  factor
  value
  weight
  contribution
  share
  sentenceJa
  sentenceEn
}
fragment NeedCandidateCard on NeedCandidate {
  rank
  score
  fit
  summaryJa
  summaryEn
  need {
    id
    title
    category
    confidentiality
    desiredTrl
    timeline
    company {
      nameJa
      nameEn
    }
    region {
      nameJa
      nameEn
    }
    holder {
      name
      email
    }
  }
  explanation {
    ...MatchFactorBars
  }
}`) as unknown as TypedDocumentString<ConsoleNeedsForSeedQuery, ConsoleNeedsForSeedQueryVariables>;
export const ConsoleSearchSeedsDocument = new TypedDocumentString(`
    query ConsoleSearchSeeds($filter: SeedFilter) {
  seeds(first: 30, filter: $filter) {
    totalCount
    edges {
      node {
        id
        title
        trl
        status
        institution {
          nameJa
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSearchSeedsQuery, ConsoleSearchSeedsQueryVariables>;
export const ConsoleSearchNeedsDocument = new TypedDocumentString(`
    query ConsoleSearchNeeds($filter: NeedFilter) {
  needs(first: 30, filter: $filter) {
    totalCount
    edges {
      node {
        id
        title
        category
        confidentiality
        status
        consultationStep
        company {
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSearchNeedsQuery, ConsoleSearchNeedsQueryVariables>;
export const ConsoleSeedDocument = new TypedDocumentString(`
    query ConsoleSeed($id: ID!) {
  seed(id: $id) {
    id
    title
    summary
    trl
    status
    language
    keywords
    collaborationForms
    updatedAt
    owners {
      id
      nameJa
      nameEn
    }
    institution {
      nameJa
      nameEn
      region {
        nameJa
        nameEn
      }
    }
    fields {
      code
      nameJa
      nameEn
    }
    patents {
      number
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSeedQuery, ConsoleSeedQueryVariables>;
export const ConsoleSignInDocument = new TypedDocumentString(`
    mutation ConsoleSignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    token
    expiresAt
    account {
      email
      role
      displayName
      researcher {
        id
      }
      coordinator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSignInMutation, ConsoleSignInMutationVariables>;