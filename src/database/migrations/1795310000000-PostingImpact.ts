import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Postings carry what BM25 retrieval needs, so it reads them from the retrieval index alone:
 * the document's length (instead of joining match_document once per posting, the largest cost
 * of matchCandidates at 100k seeds) and the posting's impact, its BM25 document factor, by
 * which a term's postings are read best first. The backfill uses k1 = 1.2 and b = 0.75 (the
 * defaults of src/matching/text/bm25.ts when this was written) and each corpus's current
 * average length, like the indexer (postingImpactSql). About 5 minutes for 6.6M postings.
 */
export class PostingImpact1795310000000 implements MigrationInterface {
  name = 'PostingImpact1795310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term_weight"`);
    await queryRunner.query(`ALTER TABLE "match_term" ADD "doc_length" real`);
    await queryRunner.query(`ALTER TABLE "match_term" ADD "impact" real`);
    await queryRunner.query(
      `UPDATE "match_term" t SET "doc_length" = d."length",
              "impact" = t."weight" * 2.2 / (t."weight" + 1.2 * (0.25 + 0.75 * d."length" / c."avglen"))
       FROM "match_document" d,
            (SELECT "kind", CASE WHEN "document_count" > 0 AND "total_length" > 0 THEN "total_length" / "document_count" ELSE 1 END AS "avglen" FROM "match_corpus") c
       WHERE d."kind" = t."kind" AND d."doc_id" = t."doc_id" AND c."kind" = t."kind"`,
    );
    // A posting without its document or corpus row cannot occur (the indexer writes them together); 0 keeps NOT NULL safe if one did.
    await queryRunner.query(
      `UPDATE "match_term" SET "doc_length" = COALESCE("doc_length", 0), "impact" = COALESCE("impact", 0) WHERE "doc_length" IS NULL OR "impact" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "match_term" ALTER COLUMN "doc_length" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "match_term" ALTER COLUMN "impact" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term_impact" ON "match_term" ("kind", "term", "impact", "doc_id", "weight", "doc_length") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term_impact"`);
    await queryRunner.query(`ALTER TABLE "match_term" DROP COLUMN "impact"`);
    await queryRunner.query(`ALTER TABLE "match_term" DROP COLUMN "doc_length"`);
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term_weight" ON "match_term" ("kind", "term", "weight", "doc_id") `);
  }
}
