import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support plans that bring 産学官金 together (issue 16):
 * - `funding_programme`: subsidies, grants and loan products with their provider, who may apply
 *   and when; an introduction may now target one (`introduction.funding_programme_id`, kind FUNDING);
 * - `support_plan`, `support_plan_part`, `support_plan_event`: a plan's parts are introductions,
 *   a dropped or replaced part keeps its row, every change is an event;
 * - capacity and conflicts: `researcher.max_open_introductions`,
 *   `institution.testing_capacity_per_month`, and `conflict_of_interest` declarations (withdrawn
 *   ones kept, at most one standing per researcher and company).
 */
export class SupportPlans1795600000000 implements MigrationInterface {
  name = 'SupportPlans1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funding_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "name_ja" text NOT NULL, "name_en" text, "kind" text NOT NULL, "provider_id" uuid NOT NULL, ` +
        `"purposes" text array NOT NULL DEFAULT '{}', "description" text, "eligible_sizes" text array NOT NULL DEFAULT '{}', "region_codes" text array NOT NULL DEFAULT '{}', "field_codes" text array NOT NULL DEFAULT '{}', ` +
        `"trl_min" smallint, "trl_max" smallint, "amount_min_yen" bigint, "amount_max_yen" bigint, "co_funding_rate" double precision, "windows" jsonb NOT NULL DEFAULT '[]', "website_url" text, "status" text NOT NULL DEFAULT 'ACTIVE', ` +
        `CONSTRAINT "uq_funding_programme_key" UNIQUE ("key"), ` +
        `CONSTRAINT "chk_funding_programme_kind" CHECK ("kind" IN ('SUBSIDY', 'GRANT', 'LOAN')), ` +
        `CONSTRAINT "chk_funding_programme_status" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')), ` +
        `CONSTRAINT "chk_funding_programme_trl_min" CHECK ("trl_min" IS NULL OR "trl_min" BETWEEN 1 AND 9), ` +
        `CONSTRAINT "chk_funding_programme_trl_max" CHECK ("trl_max" IS NULL OR "trl_max" BETWEEN 1 AND 9), ` +
        `CONSTRAINT "chk_funding_programme_rate" CHECK ("co_funding_rate" IS NULL OR ("co_funding_rate" > 0 AND "co_funding_rate" <= 1)), ` +
        `CONSTRAINT "pk_funding_programme" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "fk_funding_programme_provider" FOREIGN KEY ("provider_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_funding_programme_provider" ON "funding_programme" ("provider_id")`);
    await queryRunner.query(`CREATE INDEX "idx_funding_programme_status" ON "funding_programme" ("status")`);

    await queryRunner.query(`ALTER TABLE "introduction" ADD "funding_programme_id" uuid`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "CHK_5ea61f583b02eb4e9362f29ef8"`);
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "chk_introduction_one_target" CHECK (num_nonnulls("seed_id", "researcher_id", "institution_id", "consortium_id", "funding_programme_id") = 1)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_introduction_funding_programme" ON "introduction" ("funding_programme_id")`);
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "fk_introduction_funding_programme" FOREIGN KEY ("funding_programme_id") REFERENCES "funding_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "support_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"need_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "score" double precision NOT NULL, "explanation_ja" text NOT NULL, "explanation_en" text NOT NULL, "note" text, ` +
        `"proposed_by_id" uuid, "proposed_by_account_id" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "agreed_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "chk_support_plan_status" CHECK ("status" IN ('ACTIVE', 'PARTLY_AGREED', 'AGREED', 'CLOSED')), CONSTRAINT "pk_support_plan" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "fk_support_plan_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION, ` +
        `CONSTRAINT "fk_support_plan_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "coordinator"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    for (const column of ['need_id', 'status', 'proposed_by_id', 'proposed_at', 'agreed_at'])
      await queryRunner.query(`CREATE INDEX "idx_support_plan_${column}" ON "support_plan" ("${column}")`);

    await queryRunner.query(
      `CREATE TABLE "support_plan_part" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "role" text NOT NULL, "introduction_id" uuid NOT NULL, "part_score" double precision, ` +
        `"reason_ja" text NOT NULL, "reason_en" text NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, "replaced_by_id" uuid, ` +
        `CONSTRAINT "chk_support_plan_part_role" CHECK ("role" IN ('RESEARCH', 'TESTING', 'NETWORK', 'FUNDING', 'MANAGEMENT')), CONSTRAINT "pk_support_plan_part" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "fk_support_plan_part_plan" FOREIGN KEY ("plan_id") REFERENCES "support_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION, ` +
        `CONSTRAINT "fk_support_plan_part_introduction" FOREIGN KEY ("introduction_id") REFERENCES "introduction"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_support_plan_part_plan" ON "support_plan_part" ("plan_id")`);
    await queryRunner.query(`CREATE INDEX "idx_support_plan_part_introduction" ON "support_plan_part" ("introduction_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_support_plan_part_live_role" ON "support_plan_part" ("plan_id", "role") WHERE "removed_at" IS NULL`);

    await queryRunner.query(
      `CREATE TABLE "support_plan_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "action" text NOT NULL, "role" text, "part_id" uuid, "status" text, ` +
        `"actor_account_id" uuid, "actor_role" text NOT NULL, "reason" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_support_plan_event" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "fk_support_plan_event_plan" FOREIGN KEY ("plan_id") REFERENCES "support_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_support_plan_event_plan_occurred" ON "support_plan_event" ("plan_id", "occurred_at")`);

    await queryRunner.query(`ALTER TABLE "researcher" ADD "max_open_introductions" integer`);
    await queryRunner.query(
      `ALTER TABLE "researcher" ADD CONSTRAINT "chk_researcher_max_open_introductions" CHECK ("max_open_introductions" IS NULL OR "max_open_introductions" >= 0)`,
    );
    await queryRunner.query(`ALTER TABLE "institution" ADD "testing_capacity_per_month" integer`);
    await queryRunner.query(
      `ALTER TABLE "institution" ADD CONSTRAINT "chk_institution_testing_capacity" CHECK ("testing_capacity_per_month" IS NULL OR "testing_capacity_per_month" >= 0)`,
    );
    await queryRunner.query(
      `CREATE TABLE "conflict_of_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "researcher_id" uuid NOT NULL, "company_id" uuid NOT NULL, "reason" text, "declared_by_account_id" uuid, ` +
        `"declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_conflict_of_interest" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "fk_conflict_of_interest_researcher" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION, ` +
        `CONSTRAINT "fk_conflict_of_interest_company" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_conflict_of_interest_researcher" ON "conflict_of_interest" ("researcher_id")`);
    await queryRunner.query(`CREATE INDEX "idx_conflict_of_interest_company" ON "conflict_of_interest" ("company_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_conflict_of_interest_active" ON "conflict_of_interest" ("researcher_id", "company_id") WHERE "withdrawn_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "conflict_of_interest"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP CONSTRAINT "chk_institution_testing_capacity"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP COLUMN "testing_capacity_per_month"`);
    await queryRunner.query(`ALTER TABLE "researcher" DROP CONSTRAINT "chk_researcher_max_open_introductions"`);
    await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "max_open_introductions"`);
    await queryRunner.query(`DROP TABLE "support_plan_event"`);
    await queryRunner.query(`DROP TABLE "support_plan_part"`);
    await queryRunner.query(`DROP TABLE "support_plan"`);
    await queryRunner.query(`DELETE FROM "introduction" WHERE "funding_programme_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "fk_introduction_funding_programme"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "chk_introduction_one_target"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP COLUMN "funding_programme_id"`);
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "CHK_5ea61f583b02eb4e9362f29ef8" CHECK (num_nonnulls("seed_id", "researcher_id", "institution_id", "consortium_id") = 1)`,
    );
    await queryRunner.query(`DROP TABLE "funding_programme"`);
  }
}
