import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class MigrationNotificationState20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_read_state" ("id" text not null, "receiver_id" text not null, "last_read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_read_state_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_read_state_deleted_at" ON "notification_read_state" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_read_state_receiver_id_unique" ON "notification_read_state" ("receiver_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "notification_read_mark" ("id" text not null, "receiver_id" text not null, "notification_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_read_mark_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_read_mark_deleted_at" ON "notification_read_mark" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_read_mark_receiver_id_notification_id_unique" ON "notification_read_mark" ("receiver_id", "notification_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "notification_preference" ("id" text not null, "person_id" text not null, "kind" text not null, "email" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_preference_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_preference_deleted_at" ON "notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_preference_person_id_kind_unique" ON "notification_preference" ("person_id", "kind") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`)
    this.addSql(`drop table if exists "notification_read_mark" cascade;`)
    this.addSql(`drop table if exists "notification_read_state" cascade;`)
  }
}
