import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123093100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "quote" ("id" text not null, "customer_id" text not null, "company_id" text null, "seller_id" text not null, "product_id" text not null, "variant_id" text not null, "product_title" text not null, "variant_title" text null, "sku" text null, "quantity" integer not null, "status" text check ("status" in ('requested', 'answered', 'accepted', 'declined', 'expired')) not null default 'requested', "unit_price" integer null, "valid_until" timestamptz null, "seller_note" text null, "answered_at" timestamptz null, "decided_at" timestamptz null, "cart_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_customer_id" ON "quote" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_seller_id_status" ON "quote" ("seller_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_status_valid_until" ON "quote" ("status", "valid_until") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quote_message" ("id" text not null, "author" text check ("author" in ('distributor', 'seller')) not null, "author_id" text not null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_message" cascade;`)
    this.addSql(`drop table if exists "quote" cascade;`)
  }
}
