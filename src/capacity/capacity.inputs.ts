import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { messages } from '../common/validation';

@InputType({ description: 'How many open introductions a researcher takes at once / 研究者の受入れ上限' })
export class SetResearcherCapacityInput {
  @Field(() => ID, { description: 'The researcher (researchers: themselves)' })
  researcherId: string;

  @Field(() => Int, { nullable: true, description: 'Open introductions taken at once; null removes the limit' })
  @Min(0, messages.nonNegativeInteger())
  maxOpenIntroductions?: number | null;
}

@InputType({ description: 'How many testing requests a public lab takes per month / 公設試の月あたり試験受入れ件数' })
export class SetTestingCapacityInput {
  @Field(() => ID, { description: 'The institution' })
  institutionId: string;

  @Field(() => Int, { nullable: true, description: 'Testing introductions taken per month; null removes the limit' })
  @Min(0, messages.nonNegativeInteger())
  testingCapacityPerMonth?: number | null;
}

@InputType({ description: 'Declare that a researcher must not be introduced to a company / 利益相反を申告する' })
export class DeclareConflictOfInterestInput {
  @Field(() => ID, { description: 'The researcher (researchers: themselves)' })
  researcherId: string;

  @Field(() => ID, { description: 'The company' })
  companyId: string;

  @Field(() => String, { nullable: true, description: 'Why (kept with the declaration; shown to staff and the researcher only) / 理由' })
  @MaxLength(2000, messages.maxLength(2000))
  reason?: string | null;
}
