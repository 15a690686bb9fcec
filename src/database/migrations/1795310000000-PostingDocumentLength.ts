import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each posting carries its document's length, and the retrieval index holds it, so BM25
 * retrieval reads postings from the index alone instead of joining match_document once per
 * posting (the largest cost of matchCandidates at 100k seeds). Existing postings are filled
 * from match_document in the same transaction.
 */
export class PostingDocumentLength1795310000000 implements MigrationInterface {
  name = 'PostingDocumentLength1795310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_term" ADD "doc_length" real`);
    await queryRunner.query(`UPDATE "match_term" t SET "doc_length" = d."length" FROM "match_document" d WHERE d."kind" = t."kind" AND d."doc_id" = t."doc_id"`);
    // A posting without a document cannot occur (the indexer writes both); 0 keeps NOT NULL safe if one did.
    await queryRunner.query(`UPDATE "match_term" SET "doc_length" = 0 WHERE "doc_length" IS NULL`);
    await queryRunner.query(`ALTER TABLE "match_term" ALTER COLUMN "doc_length" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term_weight"`);
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term_weight" ON "match_term" ("kind", "term", "weight", "doc_id", "doc_length") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term_weight"`);
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term_weight" ON "match_term" ("kind", "term", "weight", "doc_id") `);
    await queryRunner.query(`ALTER TABLE "match_term" DROP COLUMN "doc_length"`);
  }
}
