import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/** Relay's Node: anything with a global ID that `node(id:)` can fetch. */
@InterfaceType('Node', { description: 'An object with a global ID / グローバル ID を持つオブジェクト' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global ID, usable with `node(id:)`' })
  globalId: string;
}

/**
 * Columns every editable record shares: uuid key, timestamps, and the optimistic-lock version.
 * Global IDs carry the GraphQL type name: a class named otherwise in TypeScript says it in a
 * static `graphqlName`.
 */
@ObjectType()
export abstract class BaseRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id', description: 'Global ID, usable with `node(id:)`' })
  get globalId(): string {
    return toGlobalId((this.constructor as { graphqlName?: string }).graphqlName ?? this.constructor.name, this.id);
  }

  @Field(() => Int, { description: 'Version for optimistic locking: send it back as `expectedVersion` when updating' })
  @VersionColumn()
  version: number;

  @Field({ description: 'When the record was created' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the record was last changed' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Records that can be imported carry a stable external key and a demo-data marker. */
@ObjectType()
export abstract class KeyedRecord extends BaseRecord {
  @Field({ description: 'Stable external key used by import/export (e.g. `inst.yamagata-u`)' })
  @Column({ type: 'text', unique: true })
  key: string;

  @Field({ description: 'True for fictional demo records (架空のデモデータ)' })
  @Column({ type: 'boolean', default: false })
  isFictional: boolean;

  /** Normalised, lower-cased text behind `contains` filters (pg_trgm indexed). */
  @Column({ type: 'text', default: '' })
  searchText: string;
}
