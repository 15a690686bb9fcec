import { MigrationInterface, QueryRunner } from 'typeorm';

export class PostingsByWeight1795298798001 implements MigrationInterface {
  name = 'PostingsByWeight1795298798001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term"`);
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term_weight" ON "match_term"  ("kind", "term", "weight", "doc_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term_weight"`);
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term" ON "match_term" USING btree ("kind", "term") `);
  }
}
