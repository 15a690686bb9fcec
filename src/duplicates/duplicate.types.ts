import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Need } from '../needs/need.entity';
import { Seed } from '../seeds/seed.entity';

@ObjectType({ description: 'A seed that may duplicate another: same owner or institution, nearly the same analysed text / 重複の可能性があるシーズ' })
export class SeedDuplicateCandidate {
  @Field(() => Seed, { description: 'The other seed' })
  seed: Seed;

  @Field(() => Float, {
    description: 'Similarity of the two texts’ analysed terms, 0–1 (listed from 0.85; 1 = the same text, also across full-/half-width forms) / 類似度',
  })
  similarity: number;
}

@ObjectType({ description: 'A need that may duplicate another: same company, nearly the same analysed text / 重複の可能性があるニーズ' })
export class NeedDuplicateCandidate {
  @Field(() => Need, { description: 'The other need' })
  need: Need;

  @Field(() => Float, { description: 'Similarity of the two texts’ analysed terms, 0–1 (listed from 0.85) / 類似度' })
  similarity: number;
}

@ObjectType({ description: 'A coordinator’s decision that a seed duplicates another / 重複の指定' })
export class SeedDuplicateMarkInfo {
  @Field(() => Seed, { nullable: true, description: 'The seed it duplicates (the one kept); null when the viewer may not see it' })
  duplicateOf: Seed | null;

  @Field({ description: 'When it was marked / 指定日時' })
  markedAt: Date;

  @Field({ description: 'Role of the account that marked it (ADMIN, COORDINATOR) / 指定者の役割' })
  markedByRole: string;
}

@InputType({ description: 'Marks a seed as a duplicate of another / シーズを重複として指定する' })
export class MarkSeedDuplicateInput {
  @Field(() => ID, { description: 'The duplicate seed (global ID)' })
  seedId: string;

  @Field(() => ID, { description: 'The seed it duplicates, the one to keep (global ID)' })
  duplicateOfId: string;
}

@InputType({ description: 'Removes the duplicate mark of a seed / 重複の指定を解除する' })
export class UnmarkSeedDuplicateInput {
  @Field(() => ID, { description: 'The seed marked as a duplicate (global ID)' })
  seedId: string;
}
