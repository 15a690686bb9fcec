import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795292337541 implements MigrationInterface {
  name = 'InitialSchema1795292337541';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "region" ("code" text NOT NULL, "kind" text NOT NULL, "parent_code" text, "name_ja" text NOT NULL, "name_en" text NOT NULL, "cooperates_with" text array NOT NULL DEFAULT '{}', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_73a16baaad741cbb01fa629e95" ON "region"  ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "name_ja" text NOT NULL, "name_en" text, "industry" text, "region_code" text, "size" text, "employees" integer, "capabilities" text array NOT NULL DEFAULT '{}', "field_codes" text array NOT NULL DEFAULT '{}', "description" text, "website_url" text, "status" text NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "UQ_cdeeadf4df87a1b2932dc76ccbd" UNIQUE ("key"), CONSTRAINT "CHK_9b9ba715caf65f1d9ce9b1619e" CHECK ("employees" IS NULL OR "employees" >= 0), CONSTRAINT "CHK_205d91742e65a2d74dfa9082c0" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')), CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_95379307f7899e53d61281c166" ON "company"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_b7a5d746408a6b4beff6af4b93" ON "company"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "company_id" uuid NOT NULL, "name" text NOT NULL, "issuer" text, "issued_on" date, "valid_until" date, CONSTRAINT "CHK_e4ca18bae94338887260e6912e" CHECK ("valid_until" IS NULL OR "issued_on" IS NULL OR "valid_until" >= "issued_on"), CONSTRAINT "PK_a7364bd3e4a407f67d8165b820c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cd22fcab772cf1a2663bcbc39d" ON "certification"  ("company_id") `);
    await queryRunner.query(
      `CREATE TABLE "institution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "name_ja" text NOT NULL, "name_en" text, "kind" text NOT NULL, "region_code" text, "parent_id" uuid, "field_codes" text array NOT NULL DEFAULT '{}', "support_menus" text array NOT NULL DEFAULT '{}', "equipment" jsonb NOT NULL DEFAULT '[]', "description" text, "website_url" text, "email" text, "phone" text, "address" text, "status" text NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "UQ_d271ab7e2caac29b1fe171821b9" UNIQUE ("key"), CONSTRAINT "CHK_e0432c09f1667af4d1fec1490e" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')), CONSTRAINT "PK_f60ee4ff0719b7df54830b39087" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9e69805715a3301d747e06af37" ON "institution"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_f939108f88aa14de04742d02ee" ON "institution"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_8cb4eeece385473952771b02bb" ON "institution"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0f1e1bbf8891a451a05559ab2d" ON "institution"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "consortium" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "name_ja" text NOT NULL, "name_en" text, "region_code" text, "secretariat_id" uuid, "field_codes" text array NOT NULL DEFAULT '{}', "description" text, "website_url" text, "status" text NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "UQ_d62d4a1de610fd1e2bde04c526a" UNIQUE ("key"), CONSTRAINT "CHK_7120eeb29ce743c8834426fc27" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')), CONSTRAINT "PK_4824052d8c31b96eb2205e803cb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6a82c4a410fc151ab7bc29ad0b" ON "consortium"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_063359bc322f5fd31c56e42691" ON "consortium"  ("secretariat_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_73c76f45df995c8a696580498f" ON "consortium"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "researcher" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "name_ja" text NOT NULL, "name_en" text, "institution_id" uuid NOT NULL, "title" text, "email" text, "phone" text, "contact_public" boolean NOT NULL DEFAULT false, "field_codes" text array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "UQ_8f810b814305e437db1b2e8d8cf" UNIQUE ("key"), CONSTRAINT "CHK_2086db287d3608bf0b74acb9eb" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')), CONSTRAINT "PK_7b53850398061862ebe70d4ce44" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_72ce8d5df435a45c00988a9fab" ON "researcher"  ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c0154f039fc942975cf58a76c4" ON "researcher"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "consortium_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consortium_id" uuid NOT NULL, "member_type" text NOT NULL, "company_id" uuid, "institution_id" uuid, "researcher_id" uuid, "role" text NOT NULL DEFAULT 'MEMBER', CONSTRAINT "CHK_a3e0e286b6406f78341b2e7359" CHECK (("member_type" = 'COMPANY' AND "company_id" IS NOT NULL AND "institution_id" IS NULL AND "researcher_id" IS NULL) OR ("member_type" = 'INSTITUTION' AND "institution_id" IS NOT NULL AND "company_id" IS NULL AND "researcher_id" IS NULL) OR ("member_type" = 'RESEARCHER' AND "researcher_id" IS NOT NULL AND "company_id" IS NULL AND "institution_id" IS NULL)), CONSTRAINT "PK_af29cfab1cebacd59d4a526e395" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fd032645bf257cf52f2e6b2c2e" ON "consortium_membership"  ("consortium_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e28f30422472139ec60a09c75" ON "consortium_membership"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e4680a4ed31cd6cd92fb9ac5d7" ON "consortium_membership"  ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_22b00e4c9fb87f1e59e753240b" ON "consortium_membership"  ("researcher_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d67890f1dcd225ba8b8deaa1d0" ON "consortium_membership"  ("consortium_id", "researcher_id") WHERE "researcher_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fb266bc3250c0b220ffc422e45" ON "consortium_membership"  ("consortium_id", "institution_id") WHERE "institution_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ed2f7c70e6fa1cd6561884783e" ON "consortium_membership"  ("consortium_id", "company_id") WHERE "company_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "coordinator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "name" text NOT NULL, "institution_id" uuid NOT NULL, "region_code" text, "email" text, "phone" text, "status" text NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "UQ_2564fd3069c9cc6e76e577c244a" UNIQUE ("key"), CONSTRAINT "CHK_195cd0e254a5aee348b23148b8" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')), CONSTRAINT "PK_31d88958e3ba9793abccb0d9aba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4f7ef2a34da6350089afb1a53b" ON "coordinator"  ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_39f2ad9bbf85f0f4be0aa12006" ON "coordinator"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_97b2fe3ec9e1dfa440918c3602" ON "coordinator"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "company_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "category" text NOT NULL, "language" text NOT NULL, "field_codes" text array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "desired_trl" smallint, "timeline" text NOT NULL DEFAULT 'UNDECIDED', "budget_min_yen" bigint, "budget_max_yen" bigint, "wanted_forms" text array NOT NULL DEFAULT '{}', "confidentiality" text NOT NULL DEFAULT 'PUBLIC', "status" text NOT NULL DEFAULT 'OPEN', "consultation_step" smallint NOT NULL DEFAULT '1', "holder_id" uuid, CONSTRAINT "UQ_16c5ad91b5361c632997aca5b4b" UNIQUE ("key"), CONSTRAINT "CHK_5680f05b1bd8c82c87769c675b" CHECK ("confidentiality" IN ('PUBLIC', 'RESTRICTED', 'CONFIDENTIAL')), CONSTRAINT "CHK_746f93d837d668ae96497c7bb9" CHECK ("category" IN ('TECHNICAL', 'RESEARCH', 'MANAGEMENT')), CONSTRAINT "CHK_23bcaeedab1b33e2d138f00328" CHECK ("status" IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ARCHIVED')), CONSTRAINT "CHK_b56544a3b9120fda3d60826deb" CHECK ("budget_min_yen" IS NULL OR "budget_max_yen" IS NULL OR "budget_min_yen" <= "budget_max_yen"), CONSTRAINT "CHK_f229bfbe38c5efe17852025895" CHECK ("consultation_step" BETWEEN 1 AND 3), CONSTRAINT "CHK_5b5c68a38afa709c0cfefb0ea0" CHECK ("desired_trl" IS NULL OR "desired_trl" BETWEEN 1 AND 9), CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35397612cbf1a6bf8134188b6c" ON "need"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2c325872571fdea6418ca37238" ON "need"  ("category") `);
    await queryRunner.query(`CREATE INDEX "IDX_278b0e6d9defde5ba6c50cbb5e" ON "need"  ("language") `);
    await queryRunner.query(`CREATE INDEX "IDX_efa48f33074a3e6ba66531e104" ON "need"  ("confidentiality") `);
    await queryRunner.query(`CREATE INDEX "IDX_d89677ad1b1ac9ca77bc4711c4" ON "need"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_0cf7ecbc0e6292c3c5fd3088a6" ON "need"  ("consultation_step") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c33b89344d5d832d13afffc31" ON "need"  ("holder_id") `);
    await queryRunner.query(
      `CREATE TABLE "seed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "is_fictional" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL DEFAULT '', "title" text NOT NULL, "summary" text NOT NULL, "language" text NOT NULL, "keywords" text array NOT NULL DEFAULT '{}', "field_codes" text array NOT NULL DEFAULT '{}', "trl" smallint NOT NULL, "collaboration_forms" text array NOT NULL DEFAULT '{}', "patents" jsonb NOT NULL DEFAULT '[]', "institution_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_3a9aff4aa92807bc3d88f8e89e2" UNIQUE ("key"), CONSTRAINT "CHK_8ea6d78082df4c1b8cdfb10814" CHECK ("language" IN ('JA', 'EN')), CONSTRAINT "CHK_a96d768a34a2c0a843a6459cc8" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "CHK_f607a393a3a63b7bb6c5ae9140" CHECK ("trl" BETWEEN 1 AND 9), CONSTRAINT "PK_e959d094217adb4d796a027d2c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4e7730646f11612882e954dd42" ON "seed"  ("language") `);
    await queryRunner.query(`CREATE INDEX "IDX_1f5221dbc8496d41b6a2d5f05f" ON "seed"  ("trl") `);
    await queryRunner.query(`CREATE INDEX "IDX_b929e63c1b62fdff78818dbfb3" ON "seed"  ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b647a91b7e6922f4b082ba860b" ON "seed"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "seed_owner" ("seed_id" uuid NOT NULL, "researcher_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_f747937a357bfa8ff67dc42b735" PRIMARY KEY ("seed_id", "researcher_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35a22fe341b7d3940a190253b4" ON "seed_owner"  ("researcher_id") `);
    await queryRunner.query(
      `CREATE TABLE "research_field" ("code" text NOT NULL, "parent_code" text, "name_ja" text NOT NULL, "name_en" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87641b1b4141504dff0ae3a3c77" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_54c6c354960e914ec6dcf1302c" ON "research_field"  ("parent_code") `);
    await queryRunner.query(
      `ALTER TABLE "region" ADD CONSTRAINT "FK_73a16baaad741cbb01fa629e95a" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company" ADD CONSTRAINT "FK_95379307f7899e53d61281c166c" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification" ADD CONSTRAINT "FK_cd22fcab772cf1a2663bcbc39d4" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institution" ADD CONSTRAINT "FK_f939108f88aa14de04742d02ee0" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "institution" ADD CONSTRAINT "FK_8cb4eeece385473952771b02bb4" FOREIGN KEY ("parent_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consortium" ADD CONSTRAINT "FK_6a82c4a410fc151ab7bc29ad0b9" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consortium" ADD CONSTRAINT "FK_063359bc322f5fd31c56e42691a" FOREIGN KEY ("secretariat_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "researcher" ADD CONSTRAINT "FK_72ce8d5df435a45c00988a9fabb" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consortium_membership" ADD CONSTRAINT "FK_fd032645bf257cf52f2e6b2c2e4" FOREIGN KEY ("consortium_id") REFERENCES "consortium"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consortium_membership" ADD CONSTRAINT "FK_4e28f30422472139ec60a09c757" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consortium_membership" ADD CONSTRAINT "FK_e4680a4ed31cd6cd92fb9ac5d77" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consortium_membership" ADD CONSTRAINT "FK_22b00e4c9fb87f1e59e753240be" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coordinator" ADD CONSTRAINT "FK_4f7ef2a34da6350089afb1a53bd" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coordinator" ADD CONSTRAINT "FK_39f2ad9bbf85f0f4be0aa120060" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_35397612cbf1a6bf8134188b6c9" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "FK_1c33b89344d5d832d13afffc312" FOREIGN KEY ("holder_id") REFERENCES "coordinator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seed" ADD CONSTRAINT "FK_b929e63c1b62fdff78818dbfb38" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seed_owner" ADD CONSTRAINT "FK_82cc7630dd80ae861c1fcefdc2e" FOREIGN KEY ("seed_id") REFERENCES "seed"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "seed_owner" ADD CONSTRAINT "FK_35a22fe341b7d3940a190253b46" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_field" ADD CONSTRAINT "FK_54c6c354960e914ec6dcf1302ce" FOREIGN KEY ("parent_code") REFERENCES "research_field"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "research_field" DROP CONSTRAINT "FK_54c6c354960e914ec6dcf1302ce"`);
    await queryRunner.query(`ALTER TABLE "seed_owner" DROP CONSTRAINT "FK_35a22fe341b7d3940a190253b46"`);
    await queryRunner.query(`ALTER TABLE "seed_owner" DROP CONSTRAINT "FK_82cc7630dd80ae861c1fcefdc2e"`);
    await queryRunner.query(`ALTER TABLE "seed" DROP CONSTRAINT "FK_b929e63c1b62fdff78818dbfb38"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_1c33b89344d5d832d13afffc312"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_35397612cbf1a6bf8134188b6c9"`);
    await queryRunner.query(`ALTER TABLE "coordinator" DROP CONSTRAINT "FK_39f2ad9bbf85f0f4be0aa120060"`);
    await queryRunner.query(`ALTER TABLE "coordinator" DROP CONSTRAINT "FK_4f7ef2a34da6350089afb1a53bd"`);
    await queryRunner.query(`ALTER TABLE "consortium_membership" DROP CONSTRAINT "FK_22b00e4c9fb87f1e59e753240be"`);
    await queryRunner.query(`ALTER TABLE "consortium_membership" DROP CONSTRAINT "FK_e4680a4ed31cd6cd92fb9ac5d77"`);
    await queryRunner.query(`ALTER TABLE "consortium_membership" DROP CONSTRAINT "FK_4e28f30422472139ec60a09c757"`);
    await queryRunner.query(`ALTER TABLE "consortium_membership" DROP CONSTRAINT "FK_fd032645bf257cf52f2e6b2c2e4"`);
    await queryRunner.query(`ALTER TABLE "researcher" DROP CONSTRAINT "FK_72ce8d5df435a45c00988a9fabb"`);
    await queryRunner.query(`ALTER TABLE "consortium" DROP CONSTRAINT "FK_063359bc322f5fd31c56e42691a"`);
    await queryRunner.query(`ALTER TABLE "consortium" DROP CONSTRAINT "FK_6a82c4a410fc151ab7bc29ad0b9"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP CONSTRAINT "FK_8cb4eeece385473952771b02bb4"`);
    await queryRunner.query(`ALTER TABLE "institution" DROP CONSTRAINT "FK_f939108f88aa14de04742d02ee0"`);
    await queryRunner.query(`ALTER TABLE "certification" DROP CONSTRAINT "FK_cd22fcab772cf1a2663bcbc39d4"`);
    await queryRunner.query(`ALTER TABLE "company" DROP CONSTRAINT "FK_95379307f7899e53d61281c166c"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_73a16baaad741cbb01fa629e95a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54c6c354960e914ec6dcf1302c"`);
    await queryRunner.query(`DROP TABLE "research_field"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35a22fe341b7d3940a190253b4"`);
    await queryRunner.query(`DROP TABLE "seed_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b647a91b7e6922f4b082ba860b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b929e63c1b62fdff78818dbfb3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f5221dbc8496d41b6a2d5f05f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e7730646f11612882e954dd42"`);
    await queryRunner.query(`DROP TABLE "seed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c33b89344d5d832d13afffc31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0cf7ecbc0e6292c3c5fd3088a6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d89677ad1b1ac9ca77bc4711c4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_efa48f33074a3e6ba66531e104"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_278b0e6d9defde5ba6c50cbb5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c325872571fdea6418ca37238"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35397612cbf1a6bf8134188b6c"`);
    await queryRunner.query(`DROP TABLE "need"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97b2fe3ec9e1dfa440918c3602"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_39f2ad9bbf85f0f4be0aa12006"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f7ef2a34da6350089afb1a53b"`);
    await queryRunner.query(`DROP TABLE "coordinator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed2f7c70e6fa1cd6561884783e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb266bc3250c0b220ffc422e45"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d67890f1dcd225ba8b8deaa1d0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_22b00e4c9fb87f1e59e753240b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4680a4ed31cd6cd92fb9ac5d7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e28f30422472139ec60a09c75"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd032645bf257cf52f2e6b2c2e"`);
    await queryRunner.query(`DROP TABLE "consortium_membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0154f039fc942975cf58a76c4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_72ce8d5df435a45c00988a9fab"`);
    await queryRunner.query(`DROP TABLE "researcher"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73c76f45df995c8a696580498f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_063359bc322f5fd31c56e42691"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a82c4a410fc151ab7bc29ad0b"`);
    await queryRunner.query(`DROP TABLE "consortium"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f1e1bbf8891a451a05559ab2d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cb4eeece385473952771b02bb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f939108f88aa14de04742d02ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9e69805715a3301d747e06af37"`);
    await queryRunner.query(`DROP TABLE "institution"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd22fcab772cf1a2663bcbc39d"`);
    await queryRunner.query(`DROP TABLE "certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7a5d746408a6b4beff6af4b93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95379307f7899e53d61281c166"`);
    await queryRunner.query(`DROP TABLE "company"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73a16baaad741cbb01fa629e95"`);
    await queryRunner.query(`DROP TABLE "region"`);
  }
}
