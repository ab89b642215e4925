/**
 * `medusa_search_<language>`: the `simple` dictionary behind `unaccent`, the text search
 * configuration the Vietnamese index uses (Medusa's provider only creates `medusa_search_english`).
 * `simple` lower-cases and keeps every word: no stemmer, no stop words. Idempotent; soft-fails
 * (NOTICE) without the unaccent extension, like Medusa's own migration.
 */
export function textSearchConfigSql(language: string): string {
  if (!/^[a-z0-9_]+$/.test(language)) throw new Error(`Invalid text search language "${language}"`)
  const name = `medusa_search_${language}`
  return `
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent')
         AND NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${name}') THEN
        CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION ${name}
          ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word
          WITH unaccent, simple;
      END IF;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'ocop search: could not create ${name} (%).', SQLERRM;
    END
    $$;
  `
}
