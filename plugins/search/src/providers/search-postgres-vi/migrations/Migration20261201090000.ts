import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { textSearchConfigSql } from "../text-search-config"

/**
 * What Medusa's own PostgreSQL search provider migration creates (pg_trgm, unaccent, the catalog
 * table), because this provider replaces it and Medusa runs the migrations of the provider it is
 * given; plus `medusa_search_vietnamese`: the `simple` configuration behind `unaccent`, so words are
 * compared without diacritics ("đ" folds to "d") and no English stop word or stemmer eats
 * Vietnamese syllables ("mè", "an", "đỏ" are stop words in English). Idempotent.
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'ocop search: could not enable pg_trgm (%).', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'ocop search: could not enable unaccent (%).', SQLERRM;
        END;
      END
      $$;
    `)
    this.addSql(textSearchConfigSql("vietnamese"))
    this.addSql(`
      create table if not exists "search_postgres_index" (
        "name" text not null,
        "table_name" text not null,
        "schema_hash" text not null,
        "plan" jsonb not null,
        "document_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "search_postgres_index_pkey" primary key ("name")
      );
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
