import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Lot heads (last event hash and event count, kept with each append) and the append-only digests
 * of all lot heads. Existing lots get their head from their stored history.
 */
export class Migration20261207070100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "trace_lot" add column if not exists "head_hash" text null, add column if not exists "event_count" integer not null default 0;`,
    )
    this.addSql(
      `update "trace_lot" l set "event_count" = coalesce(e."count", 0), "head_hash" = coalesce(e."head", l."master_hash") from (select l2."id", (select count(*) from "trace_event" e1 where e1."lot_id" = l2."id" and e1."deleted_at" is null) as "count", (select e2."content_hash" from "trace_event" e2 where e2."lot_id" = l2."id" and e2."deleted_at" is null order by e2."sequence" desc limit 1) as "head" from "trace_lot" l2) e where e."id" = l."id";`,
    )

    this.addSql(
      `create table if not exists "trace_digest" ("id" text not null, "sequence" integer not null, "day" text not null, "root" text not null, "leaf_count" integer not null, "previous_digest_hash" text null, "digest_hash" text not null, "trigger" text check ("trigger" in ('scheduled', 'admin')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_digest_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_digest_deleted_at" ON "trace_digest" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_digest_sequence_unique" ON "trace_digest" ("sequence") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_digest_day" ON "trace_digest" ("day") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "trace_digest_head" ("id" text not null, "digest_id" text not null, "position" integer not null, "lot_id" text not null, "gtin14" text not null, "lot_code" text not null, "event_count" integer not null, "head_hash" text not null, "leaf_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_digest_head_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_digest_head_digest_id" ON "trace_digest_head" ("digest_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_digest_head_deleted_at" ON "trace_digest_head" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_digest_head_position_unique" ON "trace_digest_head" ("digest_id", "position") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_digest_head_lot_id" ON "trace_digest_head" ("lot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "trace_digest_head" add constraint "trace_digest_head_digest_id_foreign" foreign key ("digest_id") references "trace_digest" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trace_digest_head" cascade;`)
    this.addSql(`drop table if exists "trace_digest" cascade;`)
    this.addSql(
      `alter table if exists "trace_lot" drop column if exists "head_hash", drop column if exists "event_count";`,
    )
  }
}
