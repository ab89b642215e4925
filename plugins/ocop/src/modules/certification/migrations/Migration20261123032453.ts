import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123032453 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_evaluation_id_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_decision_number_unique";`,
    )
    this.addSql(`alter table if exists "ocop_subject" drop constraint if exists "ocop_subject_tax_code_unique";`)
    this.addSql(
      `create table if not exists "ocop_subject" ("id" text not null, "legal_name" text not null, "type" text check ("type" in ('enterprise', 'cooperative', 'cooperative_group', 'household_business')) not null, "tax_code" text not null, "address" text not null, "province" text not null, "historical_province" text null, "email" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_subject_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_subject_tax_code_unique" ON "ocop_subject" ("tax_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_subject_deleted_at" ON "ocop_subject" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_subject_province" ON "ocop_subject" ("province") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_evaluation" ("id" text not null, "subject_id" text not null, "product_id" text not null, "product_group" integer not null, "subgroup" text not null, "scores" jsonb not null, "part_a" integer not null, "part_b" integer not null, "part_c" integer not null, "total" integer not null, "mandatory_unmet" jsonb not null, "council" text not null, "evaluated_at" timestamptz not null, "computed_stars" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_evaluation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_evaluation_subject_id" ON "ocop_evaluation" ("subject_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_evaluation_deleted_at" ON "ocop_evaluation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_evaluation_product_id" ON "ocop_evaluation" ("product_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_certificate" ("id" text not null, "product_id" text not null, "subject_id" text not null, "evaluation_id" text not null, "product_group" integer not null, "subgroup" text not null, "stars" integer not null, "authority_level" text check ("authority_level" in ('district', 'province', 'ministry')) not null, "authority_name" text not null, "decision_number" text not null, "decision_date" timestamptz not null, "expires_at" timestamptz not null, "status" text check ("status" in ('valid', 'expired', 'revoked', 'superseded')) not null default 'valid', "revoked_at" timestamptz null, "revocation_reason" text null, "document_url" text null, "replaces_id" text null, "province" text not null, "reminder_30_sent_at" timestamptz null, "reminder_7_sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_subject_id" ON "ocop_certificate" ("subject_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_evaluation_id" ON "ocop_certificate" ("evaluation_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number_unique" ON "ocop_certificate" ("decision_number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status" ON "ocop_certificate" ("status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_stars" ON "ocop_certificate" ("stars") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_province" ON "ocop_certificate" ("province") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_group" ON "ocop_certificate" ("product_group") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_expires_at" ON "ocop_certificate" ("expires_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id" ON "ocop_certificate" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_expires_at" ON "ocop_certificate" ("status", "expires_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_evaluation_id_unique" ON "ocop_certificate" ("evaluation_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_one_valid_per_product" ON "ocop_certificate" ("product_id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "ocop_evaluation" add constraint "ocop_evaluation_subject_id_foreign" foreign key ("subject_id") references "ocop_subject" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "ocop_certificate" add constraint "ocop_certificate_subject_id_foreign" foreign key ("subject_id") references "ocop_subject" ("id") on update cascade;`,
    )
    this.addSql(
      `alter table if exists "ocop_certificate" add constraint "ocop_certificate_evaluation_id_foreign" foreign key ("evaluation_id") references "ocop_evaluation" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_evaluation" drop constraint if exists "ocop_evaluation_subject_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_subject_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_evaluation_id_foreign";`,
    )

    this.addSql(`drop table if exists "ocop_subject" cascade;`)

    this.addSql(`drop table if exists "ocop_evaluation" cascade;`)

    this.addSql(`drop table if exists "ocop_certificate" cascade;`)
  }
}
