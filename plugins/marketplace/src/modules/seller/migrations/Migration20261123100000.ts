import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "seller_document" ("id" text not null, "file_id" text not null, "filename" text not null, "mime_type" text check ("mime_type" in ('application/pdf', 'image/jpeg', 'image/png')) not null, "size" integer not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_document_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_document_seller_id" ON "seller_document" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_document_deleted_at" ON "seller_document" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "seller_document" add constraint "seller_document_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_document" cascade;`)
  }
}
