import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching index (src/matching/index/match-index.entities.ts): documents with their
 * analysed terms, postings by (kind, term), document frequencies and corpus sizes. Empty at
 * first: `ensureMatchIndex` fills it at start-up from the seeds and needs already stored.
 */
export class MatchIndex1795292337700 implements MigrationInterface {
  name = 'MatchIndex1795292337700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_document" ("kind" text NOT NULL, "doc_id" uuid NOT NULL, "length" real NOT NULL, "terms" jsonb NOT NULL, ` +
        `"surfaces" jsonb NOT NULL DEFAULT '{}', "analyser_version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "chk_match_document_kind" CHECK ("kind" IN ('SEED', 'NEED')), CONSTRAINT "pk_match_document" PRIMARY KEY ("kind", "doc_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_term" ("kind" text NOT NULL, "doc_id" uuid NOT NULL, "term" text NOT NULL, "weight" real NOT NULL, ` +
        `CONSTRAINT "chk_match_term_kind" CHECK ("kind" IN ('SEED', 'NEED')), CONSTRAINT "pk_match_term" PRIMARY KEY ("kind", "doc_id", "term"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_match_term_kind_term" ON "match_term"  ("kind", "term") `);
    await queryRunner.query(
      `CREATE TABLE "match_term_stat" ("kind" text NOT NULL, "term" text NOT NULL, "df" integer NOT NULL, ` +
        `CONSTRAINT "chk_match_term_stat_kind" CHECK ("kind" IN ('SEED', 'NEED')), CONSTRAINT "pk_match_term_stat" PRIMARY KEY ("kind", "term"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_corpus" ("kind" text NOT NULL, "document_count" integer NOT NULL, "total_length" double precision NOT NULL, ` +
        `CONSTRAINT "chk_match_corpus_kind" CHECK ("kind" IN ('SEED', 'NEED')), CONSTRAINT "pk_match_corpus" PRIMARY KEY ("kind"))`,
    );
    await queryRunner.query(`INSERT INTO "match_corpus" ("kind", "document_count", "total_length") VALUES ('SEED', 0, 0), ('NEED', 0, 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_corpus"`);
    await queryRunner.query(`DROP TABLE "match_term_stat"`);
    await queryRunner.query(`DROP INDEX "public"."idx_match_term_kind_term"`);
    await queryRunner.query(`DROP TABLE "match_term"`);
    await queryRunner.query(`DROP TABLE "match_document"`);
  }
}
