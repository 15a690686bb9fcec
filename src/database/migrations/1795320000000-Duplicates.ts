import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate records: detected near-duplicate pairs of seeds and of needs (both directions), and
 * coordinators' marks that a seed duplicates another, kept with who and when (also after
 * unmarking). Existing records get their pairs the next time they are written or imported.
 */
export class Duplicates1795320000000 implements MigrationInterface {
  name = 'Duplicates1795320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "duplicate_candidate" ("kind" text NOT NULL, "record_id" uuid NOT NULL, "other_id" uuid NOT NULL, "similarity" real NOT NULL, ` +
        `"detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "chk_duplicate_candidate_kind" CHECK ("kind" IN ('SEED', 'NEED')), ` +
        `CONSTRAINT "pk_duplicate_candidate" PRIMARY KEY ("kind", "record_id", "other_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_duplicate_candidate_other" ON "duplicate_candidate" ("kind", "other_id") `);
    await queryRunner.query(
      `CREATE TABLE "seed_duplicate_mark" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_id" uuid NOT NULL, "duplicate_of_id" uuid NOT NULL, ` +
        `"marked_by_account_id" uuid, "marked_by_role" text NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"unmarked_by_account_id" uuid, "unmarked_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "chk_seed_duplicate_mark_not_self" CHECK ("seed_id" <> "duplicate_of_id"), ` +
        `CONSTRAINT "pk_seed_duplicate_mark" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_seed_duplicate_mark_active" ON "seed_duplicate_mark" ("seed_id") WHERE "unmarked_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_seed_duplicate_mark_duplicate_of" ON "seed_duplicate_mark" ("duplicate_of_id") `);
    await queryRunner.query(
      `ALTER TABLE "seed_duplicate_mark" ADD CONSTRAINT "fk_seed_duplicate_mark_seed" FOREIGN KEY ("seed_id") REFERENCES "seed"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seed_duplicate_mark" ADD CONSTRAINT "fk_seed_duplicate_mark_duplicate_of" FOREIGN KEY ("duplicate_of_id") REFERENCES "seed"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_duplicate_mark"`);
    await queryRunner.query(`DROP TABLE "duplicate_candidate"`);
  }
}
