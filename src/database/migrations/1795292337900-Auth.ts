import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, partner API keys and the access log of confidential needs (src/auth/). Generated
 * from the entities against a scratch cluster migrated to the previous migrations.
 */
export class Auth1795292337900 implements MigrationInterface {
  name = 'Auth1795292337900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text, "role" text NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "token_version" integer NOT NULL DEFAULT '1', "coordinator_id" uuid, "researcher_id" uuid, "company_id" uuid, "institution_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_4c8f96ccf523e9a3faefd5bdd4c" UNIQUE ("email"), CONSTRAINT "CHK_fab273dd2339b0830f41dcf760" CHECK ("token_version" >= 1), CONSTRAINT "CHK_221d8b8511e76ac0c930579035" CHECK ("status" IN ('ACTIVE', 'DISABLED')), CONSTRAINT "CHK_0ca4f95d1bbfb484b675f168e8" CHECK ("role" IN ('ADMIN', 'COORDINATOR', 'RESEARCHER', 'COMPANY_USER')), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a9c1b5266d290363d11489339f" ON "account"  ("role")`);
    await queryRunner.query(`CREATE INDEX "IDX_8ebfbd6ad3b00e2bee5fbf068b" ON "account"  ("coordinator_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_aa00ba3db533770e84c518f825" ON "account"  ("researcher_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_308c63fcacc9d9d42dc9af6a04" ON "account"  ("company_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_d069a5fe22c2c77e5b15cc3614" ON "account"  ("institution_id")`);
    await queryRunner.query(
      `CREATE TABLE "access_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "account_email" text NOT NULL, "role" text NOT NULL, "need_id" uuid NOT NULL, "route" text NOT NULL DEFAULT 'READ', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6d67bd7a2b99c054955c33cdbe" ON "access_log"  ("account_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_2e34151b390767163a630b02fc" ON "access_log"  ("need_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "owner_institution_id" uuid NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "scopes" text array NOT NULL DEFAULT '{}', "rate_limit_per_minute" integer NOT NULL DEFAULT '60', "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_3c9751d2a6011ba13e27838105e" UNIQUE ("key_hash"), CONSTRAINT "CHK_397a431b0df58ca6cdeff77418" CHECK ("rate_limit_per_minute" BETWEEN 1 AND 100000), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4becd26c5682cf620bd3cde457" ON "api_key"  ("owner_institution_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "api_key"  ("prefix")`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_8ebfbd6ad3b00e2bee5fbf068bb" FOREIGN KEY ("coordinator_id") REFERENCES "coordinator"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_aa00ba3db533770e84c518f825e" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_308c63fcacc9d9d42dc9af6a04c" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_d069a5fe22c2c77e5b15cc3614d" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "access_log" ADD CONSTRAINT "FK_6d67bd7a2b99c054955c33cdbed" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "access_log" ADD CONSTRAINT "FK_8ce54450d168c02516baa68507b" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "FK_4becd26c5682cf620bd3cde4575" FOREIGN KEY ("owner_institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_4becd26c5682cf620bd3cde4575"`);
    await queryRunner.query(`ALTER TABLE "access_log" DROP CONSTRAINT "FK_8ce54450d168c02516baa68507b"`);
    await queryRunner.query(`ALTER TABLE "access_log" DROP CONSTRAINT "FK_6d67bd7a2b99c054955c33cdbed"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_d069a5fe22c2c77e5b15cc3614d"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_308c63fcacc9d9d42dc9af6a04c"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_aa00ba3db533770e84c518f825e"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_8ebfbd6ad3b00e2bee5fbf068bb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4f6ccad30c0862eb54af9fb0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4becd26c5682cf620bd3cde457"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e34151b390767163a630b02fc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d67bd7a2b99c054955c33cdbe"`);
    await queryRunner.query(`DROP TABLE "access_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d069a5fe22c2c77e5b15cc3614"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_308c63fcacc9d9d42dc9af6a04"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa00ba3db533770e84c518f825"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ebfbd6ad3b00e2bee5fbf068b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a9c1b5266d290363d11489339f"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
