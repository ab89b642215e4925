import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { authorityKey, checkIssuer, isAuthorityLevel, vnDateOf } from "../../../rules"

/**
 * A decision is identified by its issuing authority, number and year (Decree 30/2020/NĐ-CP), not
 * by its number alone: certificates get `authority_key` and `decision_year`, filled for the rows
 * already recorded by the same rules as new ones (rules/issuer, rules/certificate), and the unique
 * index "a decision names a product once" covers the whole identity.
 */
export class Migration20261207070000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(
      `alter table if exists "ocop_certificate" add column if not exists "authority_key" text null, add column if not exists "decision_year" integer null;`,
    )
    const rows = await this.execute(
      `select c.id, c.authority_name, c.authority_level, c.decision_date, s.province, s.historical_province, s.address
         from "ocop_certificate" c join "ocop_subject" s on s.id = c.subject_id
        where c.authority_key is null or c.decision_year is null`,
    )
    const values = rows.map((row: any) => {
      const date = vnDateOf(new Date(row.decision_date))
      const { issuer } = isAuthorityLevel(row.authority_level)
        ? checkIssuer({
            decision_date: date,
            authority_level: row.authority_level,
            authority_name: row.authority_name,
            producer: { province: row.province, historical_province: row.historical_province, address: row.address },
          })
        : { issuer: null }
      return [row.id, authorityKey(issuer?.name ?? String(row.authority_name)), Number(date.slice(0, 4))]
    })
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500)
      await this.execute(
        `update "ocop_certificate" c set authority_key = v.key, decision_year = v.year::int
           from (values ${chunk.map(() => "(?, ?, ?)").join(", ")}) as v(id, key, year) where c.id = v.id`,
        chunk.flat(),
      )
    }
    this.addSql(
      `alter table if exists "ocop_certificate" alter column "authority_key" set not null, alter column "decision_year" set not null;`,
    )
    this.addSql(`drop index if exists "IDX_ocop_certificate_decision_number_product_id_unique";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_product_unique" ON "ocop_certificate" ("authority_key", "decision_number", "decision_year", "product_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_decision_product_unique";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number_product_id_unique" ON "ocop_certificate" ("decision_number", "product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "ocop_certificate" drop column if exists "authority_key", drop column if exists "decision_year";`,
    )
  }
}
