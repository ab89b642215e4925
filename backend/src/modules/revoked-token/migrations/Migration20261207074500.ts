import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207074500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "revoked_auth_token" ("id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "revoked_auth_token_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_revoked_auth_token_token_hash_unique" ON "revoked_auth_token" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_revoked_auth_token_deleted_at" ON "revoked_auth_token" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "revoked_auth_token" cascade;`)
  }
}
