/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Company size / 企業規模 */
export type CompanySize =
  /** 大企業 large */
  | 'LARGE'
  /** 中小企業 (中) medium */
  | 'MEDIUM'
  /** 小規模事業者 micro (up to 20 employees) */
  | 'MICRO'
  /** 中小企業 (小) small */
  | 'SMALL';

/** Who may see a need / 公開範囲 */
export type Confidentiality =
  /** 非公開 only an anonymised summary outside coordinators */
  | 'CONFIDENTIAL'
  /** 公開 public */
  | 'PUBLIC'
  /** 企業名非公開 company hidden from researchers and partners */
  | 'RESTRICTED';

/** Language a text is written in / 記述言語 */
export type Language =
  /** 英語 English */
  | 'EN'
  /** 日本語 Japanese */
  | 'JA';

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

/** A company a partner portal registers to submit needs for / 連携先による企業の登録 */
export type RegisterPartnerCompanyInput = {
  /** Corporate number, 13 digits with its check digit (full-width digits and hyphens are accepted) / 法人番号. A company already registered with it is returned unchanged */
  corporateNumber: string;
  /** Number of employees / 従業員数 */
  employees?: number | null | undefined;
  /** Industry (at most 100 characters) / 業種 */
  industry?: string | null | undefined;
  /** Stable external key; generated when omitted */
  key?: string | null | undefined;
  /** Company name in English (at most 200 characters) */
  nameEn?: string | null | undefined;
  /** Company name in Japanese (at most 200 characters) / 企業名 */
  nameJa: string;
  /** Region code, e.g. `JP-06-OKITAMA` */
  regionCode?: string | null | undefined;
  /** Size / 規模 */
  size?: CompanySize | null | undefined;
  /** Web site (http:// or https://) */
  websiteUrl?: string | null | undefined;
};

/** A company's new need / 企業ニーズの登録 */
export type SubmitNeedInput = {
  /** Upper end of the budget in yen (a whole number ≥ budgetMinYen) */
  budgetMaxYen?: number | null | undefined;
  /** Lower end of the budget in yen (a whole number ≥ 0) */
  budgetMinYen?: number | null | undefined;
  /** Technical, research or management; decides routing */
  category: NeedCategory;
  /** The company with the need (global ID) */
  companyId: string;
  /** Who may see the need */
  confidentiality?: Confidentiality;
  /** Consultation step 1–3 (1 any window, 2 total-support desk, 3 public lab collaboration office) */
  consultationStep?: number;
  /** The problem in the company’s words (at most 10,000 characters) */
  description: string;
  /** Wished technology readiness level 1–9 */
  desiredTrl?: number | null | undefined;
  /** Field taxonomy codes (at most 10) */
  fieldCodes?: Array<string>;
  /** Coordinator who holds the need (global ID) / 担当コーディネータ */
  holderId?: string | null | undefined;
  /** Partner keys: a key of your choice (at most 200 characters) that makes a retried submission return the need the first one created instead of a second need / 再送時に二重登録しないための冪等キー */
  idempotencyKey?: string | null | undefined;
  /** Marks fictional demo data */
  isFictional?: boolean;
  /** Stable external key; generated when omitted */
  key?: string | null | undefined;
  /** Keywords (at most 30, each at most 50 characters) */
  keywords?: Array<string>;
  /** Language of the text; detected from the text when omitted */
  language?: Language | null | undefined;
  /** Status (normally OPEN) */
  status?: NeedStatus;
  /** Wished timeline */
  timeline?: NeedTimeline;
  /** Title (at most 200 characters); for a CONFIDENTIAL need, write it without naming the company */
  title: string;
  /** Forms of collaboration wanted */
  wantedForms?: Array<CollaborationForm>;
};

export type FindCompanyQueryVariables = Exact<{
  corporateNumber?: string | null | undefined;
  key?: string | null | undefined;
}>;


export type FindCompanyQuery = { partnerCompany: { id: string, key: string, nameJa: string, corporateNumber: string | null } | null };

export type PartnerNeedsQueryVariables = Exact<{
  first?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type PartnerNeedsQuery = { partnerNeeds: { totalCount: number, edges: Array<{ node: { id: string, idempotencyKey: string | null, title: string, status: NeedStatus, consultationStep: number, company: { nameJa: string } | null, introductions: Array<{ targetKind: MatchTargetKind, targetName: string | null, status: MatchStatus }> } }> } };

export type PublishedSeedsQueryVariables = Exact<{
  first: number;
  contains?: string | null | undefined;
}>;


export type PublishedSeedsQuery = { seeds: { totalCount: number, edges: Array<{ node: { id: string, title: string, trl: number, keywords: Array<string>, institution: { nameJa: string } } }> } };

export type RegisterCompanyMutationVariables = Exact<{
  input: RegisterPartnerCompanyInput;
}>;


export type RegisterCompanyMutation = { registerPartnerCompany: { created: boolean, company: { id: string, key: string, nameJa: string, corporateNumber: string | null } } };

export type SubmitNeedMutationVariables = Exact<{
  input: SubmitNeedInput;
}>;


export type SubmitNeedMutation = { submitNeed: { id: string, key: string, title: string, status: NeedStatus, category: NeedCategory, createdAt: string } };


export const FindCompanyDocument = {"__meta__":{"hash":"sha256:cdd92b1a9aae2619fff307ad78cde81c66830595cf43197eb2b9889f580004fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corporateNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"corporateNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corporateNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}}]}}]}}]} as unknown as DocumentNode<FindCompanyQuery, FindCompanyQueryVariables>;
export const PartnerNeedsDocument = {"__meta__":{"hash":"sha256:2de8044d7d3a704ea2b10cc2b3ce82f482d741f8c68fa759f58fc1405e84efef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultationStep"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerNeedsQuery, PartnerNeedsQueryVariables>;
export const PublishedSeedsDocument = {"__meta__":{"hash":"sha256:4ff08145429ac3a275f192ccbba17f1dc1e2bb0e2cce52d0e099ff09add5728e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedSeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedSeedsQuery, PublishedSeedsQueryVariables>;
export const RegisterCompanyDocument = {"__meta__":{"hash":"sha256:a911869dd96f9f171f8c16de5a78e54547f546f48071e232905c5cf6b30c2532"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartnerCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCompanyMutation, RegisterCompanyMutationVariables>;
export const SubmitNeedDocument = {"__meta__":{"hash":"sha256:33ee93d28b70538e1c668f74a089a398149b687c8f38448228d59c0c66b325b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SubmitNeedMutation, SubmitNeedMutationVariables>;