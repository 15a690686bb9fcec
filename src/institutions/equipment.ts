import { Field, ObjectType } from 'type-graphql';

/** A piece of equipment an institution lends or uses for contract tests (kept as JSON on the institution). */
@ObjectType({ description: 'Equipment offered by an institution / 保有設備' })
export class Equipment {
  @Field({ description: 'Name of the equipment / 設備名' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it does and its specification / 概要・仕様' })
  description: string | null;
}
