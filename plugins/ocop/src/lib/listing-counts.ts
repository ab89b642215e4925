/**
 * How many products the store listing holds (lib/store-listing.ts), kept exact by row triggers in
 * the same transaction as every write that changes it: a certificate (status, stars, group,
 * province, producer, product, deletion), a product (published or not, deleted) and a product's
 * sales channel link. Two tables:
 *
 * - `ocop_listing_count`: per sales channel, stars, product group and province (at most
 *   3 × 6 × 34 rows per channel): a listing page's total and the home page's counts sum a few
 *   hundred rows, where counting the matches themselves reads every certificate, product and link
 *   of the catalogue (about 30 ms at 20,000 products on the project's machines, and growing);
 * - `ocop_listing_subject_count`: the same per producer (OCOP subject), for a producer's counts and
 *   a province's producers, most products first.
 *
 * and a ranking derived from them, `ocop_listing_producer_rank` (per sales channel, province and
 * producer: how many listed products, indexed in that order), which a province's producers are
 * read from a page at a time, most products first, without summing the province's rows. A
 * producer's entry is made again from its per-producer rows each time new rows of it are folded
 * (every minute), so its place and count there are at most that old.
 *
 * The triggers only append signed rows (+n, -n) and never update one: a batch (the catalogue
 * import links 250 products to the channel in one statement, and two imports run at once) would
 * otherwise update many count rows in the order of its rows, and two such transactions would
 * deadlock on each other's rows (they did). Nobody waits: readers sum the rows, and a scheduled
 * job folds them into one per key (`compactListingCounts`). Appended rows are marked unfolded, and
 * the job folds only the keys that have such rows: at national size the per-producer table holds
 * a hundred thousand keys, and a minute changes a few of them.
 *
 * The certificate still valid now (`expires_at > now`) is not a row state: the certificates
 * whose validity ended but that the daily job has not expired yet (a day's worth at most) are
 * subtracted when reading, found through the expiry index.
 *
 * The triggers take the product's row lock before reading the other tables, so two transactions
 * changing the same product's certificate, status or channels one at a time see each other's
 * writes. The tables, their functions and triggers are made at first use (the product and link
 * tables belong to Medusa and may not exist yet when this module's migrations run), and filled
 * from the current rows while those writes wait.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

const TABLE = "ocop_listing_count"
const SUBJECT_TABLE = "ocop_listing_subject_count"
export const PRODUCER_RANK_TABLE = "ocop_listing_producer_rank"
/** Bumped when the tables, functions or triggers change: the next use makes them again. */
const VERSION = "ocop_listing_count v5"

const COLUMNS = "sales_channel_id, stars, product_group, province"
const SUBJECT_COLUMNS = "sales_channel_id, subject_id, stars, product_group, province"

/** Appends the signed counts that `select` gives (sales channel, producer, stars, group, province, n) to both tables. */
const append = (select: string) => `
    WITH delta AS MATERIALIZED (${select}),
    per_subject AS (
      INSERT INTO ${SUBJECT_TABLE} (${SUBJECT_COLUMNS}, n) SELECT ${SUBJECT_COLUMNS}, n FROM delta)
    INSERT INTO ${TABLE} (${COLUMNS}, n)
    SELECT ${COLUMNS}, sum(n) FROM delta GROUP BY 1, 2, 3, 4;`

/** The valid certificate `row` × its product's live links, if the product is on sale, counted `sign`. */
const byCertificate = (row: Row, sign: 1 | -1) =>
  append(`SELECT l.sales_channel_id, ${row}.subject_id, ${row}.stars, ${row}.product_group, ${row}.province,
                 ${sign} * count(*) AS n
      FROM product p JOIN product_sales_channel l ON l.product_id = p.id AND l.deleted_at IS NULL
     WHERE p.id = ${row}.product_id AND p.status = 'published' AND p.deleted_at IS NULL
       AND ${row}.status = 'valid' AND ${row}.deleted_at IS NULL
     GROUP BY 1, 2, 3, 4, 5`)

const byProduct = (row: Row, sign: 1 | -1) =>
  append(`SELECT l.sales_channel_id, c.subject_id, c.stars, c.product_group, c.province, ${sign} * count(*) AS n
      FROM ocop_certificate c JOIN product_sales_channel l ON l.product_id = c.product_id AND l.deleted_at IS NULL
     WHERE c.product_id = ${row}.id AND c.status = 'valid' AND c.deleted_at IS NULL
       AND ${row}.status = 'published' AND ${row}.deleted_at IS NULL
     GROUP BY 1, 2, 3, 4, 5`)

const byLink = (row: Row, sign: 1 | -1) =>
  append(`SELECT ${row}.sales_channel_id, c.subject_id, c.stars, c.product_group, c.province, ${sign} * count(*) AS n
      FROM ocop_certificate c JOIN product p ON p.id = c.product_id AND p.status = 'published' AND p.deleted_at IS NULL
     WHERE c.product_id = ${row}.product_id AND c.status = 'valid' AND c.deleted_at IS NULL
       AND ${row}.deleted_at IS NULL
     GROUP BY 1, 2, 3, 4, 5`)

type Row = "OLD" | "NEW"
const lockProduct = (row: Row) => `PERFORM 1 FROM product WHERE id = ${row}.product_id FOR NO KEY UPDATE;`

function triggerFunction(
  name: string,
  options: { changed: string; counts: (row: Row, sign: 1 | -1) => string; lock?: (row: Row) => string },
) {
  return `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NOT (${options.changed}) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    ${options.lock?.("OLD") ?? ""}
    ${options.counts("OLD", -1)}
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    ${options.lock?.("NEW") ?? ""}
    ${options.counts("NEW", 1)}
  END IF;
  RETURN NULL;
END
$fn$;`
}

/** The ranking of every province's producers from the per-producer rows. */
const RERANK = `DELETE FROM ${PRODUCER_RANK_TABLE};
    INSERT INTO ${PRODUCER_RANK_TABLE} (sales_channel_id, province, subject_id, n)
    SELECT sales_channel_id, province, subject_id, sum(n) FROM ${SUBJECT_TABLE}
     GROUP BY 1, 2, 3 HAVING sum(n) > 0;`

/** Every count again from the rows (at creation, and after a table is truncated). */
const RECOUNT = `DELETE FROM ${SUBJECT_TABLE};
    DELETE FROM ${TABLE};
    INSERT INTO ${SUBJECT_TABLE} (${SUBJECT_COLUMNS}, n, folded)
    SELECT l.sales_channel_id, c.subject_id, c.stars, c.product_group, c.province, count(*), true
      FROM ocop_certificate c
      JOIN product p ON p.id = c.product_id AND p.status = 'published' AND p.deleted_at IS NULL
      JOIN product_sales_channel l ON l.product_id = c.product_id AND l.deleted_at IS NULL
     WHERE c.status = 'valid' AND c.deleted_at IS NULL
     GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO ${TABLE} (${COLUMNS}, n, folded)
    SELECT ${COLUMNS}, sum(n), true FROM ${SUBJECT_TABLE} GROUP BY 1, 2, 3, 4;
    ${RERANK}`

const distinct = (columns: string[]) => columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(" OR ")

/** One atomic statement that (re)makes the counts, unless they are there at this version. */
export const LISTING_COUNTS_DDL = `DO $ocop$
BEGIN
  IF obj_description(to_regclass('${TABLE}'), 'pg_class') IS NOT DISTINCT FROM '${VERSION}' THEN
    RETURN;
  END IF;
  LOCK TABLE ocop_certificate, product, product_sales_channel IN SHARE MODE;
  -- Another process may have made them while this one waited for the lock.
  IF obj_description(to_regclass('${TABLE}'), 'pg_class') IS NOT DISTINCT FROM '${VERSION}' THEN
    RETURN;
  END IF;
  DROP TABLE IF EXISTS ${TABLE};
  DROP TABLE IF EXISTS ${SUBJECT_TABLE};
  DROP TABLE IF EXISTS ${PRODUCER_RANK_TABLE};
  CREATE TABLE ${TABLE} (
    sales_channel_id text NOT NULL, stars integer NOT NULL, product_group integer NOT NULL,
    province text NOT NULL, n bigint NOT NULL, folded boolean NOT NULL DEFAULT false);
  CREATE INDEX ${TABLE}_key ON ${TABLE} (${COLUMNS}) INCLUDE (n);
  CREATE INDEX ${TABLE}_unfolded ON ${TABLE} (sales_channel_id) WHERE NOT folded;
  CREATE TABLE ${SUBJECT_TABLE} (
    sales_channel_id text NOT NULL, subject_id text NOT NULL, stars integer NOT NULL,
    product_group integer NOT NULL, province text NOT NULL, n bigint NOT NULL,
    folded boolean NOT NULL DEFAULT false);
  -- a producer's counts, and a province's producers
  CREATE INDEX ${SUBJECT_TABLE}_subject ON ${SUBJECT_TABLE} (sales_channel_id, subject_id);
  CREATE INDEX ${SUBJECT_TABLE}_province ON ${SUBJECT_TABLE} (sales_channel_id, province);
  CREATE INDEX ${SUBJECT_TABLE}_unfolded ON ${SUBJECT_TABLE} (sales_channel_id) WHERE NOT folded;
  CREATE TABLE ${PRODUCER_RANK_TABLE} (
    sales_channel_id text NOT NULL, province text NOT NULL, subject_id text NOT NULL, n bigint NOT NULL);
  -- a province's producers, most products first, a page at a time
  CREATE INDEX ${PRODUCER_RANK_TABLE}_order ON ${PRODUCER_RANK_TABLE} (sales_channel_id, province, n DESC, subject_id);
  -- a producer's entry, made again when its counts change
  CREATE INDEX ${PRODUCER_RANK_TABLE}_subject ON ${PRODUCER_RANK_TABLE} (subject_id);
  ${triggerFunction("ocop_listing_count_certificate", {
    changed: distinct(["product_id", "subject_id", "status", "deleted_at", "stars", "product_group", "province"]),
    counts: byCertificate,
    lock: lockProduct,
  })}
  ${triggerFunction("ocop_listing_count_product", {
    changed: distinct(["status", "deleted_at"]),
    counts: byProduct,
  })}
  ${triggerFunction("ocop_listing_count_link", {
    changed: distinct(["product_id", "sales_channel_id", "deleted_at"]),
    counts: byLink,
    lock: lockProduct,
  })}
  DROP TRIGGER IF EXISTS ocop_listing_count ON ocop_certificate;
  DROP TRIGGER IF EXISTS ocop_listing_count ON product;
  DROP TRIGGER IF EXISTS ocop_listing_count ON product_sales_channel;
  DROP TRIGGER IF EXISTS ocop_listing_count_truncate ON ocop_certificate;
  DROP TRIGGER IF EXISTS ocop_listing_count_truncate ON product;
  DROP TRIGGER IF EXISTS ocop_listing_count_truncate ON product_sales_channel;
  CREATE TRIGGER ocop_listing_count AFTER INSERT OR UPDATE OR DELETE ON ocop_certificate
    FOR EACH ROW EXECUTE FUNCTION ocop_listing_count_certificate();
  CREATE TRIGGER ocop_listing_count AFTER INSERT OR UPDATE OR DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION ocop_listing_count_product();
  CREATE TRIGGER ocop_listing_count AFTER INSERT OR UPDATE OR DELETE ON product_sales_channel
    FOR EACH ROW EXECUTE FUNCTION ocop_listing_count_link();
  CREATE OR REPLACE FUNCTION ocop_listing_count_recount() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    ${RECOUNT}
    RETURN NULL;
  END
  $fn$;
  CREATE TRIGGER ocop_listing_count_truncate AFTER TRUNCATE ON ocop_certificate
    FOR EACH STATEMENT EXECUTE FUNCTION ocop_listing_count_recount();
  CREATE TRIGGER ocop_listing_count_truncate AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION ocop_listing_count_recount();
  CREATE TRIGGER ocop_listing_count_truncate AFTER TRUNCATE ON product_sales_channel
    FOR EACH STATEMENT EXECUTE FUNCTION ocop_listing_count_recount();
  ${RECOUNT}
  COMMENT ON TABLE ${TABLE} IS '${VERSION}';
END
$ocop$`

let ready: Promise<boolean> | undefined

/**
 * Whether the counts are there (made once per process; if making them fails, listings count
 * their matches themselves, and the next listing tries again).
 */
export function listingCountsReady(knex: Knex, log?: (message: string) => void): Promise<boolean> {
  ready ??= knex
    .raw(LISTING_COUNTS_DDL)
    .then(() => true)
    .catch((error: Error) => {
      log?.(`OCOP listing counts unavailable, listings count their matches: ${error.message}`)
      ready = undefined
      return false
    })
  return ready
}

/** The counts were found missing (a database restored from a copy made before them): make them again. */
export function forgetListingCounts() {
  ready = undefined
}

/**
 * The keys of `table` with unfolded rows (`changed`), their rows folded into one (`folded`, the
 * deleted rows), as CTEs of one statement: rows appended meanwhile by transactions not yet
 * committed are not seen, so they stay unfolded and are folded next time.
 */
const foldChanged = (table: string, columns: string) => {
  const key = columns.split(", ").map((column) => `t.${column} = c.${column}`)
  return `changed AS MATERIALIZED (SELECT DISTINCT ${columns} FROM ${table} WHERE NOT folded),
    folded AS (DELETE FROM ${table} t USING changed c WHERE ${key.join(" AND ")} RETURNING t.*),
    refolded AS (INSERT INTO ${table} (${columns}, n, folded)
      SELECT ${columns}, sum(n), true FROM folded GROUP BY ${columns} HAVING sum(n) <> 0)`
}

/**
 * Folds the keys of both tables that have appended rows, one statement each, and makes the
 * ranking entries of the producers among them again in the same statement (a reader sees the
 * old entry or the new one, never none). The statement's snapshot still holds the rows it folds:
 * a producer's entry sums them with its other rows, the same sum as after the fold.
 */
export async function compactListingCounts(knex: Knex) {
  await knex.raw(`WITH ${foldChanged(TABLE, COLUMNS)} SELECT 1`)
  await knex.raw(`WITH ${foldChanged(SUBJECT_TABLE, SUBJECT_COLUMNS)},
    producers AS MATERIALIZED (SELECT DISTINCT sales_channel_id, province, subject_id FROM changed),
    unranked AS (DELETE FROM ${PRODUCER_RANK_TABLE} r USING producers p
      WHERE r.subject_id = p.subject_id AND r.sales_channel_id = p.sales_channel_id AND r.province = p.province)
    INSERT INTO ${PRODUCER_RANK_TABLE} (sales_channel_id, province, subject_id, n)
    SELECT s.sales_channel_id, s.province, s.subject_id, sum(s.n)
      FROM ${SUBJECT_TABLE} s JOIN producers p USING (sales_channel_id, province, subject_id)
     GROUP BY 1, 2, 3 HAVING sum(s.n) > 0`)
}

export type CountFilters = { stars?: number[]; product_group?: number[]; province?: string; subject_id?: string[] }

/**
 * The counted rows of the listed products in `channel` with a certificate valid at `at` that
 * match the filters, as one SQL query of rows (`subject_id` with `bySubject`, `stars`,
 * `product_group`, `province`, `n`) whose `n` add up to the counts: the maintained rows, and the
 * certificates whose validity ended before `at` that the daily job has not expired yet as
 * negative rows. Per producer with `bySubject` or a producer filter, else from the sums.
 */
export function countedRowsSql(filters: CountFilters, channel: string, at: Date, bySubject = false) {
  const perSubject = bySubject || !!filters.subject_id?.length
  const where = [`sales_channel_id = :count_channel`, `n <> 0`]
  const expired = [
    `c.deleted_at IS NULL`,
    `c.status = 'valid'`,
    `c.expires_at <= :count_at`,
    `p.status = 'published'`,
    `p.deleted_at IS NULL`,
  ]
  const bindings: Record<string, unknown> = { count_channel: channel, count_at: at }
  const filter = (column: string, binding: string, value: unknown, many: boolean) => {
    where.push(many ? `${column} = ANY(:${binding})` : `${column} = :${binding}`)
    expired.push(many ? `c.${column} = ANY(:${binding})` : `c.${column} = :${binding}`)
    bindings[binding] = value
  }
  if (filters.stars?.length) filter("stars", "count_stars", filters.stars, true)
  if (filters.product_group?.length) filter("product_group", "count_groups", filters.product_group, true)
  if (filters.province) filter("province", "count_province", filters.province, false)
  if (filters.subject_id?.length) filter("subject_id", "count_subjects", filters.subject_id, true)
  const subject = perSubject ? "subject_id, " : ""
  return {
    sql: `SELECT ${subject}stars, product_group, province, n FROM ${perSubject ? SUBJECT_TABLE : TABLE}
           WHERE ${where.join(" AND ")}
          UNION ALL
          SELECT ${perSubject ? "c.subject_id, " : ""}c.stars, c.product_group, c.province, -count(*)
            FROM ocop_certificate c
            JOIN product p ON p.id = c.product_id
            JOIN product_sales_channel l ON l.product_id = c.product_id AND l.sales_channel_id = :count_channel AND l.deleted_at IS NULL
           WHERE ${expired.join(" AND ")}
           GROUP BY ${perSubject ? "c.subject_id, " : ""}c.stars, c.product_group, c.province`,
    bindings,
  }
}

/** The number of listed products matching the filters, from the counts, as one SQL expression. */
export function countedListingSql(filters: CountFilters, channel: string, at: Date) {
  const rows = countedRowsSql(filters, channel, at)
  return { sql: `(SELECT coalesce(sum(n), 0) FROM (${rows.sql}) counted)`, bindings: rows.bindings }
}
