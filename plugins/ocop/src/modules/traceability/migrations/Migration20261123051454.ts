import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123051454 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "trace_trade_item" drop constraint if exists "trace_trade_item_variant_id_unique";`,
    )
    this.addSql(`alter table if exists "trace_trade_item" drop constraint if exists "trace_trade_item_gtin14_unique";`)
    this.addSql(`alter table if exists "trace_lot_allocation" drop constraint if exists "trace_lot_allocation_unique";`)
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_external_id_unique";`)
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_sequence_unique";`)
    this.addSql(`alter table if exists "trace_lot" drop constraint if exists "trace_lot_gtin14_lot_code_unique";`)
    this.addSql(
      `create table if not exists "trace_lot" ("id" text not null, "gtin14" text not null, "variant_id" text not null, "product_id" text not null, "lot_code" text not null, "production_date" text not null, "best_before" text null, "expiry_date" text null, "quantity_produced" integer not null, "unit" text not null default 'H87', "origin_area" text not null, "inputs" jsonb null, "subject_id" text not null, "master_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_lot_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_deleted_at" ON "trace_lot" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_lot_gtin14_lot_code_unique" ON "trace_lot" ("gtin14", "lot_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_variant_id" ON "trace_lot" ("variant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_product_id" ON "trace_lot" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_subject_id" ON "trace_lot" ("subject_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trace_event" ("id" text not null, "lot_id" text not null, "sequence" integer not null, "event_type" text check ("event_type" in ('ObjectEvent', 'AggregationEvent', 'TransformationEvent', 'TransactionEvent')) not null, "action" text check ("action" in ('ADD', 'OBSERVE', 'DELETE')) not null, "biz_step" text not null, "disposition" text null, "event_time" timestamptz not null, "event_time_zone_offset" text not null default '+07:00', "read_point" jsonb null, "biz_location" jsonb null, "actor" jsonb null, "quantities" jsonb null, "attachments" jsonb null, "source" jsonb null, "destination" jsonb null, "biz_transactions" jsonb null, "parent_id" text null, "note" text null, "corrects_event_id" text null, "correction_reason" text null, "origin" text not null default 'admin', "external_event_id" text null, "content_hash" text not null, "previous_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_lot_id" ON "trace_event" ("lot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_lot_sequence_unique" ON "trace_event" ("lot_id", "sequence") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_external_id_unique" ON "trace_event" ("external_event_id") WHERE external_event_id IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_event_time" ON "trace_event" ("event_time") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_event_biz_step" ON "trace_event" ("biz_step") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trace_lot_allocation" ("id" text not null, "lot_id" text not null, "order_id" text not null, "order_line_item_id" text not null, "fulfillment_id" text not null, "variant_id" text not null, "quantity" integer not null, "source" text check ("source" in ('chosen', 'fefo', 'overflow')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_lot_allocation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_allocation_lot_id" ON "trace_lot_allocation" ("lot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_allocation_deleted_at" ON "trace_lot_allocation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_allocation_order_id" ON "trace_lot_allocation" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_allocation_order_line_item_id" ON "trace_lot_allocation" ("order_line_item_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_lot_allocation_unique" ON "trace_lot_allocation" ("fulfillment_id", "order_line_item_id", "lot_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trace_trade_item" ("id" text not null, "gtin14" text not null, "variant_id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_trade_item_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_trade_item_deleted_at" ON "trace_trade_item" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_trade_item_gtin14_unique" ON "trace_trade_item" ("gtin14") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_trade_item_variant_id_unique" ON "trace_trade_item" ("variant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_trade_item_product_id" ON "trace_trade_item" ("product_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "trace_event" add constraint "trace_event_lot_id_foreign" foreign key ("lot_id") references "trace_lot" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "trace_lot_allocation" add constraint "trace_lot_allocation_lot_id_foreign" foreign key ("lot_id") references "trace_lot" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_foreign";`)

    this.addSql(
      `alter table if exists "trace_lot_allocation" drop constraint if exists "trace_lot_allocation_lot_id_foreign";`,
    )

    this.addSql(`drop table if exists "trace_lot" cascade;`)

    this.addSql(`drop table if exists "trace_event" cascade;`)

    this.addSql(`drop table if exists "trace_lot_allocation" cascade;`)

    this.addSql(`drop table if exists "trace_trade_item" cascade;`)
  }
}
