import { Field, ObjectType } from 'type-graphql';
import { PatentStatus } from './seed.enums';

/** Intellectual property behind a seed (kept as JSON on the seed). */
@ObjectType({ description: 'A patent or application behind a seed / 関連特許' })
export class Patent {
  @Field({ description: 'Application or registration number (e.g. 特願2024-012345, JP7123456B2)' })
  number: string;

  @Field(() => String, { nullable: true, description: 'Title of the invention / 発明の名称' })
  title: string | null;

  @Field(() => PatentStatus, { description: 'Pending, granted or expired' })
  status: PatentStatus;
}
