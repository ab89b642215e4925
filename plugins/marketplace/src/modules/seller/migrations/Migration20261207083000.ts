import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Each seller's part of an order has a number of its own, `<order display_id>-<n>` (n counts the
 * order's parts from 1), unique among live parts. Existing parts are numbered in the order they
 * were created; a part whose order cannot be read keeps its own id as the prefix.
 */
export class Migration20261207083000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_order" add column if not exists "number" text null;`)
    // The order table belongs to Medusa's order module: read it only where it exists.
    this.addSql(`do $$
begin
  if to_regclass('public."order"') is not null then
    update "seller_order" so set "number" = coalesce((select o."display_id"::text from "order" o where o."id" = so."order_id"), so."id") || '-' || n.rn
    from (select "id", row_number() over (partition by "order_id" order by "created_at", "id") as rn from "seller_order") n
    where n."id" = so."id" and so."number" is null;
  else
    update "seller_order" so set "number" = so."id" || '-' || n.rn
    from (select "id", row_number() over (partition by "order_id" order by "created_at", "id") as rn from "seller_order") n
    where n."id" = so."id" and so."number" is null;
  end if;
end $$;`)
    this.addSql(`alter table if exists "seller_order" alter column "number" set not null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_order_number_unique" ON "seller_order" ("number") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_seller_order_number_unique";`)
    this.addSql(`alter table if exists "seller_order" drop column if exists "number";`)
  }
}
