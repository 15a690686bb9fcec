import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `change_record`: who changed which field of a seed, need, company, institution, consortium,
 * researcher, coordinator or account, when, from what to what (src/history). Rows are written in
 * the transaction of the change and are never changed or removed: a trigger refuses UPDATE and
 * DELETE, so not even a bug in a service can rewrite history. `id` orders rows (and is the
 * cursor); `version` is the record's version after the change.
 */
export class ChangeHistory1795500000000 implements MigrationInterface {
  name = 'ChangeHistory1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "change_record" ("id" bigserial NOT NULL, "entity_kind" text NOT NULL, "entity_id" uuid NOT NULL, "version" integer NOT NULL, ` +
        `"actor_kind" text NOT NULL, "actor_id" uuid, "actor_role" text NOT NULL, "source" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"operation" text NOT NULL, "changes" jsonb NOT NULL, ` +
        `CONSTRAINT "CHK_change_record_kind" CHECK ("entity_kind" IN ('Seed', 'Need', 'Company', 'Institution', 'Consortium', 'Researcher', 'Coordinator', 'Account')), ` +
        `CONSTRAINT "CHK_change_record_actor_kind" CHECK ("actor_kind" IN ('ACCOUNT', 'PARTNER', 'ANONYMOUS', 'SYSTEM')), ` +
        `CONSTRAINT "CHK_change_record_source" CHECK ("source" IN ('API', 'IMPORT')), ` +
        `CONSTRAINT "CHK_change_record_operation" CHECK ("operation" IN ('CREATE', 'UPDATE', 'ARCHIVE', 'DISABLE')), ` +
        `CONSTRAINT "PK_change_record" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_change_record_entity" ON "change_record" ("entity_id", "entity_kind", "id")`);
    await queryRunner.query(
      `CREATE FUNCTION change_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'change_record is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "change_record_append_only" BEFORE UPDATE OR DELETE ON "change_record" FOR EACH ROW EXECUTE FUNCTION change_record_is_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "change_record"`);
    await queryRunner.query(`DROP FUNCTION change_record_is_append_only()`);
  }
}
