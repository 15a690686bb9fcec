import { MigrationInterface, QueryRunner } from 'typeorm';

export class ListSortIndexes1795298354031 implements MigrationInterface {
  name = 'ListSortIndexes1795298354031';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_b4fb21cd57db44d7ee158a4e2c" ON "company"  ("name_ja", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7054eabc3d06b164410b9f883e" ON "institution"  ("name_ja", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a8a680c151310a1558380e56fe" ON "need"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_49f0368bf51809c0c6a28a48f8" ON "researcher"  ("name_ja", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_28b1bed83f9bd4167e6884f96d" ON "consortium"  ("name_ja", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8021d8d79986d55a880acfb5af" ON "seed"  ("created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_8021d8d79986d55a880acfb5af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28b1bed83f9bd4167e6884f96d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49f0368bf51809c0c6a28a48f8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8a680c151310a1558380e56fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7054eabc3d06b164410b9f883e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4fb21cd57db44d7ee158a4e2c"`);
  }
}
