import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeyedRecord, Node } from '../common/base-record';
import { RecordStatus } from '../common/enums';
import { Institution } from '../institutions/institution.entity';

@ObjectType({ implements: Node, description: 'A researcher at a university, KOSEN or public lab / 研究者' })
@Entity()
@Check(`"status" IN ('ACTIVE', 'ARCHIVED')`)
@Check('chk_researcher_max_open_introductions', `"max_open_introductions" IS NULL OR "max_open_introductions" >= 0`)
// GIN indexes (trigram, array) are created by the SearchIndexes migration; declared so generate leaves them alone.
@Index('idx_researcher_search_text', { synchronize: false })
@Index('idx_researcher_field_codes', { synchronize: false })
// The default list order, so a page is read from an index instead of sorting the table.
@Index(['nameJa', 'id'])
export class Researcher extends KeyedRecord {
  @Field({ description: 'Name in Japanese / 氏名' })
  @Column({ type: 'text' })
  nameJa: string;

  @Field(() => String, { nullable: true, description: 'Name in Latin letters' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Index()
  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution;

  @Field(() => String, { nullable: true, description: 'Position / 職位 (教授, 主任研究員 …)' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail; null unless the researcher made their contact details public (`contactPublic`)' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone; null unless the researcher made their contact details public (`contactPublic`)' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field({ description: 'Whether the researcher made their contact details public / 連絡先公開' })
  @Column({ type: 'boolean', default: false })
  contactPublic: boolean;

  @Field(() => [String], { description: 'Field taxonomy codes; see `fields` for the nodes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Field(() => [String], { description: 'Research keywords / 研究キーワード' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Field(() => Int, { nullable: true, description: 'Open introductions the researcher takes at once; null: no limit declared / 同時に受けられる紹介の数' })
  @Column({ type: 'int', nullable: true })
  maxOpenIntroductions: number | null;

  @Field(() => RecordStatus, { description: 'Active or archived' })
  @Index()
  @Column({ type: 'text', default: RecordStatus.ACTIVE })
  status: RecordStatus;
}
