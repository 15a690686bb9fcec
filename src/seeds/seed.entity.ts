import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { CollaborationForm, Language } from '../common/enums';
import { Institution } from '../institutions/institution.entity';
import { Patent } from './patent';
import { SeedStatus } from './seed.enums';

@ObjectType({ implements: Node, description: 'A piece of research or technology that can be transferred or applied / 研究シーズ' })
@Entity()
@Check(`"trl" BETWEEN 1 AND 9`)
@Check(`"status" IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')`)
@Check(`"language" IN ('JA', 'EN')`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_seed_search_text', { synchronize: false })
@Index('idx_seed_field_codes', { synchronize: false })
// The default list order, so a page is read from an index instead of sorting the table.
@Index(['createdAt', 'id'])
export class Seed extends KeyedRecord {
  @Field({ description: 'Title / タイトル' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Summary / 概要' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => Language, { description: 'Language the seed is written in' })
  @Index()
  @Column({ type: 'text' })
  language: Language;

  @Field(() => [String], { description: 'Keywords / キーワード' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Field(() => [String], { description: 'Field taxonomy codes; see `fields` for the nodes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Field(() => Int, { description: 'Technology readiness level, 1 (basic principle) to 9 (proven in operation) / 技術成熟度' })
  @Index()
  @Column({ type: 'smallint' })
  trl: number;

  @Field(() => [CollaborationForm], { description: 'Forms of collaboration offered / 対応可能な連携形態' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  collaborationForms: CollaborationForm[];

  @Field(() => [Patent], { description: 'Patents and applications / 関連特許' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  patents: Patent[];

  @Index()
  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution;

  @Field(() => SeedStatus, { description: 'Draft, published or archived' })
  @Index()
  @Column({ type: 'text', default: SeedStatus.DRAFT })
  status: SeedStatus;

  @Field(() => Date, { nullable: true, description: 'When the seed was first published' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
