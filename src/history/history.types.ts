import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../common/connection';

export enum ChangeOperationType {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  DISABLE = 'DISABLE',
}
registerEnumType(ChangeOperationType, {
  name: 'ChangeOperation',
  description: 'What a change did / 変更の種類',
  valuesConfig: {
    CREATE: { description: 'Created (registered, submitted or imported) / 作成' },
    UPDATE: { description: 'Fields changed / 更新' },
    ARCHIVE: { description: 'Archived: hidden from default lists, kept / アーカイブ' },
    DISABLE: { description: 'An account was disabled / アカウント無効化' },
  },
});

@ObjectType({ description: 'One field of a change: its value before and after / 変更された項目' })
export class FieldChange {
  @Field({ description: 'The field, as named in the API (`title`, `keywords`, `companyId` …); `password` for a new password, never with values' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON text (`"…"`, `["…"]`, `4`); null when there was none or when withheld' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON text; null when cleared or when withheld' })
  after: string | null;

  @Field({
    description:
      'True when you may not read this field (a confidential need, private contacts, a password): the field changed, its values are not shown / 非公開',
  })
  withheld: boolean;
}

@ObjectType({ description: 'One recorded change of a record: who, when, what / 変更履歴の1件' })
export class ChangeRecord {
  /** Row id in change_record: orders the history and makes the cursor. */
  rowId: string;

  @Field({ description: 'When the change was committed' })
  at: Date;

  @Field(() => ChangeOperationType, { description: 'What the change did' })
  operation: ChangeOperationType;

  @Field(() => Int, { description: "The record's `version` after this change" })
  version: number;

  @Field({ description: 'Who changed it: ACCOUNT, PARTNER (an API key), SYSTEM (the command-line import) / 変更者の種別' })
  actorKind: string;

  @Field({ description: "The changer's role (ADMIN, COORDINATOR, RESEARCHER, COMPANY_USER), a partner key's scopes, or SYSTEM" })
  actorRole: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of the account (or API key) that made the change; shown to coordinators and administrators, and to the changer',
  })
  actorId: string | null;

  @Field({ description: 'API (a mutation) or IMPORT (importRecords or the command line)' })
  source: string;

  @Field(() => [FieldChange], { description: 'The changed fields; a creation lists every field it set' })
  changes: FieldChange[];
}

@ObjectType({ description: 'A page of a record’s history, newest first' })
export class ChangeRecordConnection extends Connection(ChangeRecord, 'ChangeRecord') {}

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'Global ID of a seed, need, company, institution, consortium, researcher, coordinator or account' })
  id: string;
}
