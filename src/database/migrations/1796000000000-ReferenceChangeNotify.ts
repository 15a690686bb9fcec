import { MigrationInterface, QueryRunner } from 'typeorm';

/** The reference tables every matching instance holds in memory (src/matching/reference). */
const TABLES = ['research_field', 'region', 'consortium', 'weight_set'];

/**
 * A committed change to a reference table notifies channel `musubi_reference_changed` with the
 * table's name, whoever writes it (an instance, `npm run calibrate`, an import, psql), so that
 * every listening instance drops its cached copy. Statement-level: a bulk import notifies once
 * per statement, and PostgreSQL folds equal notifications of one transaction into one.
 */
export class ReferenceChangeNotify1796000000000 implements MigrationInterface {
  name = 'ReferenceChangeNotify1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "notify_reference_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN PERFORM pg_notify('musubi_reference_changed', TG_TABLE_NAME); RETURN NULL; END $$`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_reference_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" ` +
          `FOR EACH STATEMENT EXECUTE FUNCTION "notify_reference_changed"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "trg_${table}_reference_changed" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "notify_reference_changed"()`);
  }
}
