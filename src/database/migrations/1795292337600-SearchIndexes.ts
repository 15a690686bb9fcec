import { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCHABLE = ['institution', 'researcher', 'coordinator', 'company', 'consortium', 'seed', 'need'];
const WITH_FIELDS = ['institution', 'researcher', 'company', 'consortium', 'seed', 'need'];

/**
 * Text and array indexes TypeORM cannot describe: trigram GIN indexes behind `contains`
 * filters (Japanese needs a UTF-8 locale for these, checked at start-up), and GIN indexes on
 * field-code arrays behind field filters.
 */
export class SearchIndexes1795292337600 implements MigrationInterface {
  name = 'SearchIndexes1795292337600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const table of SEARCHABLE) {
      await queryRunner.query(`CREATE INDEX "idx_${table}_search_text" ON "${table}" USING gin ("search_text" gin_trgm_ops)`);
    }
    for (const table of WITH_FIELDS) {
      await queryRunner.query(`CREATE INDEX "idx_${table}_field_codes" ON "${table}" USING gin ("field_codes")`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WITH_FIELDS) await queryRunner.query(`DROP INDEX IF EXISTS "idx_${table}_field_codes"`);
    for (const table of SEARCHABLE) await queryRunner.query(`DROP INDEX IF EXISTS "idx_${table}_search_text"`);
    // pg_trgm stays: other objects may use it.
  }
}
