import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_import_run" ("id" text not null, "file_name" text not null, "file_size" integer not null, "status" text check ("status" in ('running', 'interrupted', 'completed', 'failed')) not null default 'running', "checkpoint_line" integer not null default 0, "bytes_read" integer not null default 0, "created_count" integer not null default 0, "unchanged_count" integer not null default 0, "rejected_count" integer not null default 0, "rejected_report" text null, "error" text null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_import_run_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_import_run_deleted_at" ON "catalogue_import_run" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_import_run" cascade;`)
  }
}
