import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * webhook_subscription.version was created with DEFAULT 1, unlike every other record's version
 * column (BaseRecord's, set by TypeORM on insert). Dropping the default lets the entity share
 * BaseRecord and keeps the entities equal to what the migrations create (a test checks).
 */
export class WebhookSubscriptionVersion1796200000000 implements MigrationInterface {
  name = 'WebhookSubscriptionVersion1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_subscription" ALTER COLUMN "version" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_subscription" ALTER COLUMN "version" SET DEFAULT 1`);
  }
}
