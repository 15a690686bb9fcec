import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinator's workflow (issue 5): consultations and their history, introductions
 * (table `introduction`, MATCH being an SQL keyword) and their transitions, and the versioned
 * ranking weight sets. Generated from the entities against a scratch cluster migrated to the
 * previous migrations.
 */
export class Workflow1795295969153 implements MigrationInterface {
  name = 'Workflow1795295969153';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consultation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "channel" text NOT NULL, "step" smallint NOT NULL DEFAULT '1', "status" text NOT NULL DEFAULT 'OPEN', "holder_id" uuid NOT NULL, "window_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "note" text, "resolution" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_8c0832c546f368886463d837c9" CHECK ("channel" IN ('VISIT', 'PHONE', 'EMAIL', 'WEB', 'EVENT', 'REFERRAL')), CONSTRAINT "CHK_e157b6deeac06db04ce645af86" CHECK ("status" IN ('OPEN', 'RESOLVED', 'CLOSED')), CONSTRAINT "CHK_2962563a5aa642eff99f68d4a2" CHECK ("step" BETWEEN 1 AND 3), CONSTRAINT "PK_5203569fac28a4a626c42abe70b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_98d9b6d11da42e505150997464" ON "consultation"  ("need_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_15d19a0db4fdb0a49952849949" ON "consultation"  ("step") `);
    await queryRunner.query(`CREATE INDEX "IDX_8b2957d3d168dc15d0d9966683" ON "consultation"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_b3823614bfda90b3d6a5b5b993" ON "consultation"  ("holder_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_43ffa7a731d2ce51794c674d7f" ON "consultation"  ("window_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3fe437d991e15ef6ae63ee77ab" ON "consultation"  ("due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_consultation_open_need" ON "consultation"  ("need_id") WHERE "status" = 'OPEN'`);
    await queryRunner.query(
      `CREATE TABLE "consultation_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "action" text NOT NULL, "from_step" smallint, "to_step" smallint NOT NULL, "holder_id" uuid, "actor_account_id" uuid, "actor_coordinator_id" uuid, "actor_role" text NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9f8964e321653f4d4a65f6f7883" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_26979622766eabee4339b8144b" ON "consultation_event"  ("consultation_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "introduction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "target_kind" text NOT NULL, "target_id" uuid NOT NULL, "seed_id" uuid, "researcher_id" uuid, "institution_id" uuid, "consortium_id" uuid, "status" text NOT NULL DEFAULT 'PROPOSED', "note" text, "score" double precision, "explanation" jsonb NOT NULL DEFAULT '[]', "factor_values" jsonb, "weights_version" integer, "proposed_by_id" uuid, "proposed_by_account_id" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "agreed_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "decline_note" text, "outcome_type" text, "amount_yen" bigint, "start_date" date, CONSTRAINT "CHK_64991e15d83355a4b7c8c392c3" CHECK ("amount_yen" IS NULL OR "amount_yen" >= 0), CONSTRAINT "CHK_a49fb857a0d898470c413837bb" CHECK ("status" <> 'DECLINED' OR "decline_reason" IS NOT NULL), CONSTRAINT "CHK_647f75a05d11bc912e0a461c8b" CHECK ("status" <> 'AGREED' OR "outcome_type" IS NOT NULL), CONSTRAINT "CHK_cd9dbe44209a2b3e80396063f1" CHECK ("status" IN ('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING', 'AGREED', 'DECLINED', 'WITHDRAWN')), CONSTRAINT "CHK_5ea61f583b02eb4e9362f29ef8" CHECK (num_nonnulls("seed_id", "researcher_id", "institution_id", "consortium_id") = 1), CONSTRAINT "PK_d5544c866e1ffeb156a2b636082" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_41b125b7d53b058476dfb4ded9" ON "introduction"  ("need_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_457218cc5a181855c9917d3220" ON "introduction"  ("seed_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ccc56bcebf1047fa60180b65c5" ON "introduction"  ("researcher_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9491ec0169a7be3b84198989c4" ON "introduction"  ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_70704a0f8b2877a0aae9855621" ON "introduction"  ("consortium_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3da0e04935dd58d15c1a4fb0a2" ON "introduction"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_15382da85c73e441b22a8117c8" ON "introduction"  ("proposed_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0002b019ee4f37795c5663b2c5" ON "introduction"  ("proposed_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_6a42d0fb90db4456cb42697728" ON "introduction"  ("agreed_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_introduction_open_pair" ON "introduction"  ("need_id", "target_id") WHERE "status" IN ('PROPOSED', 'INTRODUCED', 'MEETING', 'NEGOTIATING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "introduction_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_account_id" uuid, "actor_coordinator_id" uuid, "actor_role" text NOT NULL, "reason" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "past_record" boolean NOT NULL DEFAULT false, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ad15a10add5248fde2e3676c5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e7a43f9f1e7acafc7069bda56c" ON "introduction_event"  ("to_status") `);
    await queryRunner.query(`CREATE INDEX "IDX_26f0749abae5af1a77f11c1945" ON "introduction_event"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_f1242c748a3e2c5ecfee4b8689" ON "introduction_event"  ("match_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "weight_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "weights" jsonb NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "metrics" jsonb NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT false, "activated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_b368425f5d0820c3c1cd3f34373" UNIQUE ("version"), CONSTRAINT "PK_2062db30423aa7e7d51df98e0ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_weight_set_active" ON "weight_set"  ("active") WHERE "active"`);
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "FK_98d9b6d11da42e505150997464c" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "FK_b3823614bfda90b3d6a5b5b9939" FOREIGN KEY ("holder_id") REFERENCES "coordinator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "FK_43ffa7a731d2ce51794c674d7f3" FOREIGN KEY ("window_id") REFERENCES "coordinator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_event" ADD CONSTRAINT "FK_278ac05ccc9923e83d775f1c712" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "FK_41b125b7d53b058476dfb4ded95" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "FK_457218cc5a181855c9917d32201" FOREIGN KEY ("seed_id") REFERENCES "seed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "FK_ccc56bcebf1047fa60180b65c54" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "FK_9491ec0169a7be3b84198989c42" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "FK_70704a0f8b2877a0aae98556217" FOREIGN KEY ("consortium_id") REFERENCES "consortium"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction" ADD CONSTRAINT "FK_15382da85c73e441b22a8117c8d" FOREIGN KEY ("proposed_by_id") REFERENCES "coordinator"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_event" ADD CONSTRAINT "FK_a2898a07fabd3df6ab87a610d17" FOREIGN KEY ("match_id") REFERENCES "introduction"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "introduction_event" DROP CONSTRAINT "FK_a2898a07fabd3df6ab87a610d17"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "FK_15382da85c73e441b22a8117c8d"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "FK_70704a0f8b2877a0aae98556217"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "FK_9491ec0169a7be3b84198989c42"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "FK_ccc56bcebf1047fa60180b65c54"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "FK_457218cc5a181855c9917d32201"`);
    await queryRunner.query(`ALTER TABLE "introduction" DROP CONSTRAINT "FK_41b125b7d53b058476dfb4ded95"`);
    await queryRunner.query(`ALTER TABLE "consultation_event" DROP CONSTRAINT "FK_278ac05ccc9923e83d775f1c712"`);
    await queryRunner.query(`ALTER TABLE "consultation" DROP CONSTRAINT "FK_43ffa7a731d2ce51794c674d7f3"`);
    await queryRunner.query(`ALTER TABLE "consultation" DROP CONSTRAINT "FK_b3823614bfda90b3d6a5b5b9939"`);
    await queryRunner.query(`ALTER TABLE "consultation" DROP CONSTRAINT "FK_98d9b6d11da42e505150997464c"`);
    await queryRunner.query(`DROP INDEX "public"."uq_weight_set_active"`);
    await queryRunner.query(`DROP TABLE "weight_set"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1242c748a3e2c5ecfee4b8689"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26f0749abae5af1a77f11c1945"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7a43f9f1e7acafc7069bda56c"`);
    await queryRunner.query(`DROP TABLE "introduction_event"`);
    await queryRunner.query(`DROP INDEX "public"."uq_introduction_open_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a42d0fb90db4456cb42697728"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0002b019ee4f37795c5663b2c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15382da85c73e441b22a8117c8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3da0e04935dd58d15c1a4fb0a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70704a0f8b2877a0aae9855621"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9491ec0169a7be3b84198989c4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccc56bcebf1047fa60180b65c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_457218cc5a181855c9917d3220"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_41b125b7d53b058476dfb4ded9"`);
    await queryRunner.query(`DROP TABLE "introduction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26979622766eabee4339b8144b"`);
    await queryRunner.query(`DROP TABLE "consultation_event"`);
    await queryRunner.query(`DROP INDEX "public"."uq_consultation_open_need"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fe437d991e15ef6ae63ee77ab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43ffa7a731d2ce51794c674d7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3823614bfda90b3d6a5b5b993"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b2957d3d168dc15d0d9966683"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15d19a0db4fdb0a49952849949"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98d9b6d11da42e505150997464"`);
    await queryRunner.query(`DROP TABLE "consultation"`);
  }
}
