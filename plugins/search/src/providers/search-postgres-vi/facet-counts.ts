/**
 * Maintained counts of an index table's documents per combination of its low-cardinality typed
 * columns (the provider's `counted_fields` option: stars, group, province,
 * statuses…), kept exact by a row trigger on the document table in the same
 * transaction as every write.
 *
 * A search without text that filters and facets only on those fields (browsing by stars and
 * province: "how many 4-star products per province") reads its count and facet values from this
 * table: a few hundred rows whatever the catalogue size, where counting the documents themselves
 * reads every matching row (a third of the catalogue for one star level). A filter on another
 * column (the certificate still valid now: `certificate_expires_at > now`) is applied by
 * subtracting the documents that fail it, found through that column's btree index (those are few:
 * expired certificates leave the OCOP listing daily).
 *
 * The trigger only appends signed rows (+1, -1) and never updates one: two index syncs writing at
 * once would otherwise update the same few count rows in different orders and deadlock. A
 * scheduled job folds the rows back into one per key (`compactFacetCountsSql`); readers sum.
 */
import type { TypedColumn } from "./typed-columns"

export const COUNTS_KEY = "__key"
export const COUNTS_N = "__n"

export function countsTable(table: string) {
  return `${table}_counts`.slice(0, 63)
}

/** The typed columns of the counted fields, in the table's column order. */
export function countedColumns(columns: Map<string, TypedColumn>, fields: string[]): TypedColumn[] {
  const wanted = new Set(fields)
  return [...columns.values()].filter((column) => wanted.has(column.path))
}

/** How a counts table's comment starts: the compaction job finds the tables by it. */
export const COUNTS_COMMENT = "facet counts, appended:"

/** What the counts table was made for (its comment): columns and kinds. */
export function countsSignature(counted: TypedColumn[]) {
  return `${COUNTS_COMMENT} ${counted.map((c) => `${c.column}:${c.kind}`).join(",")}`
}

/** The trigger function that keeps a counts table (dropped with it). */
export function countsFunction(table: string) {
  return `${countsTable(table)}_fn`.slice(0, 63)
}

const SQL_TYPES = { number: "float8", boolean: "boolean", text: "text" } as const

/**
 * One statement (a DO block: atomic) that creates the counts table and its trigger, and fills it
 * from the documents while writes wait (SHARE lock), unless it exists with these columns already.
 */
export function facetCountsDdl(table: string, counted: TypedColumn[]): string {
  const counts = countsTable(table)
  const fn = countsFunction(table)
  const trigger = `${counts}_trg`.slice(0, 63)
  const cols = counted.map((column) => `"${column.column}"`)
  const key = (row: string) => `jsonb_build_array(${counted.map((c) => `${row}."${c.column}"`).join(", ")})::text`
  const changed = counted.map((c) => `OLD."${c.column}" IS DISTINCT FROM NEW."${c.column}"`).join(" OR ")
  const signature = countsSignature(counted)
  const body = `
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "${counts}";
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT (${changed}) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "${counts}" ("${COUNTS_KEY}", ${cols.join(", ")}, "${COUNTS_N}")
    VALUES (${key("OLD")}, ${counted.map((c) => `OLD."${c.column}"`).join(", ")}, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "${counts}" ("${COUNTS_KEY}", ${cols.join(", ")}, "${COUNTS_N}")
    VALUES (${key("NEW")}, ${counted.map((c) => `NEW."${c.column}"`).join(", ")}, 1);
  END IF;
  RETURN NULL;
END`
  return `DO $ocop_counts$
BEGIN
  IF obj_description(to_regclass('"${counts}"'), 'pg_class') IS NOT DISTINCT FROM '${signature}' THEN
    RETURN;
  END IF;
  LOCK TABLE "${table}" IN SHARE MODE;
  DROP TABLE IF EXISTS "${counts}";
  CREATE TABLE "${counts}" ("${COUNTS_KEY}" text NOT NULL, ${counted
    .map((c) => `"${c.column}" ${SQL_TYPES[c.kind]}`)
    .join(", ")}, "${COUNTS_N}" bigint NOT NULL);
  COMMENT ON TABLE "${counts}" IS '${signature}';
  CREATE OR REPLACE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $ocop_fn$${body}
$ocop_fn$;
  DROP TRIGGER IF EXISTS "${trigger}" ON "${table}";
  DROP TRIGGER IF EXISTS "${trigger}_truncate" ON "${table}";
  CREATE TRIGGER "${trigger}" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${fn}"();
  CREATE TRIGGER "${trigger}_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"();
  INSERT INTO "${counts}" ("${COUNTS_KEY}", ${cols.join(", ")}, "${COUNTS_N}")
    SELECT ${key("d")}, ${counted.map((c) => `d."${c.column}"`).join(", ")}, count(*)
      FROM "${table}" d GROUP BY ${counted.map((c) => `d."${c.column}"`).join(", ")};
END
$ocop_counts$`
}

/**
 * Folds a counts table's appended rows into one per key, in one statement: rows appended meanwhile
 * by transactions not yet committed are not seen, so they stay and are folded next time.
 * `columns`: the table's columns but the count.
 */
export function compactFacetCountsSql(counts: string, columns: string[]) {
  const cols = columns.map((column) => `"${column}"`).join(", ")
  return `WITH folded AS (DELETE FROM "${counts}" RETURNING *)
    INSERT INTO "${counts}" (${cols}, "${COUNTS_N}")
    SELECT ${cols}, sum("${COUNTS_N}") FROM folded GROUP BY ${cols} HAVING sum("${COUNTS_N}") <> 0`
}
