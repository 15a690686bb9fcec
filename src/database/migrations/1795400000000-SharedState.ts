import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State that several musubi instances behind one load balancer must share lives in PostgreSQL:
 * - `rate_limit_bucket`: one token bucket per client address / API key (src/http/rate-limit.ts),
 *   updated by one UPSERT per request;
 * - `sign_in_throttle`: consecutive failed sign-ins per account and per address, and until when
 *   further attempts are refused (src/auth/sign-in-throttle.ts);
 * - `sign_in_event`: failed and successful sign-ins the account owner can read (no passwords);
 * - `persisted_query`: operations registered by automatic persisted queries, by sha256.
 * Rows of the first two are small and expire; stale ones are pruned by the services.
 */
export class SharedState1795400000000 implements MigrationInterface {
  name = 'SharedState1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_bucket" ("key" text NOT NULL, "tokens" double precision NOT NULL, "allowed" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_rate_limit_bucket" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_bucket_updated_at" ON "rate_limit_bucket" ("updated_at")`);
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("subject" text NOT NULL, "failures" integer NOT NULL, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_sign_in_throttle" PRIMARY KEY ("subject"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "outcome" text NOT NULL, "client_address" text NOT NULL, "user_agent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "CHK_sign_in_event_outcome" CHECK ("outcome" IN ('SUCCEEDED', 'FAILED', 'LOCKED')), CONSTRAINT "PK_sign_in_event" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "FK_sign_in_event_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_event_account_created" ON "sign_in_event" ("account_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "persisted_query" ("hash" text NOT NULL, "query" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_persisted_query" PRIMARY KEY ("hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_persisted_query_used_at" ON "persisted_query" ("used_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "persisted_query"`);
    await queryRunner.query(`DROP TABLE "sign_in_event"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
  }
}
