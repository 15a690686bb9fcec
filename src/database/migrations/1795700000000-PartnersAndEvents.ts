import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, partners and people are told:
 * - `domain_event`: the outbox. Services insert a row in the same transaction as the change that
 *   causes it, so a rolled-back change emits nothing and a committed one is never lost; the
 *   background worker (src/jobs) fans each row out once (`dispatched_at`), under SKIP LOCKED.
 *   `dedupe_key` makes events raised by a scan (a consultation passing its due date) unique.
 * - `webhook_subscription`, `webhook_delivery`, `webhook_attempt`: partner endpoints, one
 *   delivery per event and subscription (a redelivery is a new row pointing at the first), and
 *   one attempt row per POST, written before the POST so a crash leaves an attempt marked IN_FLIGHT
 *   that the next worker closes as INTERRUPTED.
 * - `notification`, `notification_setting`: the in-app list with its e-mail state, and per account
 *   the language of mail and the kinds muted for e-mail.
 * - `need.submitted_by_institution_id`, `need.idempotency_key`: which partner submitted a need and
 *   the key that makes a retried submission return the first need.
 * - `company.corporate_number`: the 13-digit 法人番号, unique.
 */
export class PartnersAndEvents1795700000000 implements MigrationInterface {
  name = 'PartnersAndEvents1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "domain_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigserial NOT NULL, "type" text NOT NULL, "subject_id" uuid NOT NULL, ` +
        `"payload" jsonb NOT NULL, "dedupe_key" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "PK_domain_event" PRIMARY KEY ("id"), CONSTRAINT "UQ_domain_event_seq" UNIQUE ("seq"), CONSTRAINT "UQ_domain_event_dedupe_key" UNIQUE ("dedupe_key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_domain_event_undispatched" ON "domain_event" ("seq") WHERE "dispatched_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "webhook_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT 1, "url" text NOT NULL, "events" text[] NOT NULL, ` +
        `"description" text, "secret" text NOT NULL, "owner_account_id" uuid, "owner_api_key_id" uuid, "owner_institution_id" uuid, "owner_scopes" text[] NOT NULL DEFAULT '{}', ` +
        `"status" text NOT NULL DEFAULT 'ACTIVE', "paused_reason" text, "paused_at" TIMESTAMP WITH TIME ZONE, "consecutive_failures" integer NOT NULL DEFAULT 0, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "CHK_webhook_subscription_status" CHECK ("status" IN ('ACTIVE', 'PAUSED')), ` +
        `CONSTRAINT "CHK_webhook_subscription_owner" CHECK ("owner_account_id" IS NOT NULL OR "owner_api_key_id" IS NOT NULL), ` +
        `CONSTRAINT "PK_webhook_subscription" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "FK_webhook_subscription_account" FOREIGN KEY ("owner_account_id") REFERENCES "account"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "FK_webhook_subscription_api_key" FOREIGN KEY ("owner_api_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_webhook_subscription_institution" ON "webhook_subscription" ("owner_institution_id")`);
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, ` +
        `"body" text NOT NULL, "redelivery_of" uuid, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT 0, ` +
        `"next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "last_response_code" integer, "last_error" text, ` +
        `"last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "CHK_webhook_delivery_status" CHECK ("status" IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')), ` +
        `CONSTRAINT "PK_webhook_delivery" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "FK_webhook_delivery_subscription" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "FK_webhook_delivery_event" FOREIGN KEY ("event_id") REFERENCES "domain_event"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_webhook_delivery_first" ON "webhook_delivery" ("subscription_id", "event_id") WHERE "redelivery_of" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery" ("next_attempt_at") WHERE "status" IN ('PENDING', 'SENDING')`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_subscription_created" ON "webhook_delivery" ("subscription_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "webhook_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "number" integer NOT NULL, "outcome" text NOT NULL DEFAULT 'IN_FLIGHT', ` +
        `"response_code" integer, "error" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "CHK_webhook_attempt_outcome" CHECK ("outcome" IN ('IN_FLIGHT', 'SUCCEEDED', 'FAILED', 'INTERRUPTED')), ` +
        `CONSTRAINT "PK_webhook_attempt" PRIMARY KEY ("id"), CONSTRAINT "UQ_webhook_attempt_number" UNIQUE ("delivery_id", "number"), ` +
        `CONSTRAINT "FK_webhook_attempt_delivery" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" text NOT NULL, "event_id" uuid NOT NULL, ` +
        `"subject_id" uuid NOT NULL, "title_ja" text NOT NULL, "title_en" text NOT NULL, "body_ja" text NOT NULL, "body_en" text NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, ` +
        `"email_status" text NOT NULL DEFAULT 'PENDING', "email_attempts" integer NOT NULL DEFAULT 0, "email_next_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email_error" text, ` +
        `CONSTRAINT "CHK_notification_email_status" CHECK ("email_status" IN ('PENDING', 'SENT', 'MUTED', 'LOGGED', 'NO_ADDRESS', 'FAILED')), ` +
        `CONSTRAINT "PK_notification" PRIMARY KEY ("id"), CONSTRAINT "UQ_notification_once" UNIQUE ("account_id", "event_id", "kind"), ` +
        `CONSTRAINT "FK_notification_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notification_account_created" ON "notification" ("account_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_email_due" ON "notification" ("email_next_at") WHERE "email_status" = 'PENDING'`);
    await queryRunner.query(
      `CREATE TABLE "notification_setting" ("account_id" uuid NOT NULL, "language" text NOT NULL DEFAULT 'ja', "email_muted" text[] NOT NULL DEFAULT '{}', ` +
        `CONSTRAINT "CHK_notification_setting_language" CHECK ("language" IN ('ja', 'en')), CONSTRAINT "PK_notification_setting" PRIMARY KEY ("account_id"), ` +
        `CONSTRAINT "FK_notification_setting_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`ALTER TABLE "need" ADD "submitted_by_institution_id" uuid, ADD "idempotency_key" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_need_idempotency" ON "need" ("submitted_by_institution_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_need_submitted_by_institution" ON "need" ("submitted_by_institution_id", "created_at") WHERE "submitted_by_institution_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "company" ADD "corporate_number" text, ADD CONSTRAINT "UQ_company_corporate_number" UNIQUE ("corporate_number"), ADD CONSTRAINT "CHK_company_corporate_number" CHECK ("corporate_number" ~ '^[0-9]{13}$')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "company" DROP CONSTRAINT "CHK_company_corporate_number", DROP CONSTRAINT "UQ_company_corporate_number", DROP COLUMN "corporate_number"`,
    );
    await queryRunner.query(`DROP INDEX "IDX_need_submitted_by_institution"`);
    await queryRunner.query(`DROP INDEX "UQ_need_idempotency"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "idempotency_key", DROP COLUMN "submitted_by_institution_id"`);
    await queryRunner.query(`DROP TABLE "notification_setting"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "webhook_attempt"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_subscription"`);
    await queryRunner.query(`DROP TABLE "domain_event"`);
  }
}
