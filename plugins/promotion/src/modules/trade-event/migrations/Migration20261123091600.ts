import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123091600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "trade_event" ("id" text not null, "handle" text not null, "title" text not null, "description" text null, "kind" text check ("kind" in ('fair', 'exhibition', 'live')) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" text null, "stream_url" text null, "province" text null, "producer_ids" text[] not null, "product_ids" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_event_handle_unique" ON "trade_event" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_deleted_at" ON "trade_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_starts_at" ON "trade_event" ("starts_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trade_event" cascade;`)
  }
}
