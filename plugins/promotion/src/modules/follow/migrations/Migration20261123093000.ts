import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "follow" ("id" text not null, "customer_id" text not null, "target_type" text check ("target_type" in ('producer', 'province', 'event')) not null, "target_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "follow_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_follow_deleted_at" ON "follow" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_follow_customer_id_target_type_target_id_unique" ON "follow" ("customer_id", "target_type", "target_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_follow_target_type_target_id" ON "follow" ("target_type", "target_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "follow" cascade;`)
  }
}
