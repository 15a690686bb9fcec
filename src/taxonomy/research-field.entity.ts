import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Node } from '../common/base-record';
import { toGlobalId } from '../common/global-id';

/**
 * A node of the field taxonomy (分野). New codes extend their parent's code
 * (`clusters.welding` under `clusters`), but the tree itself is `parent_code`.
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

  @Field(() => Int, { description: 'Version for optimistic locking' })
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
