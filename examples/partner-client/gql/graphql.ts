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

export type PublishedSeedsQueryVariables = Exact<{
  first: number;
  contains?: string | null | undefined;
}>;


export type PublishedSeedsQuery = { seeds: { totalCount: number, edges: Array<{ node: { id: string, title: string, trl: number, keywords: Array<string>, institution: { nameJa: string } } }> } };

export type SubmitNeedMutationVariables = Exact<{
  input: SubmitNeedInput;
}>;


export type SubmitNeedMutation = { submitNeed: { id: string, key: string, title: string, status: NeedStatus, category: NeedCategory, createdAt: string } };


export const PublishedSeedsDocument = {"__meta__":{"hash":"sha256:4ff08145429ac3a275f192ccbba17f1dc1e2bb0e2cce52d0e099ff09add5728e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedSeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedSeedsQuery, PublishedSeedsQueryVariables>;
export const SubmitNeedDocument = {"__meta__":{"hash":"sha256:33ee93d28b70538e1c668f74a089a398149b687c8f38448228d59c0c66b325b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SubmitNeedMutation, SubmitNeedMutationVariables>;