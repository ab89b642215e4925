import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Return requests of seller order parts (models/seller-return): at most one open per part. */
export class SellerMigration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "seller_return" ("id" text not null, "seller_order_id" text not null, "seller_id" text not null, "order_id" text not null, "customer_id" text null, "status" text check ("status" in ('requested', 'accepted', 'refused', 'escalated', 'closed', 'refunded')) not null default 'requested', "reason" text check ("reason" in ('damaged', 'wrong_item', 'missing_items', 'not_as_described', 'expired', 'quality', 'other')) not null, "note" text null, "lines" jsonb not null, "photos" jsonb not null, "refund_amount" numeric not null, "raw_refund_amount" jsonb not null, "payment_method" text not null, "refund_account" jsonb null, "window_ends_at" timestamptz not null, "instructions" text null, "refusal_reason" text null, "escalation_note" text null, "admin_note" text null, "decided_by" text check ("decided_by" in ('seller', 'admin')) null, "decided_at" timestamptz null, "escalated_at" timestamptz null, "received_at" timestamptz null, "return_id" text null, "refund_ids" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_return_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_return_deleted_at" ON "seller_return" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_return_seller_id_status" ON "seller_return" ("seller_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_return_order_id" ON "seller_return" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_return_customer_id" ON "seller_return" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_return_one_open_per_part" ON "seller_return" ("seller_order_id") WHERE deleted_at IS NULL AND status IN ('requested', 'accepted', 'refused', 'escalated');`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_return" cascade;`)
  }
}
