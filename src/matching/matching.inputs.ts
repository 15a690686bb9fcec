import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CollaborationForm } from '../common/enums';
import { bilingual, messages } from '../common/validation';
import { InstitutionKind } from '../institutions/institution.enums';
import { NeedCategory } from '../needs/need.enums';
import { DEFAULT_LAB_CAP, DEFAULT_MMR_LAMBDA } from './scoring/diversity';

export const DEFAULT_MATCH_PAGE_SIZE = 10;
export const MAX_MATCH_PAGE_SIZE = 50;

@InputType({ description: 'Filters for seed candidates; all given conditions must hold / シーズ候補の絞り込み' })
export class MatchFilter {
  @Field(() => String, { nullable: true, description: "Region of the seed's institution (e.g. `JP-06`); regions inside it match too" })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => [InstitutionKind], { nullable: true, description: "Kinds of the seed's institution" })
  @IsOptional()
  institutionKind?: InstitutionKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum technology readiness level (1–9)' })
  @IsOptional()
  @Min(1, messages.intRange(1, 9))
  @Max(9, messages.intRange(1, 9))
  minTrl?: number | null;

  @Field(() => CollaborationForm, { nullable: true, description: 'The seed must offer this form of collaboration' })
  @IsOptional()
  collaborationForm?: CollaborationForm | null;

  @Field(() => [ID], { nullable: true, description: 'Seeds to leave out (global IDs), e.g. those already proposed for this need' })
  @IsOptional()
  excludeSeedIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Only PUBLISHED seeds (default). False also admits DRAFT seeds; they are not in the text index and are found by shared field only',
  })
  onlyPublished?: boolean | null;
}

@InputType({ description: 'Filters for need candidates; all given conditions must hold / ニーズ候補の絞り込み' })
export class NeedMatchFilter {
  @Field(() => String, { nullable: true, description: "Region of the need's company; regions inside it match too" })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => NeedCategory, { nullable: true, description: 'Category of the need' })
  @IsOptional()
  category?: NeedCategory | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Only OPEN and IN_PROGRESS needs (default); false: every need that is not ARCHIVED',
  })
  onlyOpen?: boolean | null;
}

@InputType({ description: 'Filters for institution candidates / 機関候補の絞り込み' })
export class InstitutionMatchFilter {
  @Field(() => String, { nullable: true, description: 'Region of the institution; regions inside it match too' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;

  @Field(() => [InstitutionKind], { nullable: true, description: 'Kinds of institution to consider (default: all; the routing rule ranks them)' })
  @IsOptional()
  institutionKind?: InstitutionKind[] | null;
}

@InputType({ description: 'Filters for consortium candidates / 研究会候補の絞り込み' })
export class ConsortiumMatchFilter {
  @Field(() => String, { nullable: true, description: 'Region of the consortium; regions inside it match too' })
  @IsOptional()
  @MaxLength(50, messages.maxLength(50))
  regionCode?: string | null;
}

@InputType({
  description:
    'Per-query factor weights / 要素の重み. Omitted factors keep the configured weight; all are then normalised to sum to 1. Negative weights are refused.',
})
export class MatchingWeightsInput {
  @Field(() => Float, { nullable: true, description: 'Text relevance (BM25 over words, bigrams and bilingual concepts)' })
  textRelevance?: number | null;
  @Field(() => Float, { nullable: true, description: 'Field taxonomy proximity' })
  fieldProximity?: number | null;
  @Field(() => Float, { nullable: true, description: 'Fit of the seed’s TRL to the wished TRL' })
  trlFit?: number | null;
  @Field(() => Float, { nullable: true, description: 'Region: same area > same prefecture > cooperating prefectures > elsewhere' })
  regionFit?: number | null;
  @Field(() => Float, { nullable: true, description: 'Collaboration forms offered versus wanted' })
  collaborationFormFit?: number | null;
  @Field(() => Float, { nullable: true, description: 'Warm path: shared consortium or earlier collaboration' })
  warmPath?: number | null;
  @Field(() => Float, { nullable: true, description: 'Researcher load (open introductions)' })
  researcherLoad?: number | null;
  @Field(() => Float, { nullable: true, description: 'Freshness of the candidate' })
  freshness?: number | null;
}

export enum DiversityMode {
  NONE = 'NONE',
  LAB_CAP = 'LAB_CAP',
  MMR = 'MMR',
}
registerEnumType(DiversityMode, {
  name: 'DiversityMode',
  description: 'How a top list is kept from being filled by one laboratory / 多様性の確保',
  valuesConfig: {
    NONE: { description: 'Pure score order' },
    LAB_CAP: { description: `At most \`maxPerLab\` items of one laboratory before every other fitting item (default, ${DEFAULT_LAB_CAP.maxPerLab} per lab)` },
    MMR: { description: 'Maximal marginal relevance with `lambda`' },
  },
});

@InputType({ description: 'Diversity re-ranking; scores are unchanged, only the order / 多様性の設定' })
export class DiversityInput {
  @Field(() => DiversityMode, { description: 'The method' })
  mode: DiversityMode;

  @Field(() => Int, { nullable: true, description: `LAB_CAP: items of one laboratory before others (≥ 1, default ${DEFAULT_LAB_CAP.maxPerLab})` })
  maxPerLab?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `LAB_CAP: an item over the cap yields only to items scoring at least this share of its score (0–1, default ${DEFAULT_LAB_CAP.minRelativeScore})`,
  })
  minRelativeScore?: number | null;

  @Field(() => Float, { nullable: true, description: `MMR: weight of the score against novelty (0–1, default ${DEFAULT_MMR_LAMBDA})` })
  lambda?: number | null;
}

@ArgsType()
abstract class MatchPageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_MATCH_PAGE_SIZE,
    description: `How many candidates to return (default ${DEFAULT_MATCH_PAGE_SIZE}, at most ${MAX_MATCH_PAGE_SIZE})`,
  })
  @IsOptional()
  @Min(1, bilingual('1以上を指定してください', 'must be at least 1'))
  @Max(MAX_MATCH_PAGE_SIZE, bilingual(`${MAX_MATCH_PAGE_SIZE}以下を指定してください`, `must be at most ${MAX_MATCH_PAGE_SIZE}`))
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return candidates after this cursor (`pageInfo.endCursor`); the ranking is deterministic, so pages are stable',
  })
  after?: string | null;
}

@ArgsType()
export class MatchCandidatesArgs extends MatchPageArgs {
  @Field(() => ID, { description: 'The need (global ID)' })
  needId: string;

  @Field(() => MatchFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: MatchFilter | null;

  @Field(() => MatchingWeightsInput, { nullable: true, description: 'Weights for this query (configured weights by default)' })
  @IsOptional()
  weights?: MatchingWeightsInput | null;

  @Field(() => DiversityInput, { nullable: true, description: 'Diversity re-ranking (default LAB_CAP, 2 per laboratory)' })
  @IsOptional()
  diversity?: DiversityInput | null;
}

@ArgsType()
export class NeedCandidatesArgs extends MatchPageArgs {
  @Field(() => ID, { description: 'The seed (global ID)' })
  seedId: string;

  @Field(() => NeedMatchFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: NeedMatchFilter | null;

  @Field(() => MatchingWeightsInput, { nullable: true, description: 'Weights for this query (configured weights by default)' })
  @IsOptional()
  weights?: MatchingWeightsInput | null;

  @Field(() => DiversityInput, { nullable: true, description: 'Diversity re-ranking (default: at most 2 needs of one company before others)' })
  @IsOptional()
  diversity?: DiversityInput | null;
}

@ArgsType()
export class ResearcherCandidatesArgs extends MatchPageArgs {
  @Field(() => ID, { description: 'The need (global ID)' })
  needId: string;

  @Field(() => MatchFilter, { nullable: true, description: "Filters on the researchers' seeds" })
  @IsOptional()
  @ValidateNested()
  filter?: MatchFilter | null;

  @Field(() => MatchingWeightsInput, { nullable: true, description: 'Weights for scoring the seeds (configured weights by default)' })
  @IsOptional()
  weights?: MatchingWeightsInput | null;
}

@ArgsType()
export class InstitutionCandidatesArgs extends MatchPageArgs {
  @Field(() => ID, { description: 'The need (global ID)' })
  needId: string;

  @Field(() => InstitutionMatchFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: InstitutionMatchFilter | null;
}

@ArgsType()
export class ConsortiumCandidatesArgs extends MatchPageArgs {
  @Field(() => ID, { description: 'The need (global ID)' })
  needId: string;

  @Field(() => ConsortiumMatchFilter, { nullable: true, description: 'Filters' })
  @IsOptional()
  @ValidateNested()
  filter?: ConsortiumMatchFilter | null;
}
