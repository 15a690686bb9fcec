import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Node } from '../common/base-record';
import { toGlobalId } from '../common/global-id';
import { RegionKind } from './region.enums';

/** A country, prefecture or area (e.g. 置賜). Prefectures list the neighbours they cooperate with. */
@ObjectType({ implements: Node, description: 'A region: country, prefecture or area / 地域' })
@Entity()
export class Region implements Node {
  @Field({ description: 'Region code (ISO 3166-2 for prefectures, e.g. `JP-06`; areas below, e.g. `JP-06-OKITAMA`)' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => ID, { name: 'id', description: 'Global ID, usable with `node(id:)`' })
  get globalId(): string {
    return toGlobalId('Region', this.code);
  }

  @Field(() => RegionKind, { description: 'Country, prefecture or area' })
  @Column({ type: 'text' })
  kind: RegionKind;

  @Field(() => String, { nullable: true, description: 'Code of the enclosing region' })
  @Index()
  @Column({ type: 'text', nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_code' })
  parent?: Region | null;

  @Field({ description: 'Japanese name / 日本語名' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field({ description: 'English name' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => [String], { description: 'Codes of prefectures this one cooperates with (e.g. the IMY public-lab council)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cooperatesWith: string[];

  @Field(() => Int, { description: 'Version for optimistic locking' })
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
