import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class MessagingMigration20261207124139 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "message_thread" drop constraint if exists "message_thread_customer_id_seller_order_id_unique";`,
    )
    this.addSql(
      `alter table if exists "message_thread" drop constraint if exists "message_thread_customer_id_product_id_unique";`,
    )
    this.addSql(
      `create table if not exists "message_thread" ("id" text not null, "seller_id" text not null, "customer_id" text not null, "product_id" text null, "seller_order_id" text null, "subject_title" text not null, "status" text check ("status" in ('open', 'reported')) not null default 'open', "reported_at" timestamptz null, "reported_by" text check ("reported_by" in ('customer', 'seller')) null, "report_reason" text null, "last_message_at" timestamptz not null, "customer_unread" integer not null default 0, "seller_unread" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "message_thread_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_thread_deleted_at" ON "message_thread" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_thread_customer_id_last_message_at" ON "message_thread" ("customer_id", "last_message_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_thread_seller_id_last_message_at" ON "message_thread" ("seller_id", "last_message_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_thread_status_reported_at" ON "message_thread" ("status", "reported_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_message_thread_customer_id_product_id_unique" ON "message_thread" ("customer_id", "product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_message_thread_customer_id_seller_order_id_unique" ON "message_thread" ("customer_id", "seller_order_id") WHERE deleted_at IS NULL AND seller_order_id IS NOT NULL;`,
    )

    this.addSql(
      `create table if not exists "message" ("id" text not null, "author_kind" text check ("author_kind" in ('customer', 'seller', 'admin')) not null, "author_id" text not null, "body" text not null, "masked" boolean not null default false, "thread_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "message_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_thread_id" ON "message" ("thread_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_deleted_at" ON "message" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_thread_id_created_at" ON "message" ("thread_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_message_author_kind_author_id_created_at" ON "message" ("author_kind", "author_id", "created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "message" add constraint "message_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "message" drop constraint if exists "message_thread_id_foreign";`)

    this.addSql(`drop table if exists "message_thread" cascade;`)

    this.addSql(`drop table if exists "message" cascade;`)
  }
}
