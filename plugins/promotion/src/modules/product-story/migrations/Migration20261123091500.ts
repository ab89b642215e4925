import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123091500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_story" ("id" text not null, "product_id" text not null, "title" text not null, "body" text not null, "photos" text[] not null, "video_url" text null, "written_by" text not null, "published_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_story_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_story_product_id_unique" ON "product_story" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_story_deleted_at" ON "product_story" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_story" cascade;`)
  }
}
