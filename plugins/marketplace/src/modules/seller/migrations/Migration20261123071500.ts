import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123071500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "seller" ("id" text not null, "legal_name" text not null, "type" text check ("type" in ('enterprise', 'cooperative', 'cooperative_group', 'household_business')) not null, "tax_code" text not null, "email" text not null, "phone" text not null, "address_1" text not null, "province" text not null, "bank_name" text not null, "bank_account_number" text not null, "bank_account_holder" text not null, "logo_url" text null, "story" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "reviewed_at" timestamptz null, "commission_rate_bps" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_tax_code_unique" ON "seller" ("tax_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "seller_member" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff', 'accountant')) not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "seller_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff', 'accountant')) not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_invite_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_invite_token_unique" ON "seller_invite" ("token") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_invite_seller_id" ON "seller_invite" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_invite_deleted_at" ON "seller_invite" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`,
    )
    this.addSql(
      `alter table if exists "seller_invite" add constraint "seller_invite_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_foreign";`)
    this.addSql(`alter table if exists "seller_invite" drop constraint if exists "seller_invite_seller_id_foreign";`)
    this.addSql(`drop table if exists "seller_invite" cascade;`)
    this.addSql(`drop table if exists "seller_member" cascade;`)
    this.addSql(`drop table if exists "seller" cascade;`)
  }
}
