import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123091649 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "distributor_order_approval" drop constraint if exists "distributor_order_approval_cart_id_unique";`,
    )
    this.addSql(
      `alter table if exists "distributor_member" drop constraint if exists "distributor_member_customer_id_unique";`,
    )
    this.addSql(
      `alter table if exists "distributor_company" drop constraint if exists "distributor_company_tax_code_unique";`,
    )
    this.addSql(
      `create table if not exists "distributor_company" ("id" text not null, "name" text not null, "tax_code" text not null, "invoice_address" text not null, "delivery_addresses" jsonb not null, "contact_name" text not null, "contact_phone" text not null, "contact_email" text not null, "status" text check ("status" in ('pending', 'verified', 'rejected')) not null default 'pending', "rejection_reason" text null, "reviewed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_company_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_company_tax_code_unique" ON "distributor_company" ("tax_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_company_deleted_at" ON "distributor_company" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_company_status" ON "distributor_company" ("status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "distributor_member" ("id" text not null, "customer_id" text not null, "email" text not null, "role" text check ("role" in ('buyer', 'approver', 'accountant')) not null, "spending_limit" integer null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_member_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_member_company_id" ON "distributor_member" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_member_deleted_at" ON "distributor_member" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_member_customer_id_unique" ON "distributor_member" ("customer_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "distributor_order_approval" ("id" text not null, "cart_id" text not null, "amount" integer not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'placed')) not null default 'pending', "requested_by_member_id" text not null, "decided_by_member_id" text null, "reason" text null, "order_id" text null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_order_approval_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_order_approval_company_id" ON "distributor_order_approval" ("company_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_order_approval_deleted_at" ON "distributor_order_approval" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_order_approval_cart_id_unique" ON "distributor_order_approval" ("cart_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "distributor_member" add constraint "distributor_member_company_id_foreign" foreign key ("company_id") references "distributor_company" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "distributor_order_approval" add constraint "distributor_order_approval_company_id_foreign" foreign key ("company_id") references "distributor_company" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "distributor_member" drop constraint if exists "distributor_member_company_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "distributor_order_approval" drop constraint if exists "distributor_order_approval_company_id_foreign";`,
    )

    this.addSql(`drop table if exists "distributor_company" cascade;`)

    this.addSql(`drop table if exists "distributor_member" cascade;`)

    this.addSql(`drop table if exists "distributor_order_approval" cascade;`)
  }
}
