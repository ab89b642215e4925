import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class ReviewMigration20261207124026 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "review_rating_summary" drop constraint if exists "review_rating_summary_product_id_unique";`,
    )
    this.addSql(`alter table if exists "review" drop constraint if exists "review_line_item_id_unique";`)
    this.addSql(
      `create table if not exists "review" ("id" text not null, "line_item_id" text not null, "order_id" text not null, "product_id" text not null, "seller_id" text not null, "customer_id" text not null, "author_name" text null, "rating" integer not null, "title" text null, "text" text null, "photos" jsonb null, "status" text check ("status" in ('visible', 'hidden')) not null default 'visible', "hidden_reason" text null, "hidden_at" timestamptz null, "reply_text" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_line_item_id_unique" ON "review" ("line_item_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_rating" ON "review" ("product_id", "status", "rating") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_seller_id_created_at" ON "review" ("seller_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_customer_id_created_at" ON "review" ("customer_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_status_created_at" ON "review" ("status", "created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "review_rating_summary" ("id" text not null, "product_id" text not null, "count" integer not null default 0, "rating_sum" integer not null default 0, "average" real not null default 0, "stars_1" integer not null default 0, "stars_2" integer not null default 0, "stars_3" integer not null default 0, "stars_4" integer not null default 0, "stars_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_rating_summary_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_rating_summary_deleted_at" ON "review_rating_summary" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_rating_summary_product_id_unique" ON "review_rating_summary" ("product_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`)

    this.addSql(`drop table if exists "review_rating_summary" cascade;`)
  }
}
