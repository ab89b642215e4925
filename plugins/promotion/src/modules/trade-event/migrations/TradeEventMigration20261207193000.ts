import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The cart's live prices look pins up by their promotion: index it. */
export class TradeEventMigration20261207193000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_pin_promotion_id" ON "live_pin" ("promotion_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_live_pin_promotion_id";`)
  }
}
