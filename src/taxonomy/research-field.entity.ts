import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Node } from '../common/base-record';
import { toGlobalId } from '../common/global-id';

/**
 * A node of the field taxonomy (分野). The code is the path: `organic-electronics.oled-lighting`
 * lies under `organic-electronics`, so "a field and its descendants" is a prefix test.
 */
@ObjectType('ResearchField', { implements: Node, description: 'A node of the hierarchical field taxonomy / 分野' })
@Entity()
export class ResearchField implements Node {
  @Field({ description: 'Hierarchical code, dot-separated (e.g. `organic-electronics.oled-lighting`)' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => ID, { name: 'id', description: 'Global ID, usable with `node(id:)`' })
  get globalId(): string {
    return toGlobalId('ResearchField', this.code);
  }

  @Field(() => String, { nullable: true, description: 'Code of the parent node; null at the top level' })
  @Index()
  @Column({ type: 'text', nullable: true })
  parentCode: string | null;

  @ManyToOne(() => ResearchField, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_code' })
  parent?: ResearchField | null;

  @Field({ description: 'Japanese label / 日本語名' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field({ description: 'English label' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => Int, { description: 'Depth in the taxonomy, 0 at the top' })
  get depth(): number {
    return this.code.split('.').length - 1;
  }

  @Field(() => Int, { description: 'Version for optimistic locking' })
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
