import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';
import { IntroductionStatus, IntroductionTargetKind, OutcomeType } from '../introductions/introduction.enums';
import { Confidentiality, NeedCategory, NeedStatus } from '../needs/need.enums';

/**
 * A company as a partner key may know it: enough to name it in `submitNeed` and nothing more.
 * `company(id:)` stays FORBIDDEN to the key, so its other fields (capabilities, certifications,
 * needs, memberships) are not reachable from here either.
 */
@ObjectType({ description: 'A company as a partner portal may know it: its name and identifiers / 連携先から見た企業' })
export class PartnerCompany {
  @Field(() => ID, { description: 'Global ID of the company, for `SubmitNeedInput.companyId`' })
  id: string;
  @Field({ description: 'Stable external key' })
  key: string;
  @Field({ description: 'Company name in Japanese / 企業名' })
  nameJa: string;
  @Field(() => String, { nullable: true, description: 'Company name in English' })
  nameEn: string | null;
  @Field(() => String, { nullable: true, description: 'Corporate number, 13 digits / 法人番号' })
  corporateNumber: string | null;
  @Field({ description: 'False for an archived company (closed, merged): submitNeed refuses new needs for it / 新規ニーズの登録可否' })
  takesNeeds: boolean;
}

@ObjectType({ description: 'The outcome of registerPartnerCompany / 企業登録の結果' })
export class PartnerCompanyRegistration {
  @Field(() => PartnerCompany, { description: 'The company with that corporate number' })
  company: PartnerCompany;
  @Field({ description: 'True when this call registered it; false when a company with the corporate number already existed (nothing was changed)' })
  created: boolean;
}

/** An introduction made for a submitted need, as the submitting partner may follow it. */
@ObjectType({ description: 'An introduction made for a need you submitted / 登録したニーズへの紹介' })
export class SubmittedNeedIntroduction {
  @Field(() => ID, { description: 'Global ID of the introduction (a `Match`)' })
  id: string;
  @Field(() => IntroductionTargetKind, { description: 'What the need is introduced to / 紹介先の種類' })
  targetKind: IntroductionTargetKind;
  @Field(() => String, {
    nullable: true,
    description: 'Name of what it is introduced to (seed title, researcher, institution, consortium or programme); null for a seed that is not published',
  })
  targetName: string | null;
  @Field(() => IntroductionStatus, { description: 'Where it stands / 状態' })
  status: IntroductionStatus;
  @Field({ description: 'When it was proposed / 提案日時' })
  proposedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was agreed (成約日)' })
  agreedAt: Date | null;
  @Field(() => OutcomeType, { nullable: true, description: 'What it became, when agreed / 成約の種類' })
  outcomeType: OutcomeType | null;
}

/**
 * A need a partner submitted, read back by that partner. What it shows follows the need's
 * confidentiality as for anyone outside staff and the company (need.visibility.ts): a RESTRICTED
 * need without its company, a CONFIDENTIAL one as a summary. The idempotency key links it to the
 * partner's own record whatever is withheld.
 */
@ObjectType({ description: 'A need your key submitted, with where it stands / 登録したニーズ' })
export class SubmittedNeed {
  @Field(() => ID, { description: 'Global ID of the need' })
  id: string;
  @Field({ description: 'Stable external key' })
  key: string;
  @Field(() => String, { nullable: true, description: 'The idempotency key it was submitted with' })
  idempotencyKey: string | null;
  @Field({ description: 'Title / 件名' })
  title: string;
  @Field({ description: 'Description; withheld for a CONFIDENTIAL need / 課題の内容' })
  description: string;
  @Field(() => NeedCategory, { description: 'Technical, research or management' })
  category: NeedCategory;
  @Field(() => Confidentiality, { description: 'Who may see the need' })
  confidentiality: Confidentiality;
  @Field(() => NeedStatus, { description: 'Status / 状態' })
  status: NeedStatus;
  @Field(() => Int, { description: 'Consultation step 1–3 / 相談段階' })
  consultationStep: number;
  @Field({ description: 'When it was submitted' })
  createdAt: Date;
  @Field({ description: 'When it last changed' })
  updatedAt: Date;

  /** The need's database id (introductions are loaded by it). */
  needId: string;
  /** The company when its confidentiality lets the partner see it, else null. */
  visibleCompanyId: string | null;
  /** The holding coordinator when visible, else null. */
  visibleHolderId: string | null;
}

@ObjectType({ description: 'A page of needs your key submitted' })
export class SubmittedNeedConnection extends Connection(SubmittedNeed, 'SubmittedNeed') {}
