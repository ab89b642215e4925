import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { vnDateOf } from "../../rules/vn-date"
import { eventContentHash, jsonValue, lotMasterHash, verifyChain } from "./chain"
import { buildDigestTree, digestHash, digestLeafOf, DIGEST_LEAF_FIELDS } from "./digest"
import { merkleProofs, type InclusionProof } from "./merkle"
import { TraceDigest, TraceDigestHead, TraceEvent, TraceLot, TraceLotAllocation, TraceTradeItem } from "./models"
import type { ChainVerification, LotMasterData, TraceEventInput } from "./types"

type Row = Record<string, any>

function appendOnly(what: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${what}: the history of a lot is append-only. Recorded events are never changed or deleted; record a correcting event instead (corrects_event_id and correction_reason).`,
  )
}

export interface AllocationLine {
  order_line_item_id: string
  variant_id: string
  quantity: number
  /** A lot the admin chose at fulfilment; otherwise the first-expiring lot with stock. */
  chosen_lot_id?: string | null
}

/**
 * The traceability module: trade items (GTIN per variant), lots, their append-only EPCIS event
 * history with a hash chain, and which lot each shipped order line came from.
 *
 * Generated reads (listTraceLots, listTraceEvents, …) are as usual. Writes that would rewrite the
 * history are refused: updateTraceEvents, deleteTraceEvents, softDeleteTraceEvents,
 * restoreTraceEvents, updateTraceLots, deleteTraceLots and softDeleteTraceLots throw NOT_ALLOWED
 * (removeEmptyTraceLot undoes a lot created by a failed workflow, while it has no events);
 * createTraceEvents is replaced by appendTraceEvents, which computes the sequence and the hashes
 * under a lock on the lot.
 */
class TraceabilityModuleService extends MedusaService({
  TraceTradeItem,
  TraceLot,
  TraceEvent,
  TraceLotAllocation,
  TraceDigest,
  TraceDigestHead,
}) {
  // ---- the append-only guard -------------------------------------------------------------
  // @ts-expect-error the generated method is replaced by a refusal
  async createTraceEvents(..._args: unknown[]): Promise<never> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "events are appended with appendTraceEvents, which chains their hashes",
    )
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async updateTraceEvents(..._args: unknown[]): Promise<never> {
    throw appendOnly("update refused")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async deleteTraceEvents(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async softDeleteTraceEvents(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async restoreTraceEvents(..._args: unknown[]): Promise<never> {
    throw appendOnly("restore refused")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async updateTraceLots(..._args: unknown[]): Promise<never> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "a lot's master data is part of its tamper-evident history and cannot be changed: record a correcting event, or register a new lot",
    )
  }

  // @ts-expect-error the generated method is replaced by a refusal
  async deleteTraceLots(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused: a lot is the anchor of its history")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async softDeleteTraceLots(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused: a lot is the anchor of its history")
  }

  // @ts-expect-error the generated method is replaced by a refusal
  async createTraceDigests(..._args: unknown[]): Promise<never> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "digests are published with publishTraceDigest, which computes them",
    )
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async updateTraceDigests(..._args: unknown[]): Promise<never> {
    throw appendOnly("update refused: published digests are never changed")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async deleteTraceDigests(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused: published digests are never deleted")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async softDeleteTraceDigests(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused: published digests are never deleted")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async createTraceDigestHeads(..._args: unknown[]): Promise<never> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "digest leaves are written by publishTraceDigest")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async updateTraceDigestHeads(..._args: unknown[]): Promise<never> {
    throw appendOnly("update refused: published digests are never changed")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async deleteTraceDigestHeads(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused: published digests are never deleted")
  }
  // @ts-expect-error the generated method is replaced by a refusal
  async softDeleteTraceDigestHeads(..._args: unknown[]): Promise<never> {
    throw appendOnly("delete refused: published digests are never deleted")
  }

  // ---- lots --------------------------------------------------------------------------------

  /** Registers lots with the hash of their master data (the anchor of their event chain). */
  @InjectTransactionManager()
  async registerTraceLots(data: LotMasterData[], @MedusaContext() sharedContext: Context = {}): Promise<Row[]> {
    const rows = data.map((lot) => ({
      ...lot,
      unit: lot.unit ?? "H87",
      best_before: lot.best_before ?? null,
      expiry_date: lot.expiry_date ?? null,
      inputs: jsonValue(lot.inputs),
      master_hash: lotMasterHash(lot),
    }))
    for (const row of rows as Row[]) {
      row.head_hash = row.master_hash
      row.event_count = 0
    }
    return (await super.createTraceLots(rows as any, sharedContext)) as unknown as Row[]
  }

  /** Deletes a lot that has no history yet (a workflow's compensation); refused otherwise. */
  @InjectTransactionManager()
  async removeEmptyTraceLot(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const knex = this.knex(sharedContext)
    const [row] = await knex("trace_event").where({ lot_id: id }).whereNull("deleted_at").count({ count: "*" })
    if (Number(row?.count ?? 0) > 0) throw appendOnly("a lot with events cannot be deleted")
    await super.deleteTraceLots(id, sharedContext)
  }

  // ---- events ------------------------------------------------------------------------------

  /**
   * Appends events (already checked by checkEventInput) to a lot's history in one transaction,
   * under a row lock on the lot, so that concurrent appends queue up instead of forking the chain.
   * A correction must name an event of the same lot.
   */
  @InjectTransactionManager()
  async appendTraceEvents(
    lotId: string,
    inputs: TraceEventInput[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<Row[]> {
    const knex = this.knex(sharedContext)
    const [lot] = await knex("trace_lot")
      .where({ id: lotId })
      .whereNull("deleted_at")
      .forUpdate()
      .select("id", "master_hash", "head_hash", "event_count")
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `lot_id: no lot ${lotId}`)

    const corrected = inputs.map((i) => i.corrects_event_id).filter((id): id is string => !!id)
    if (corrected.length) {
      const found = await knex("trace_event")
        .whereIn("id", corrected)
        .where({ lot_id: lotId })
        .whereNull("deleted_at")
        .select("id")
      const known = new Set(found.map((r: Row) => r.id))
      const missing = corrected.find((id) => !known.has(id))
      if (missing) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `corrects_event_id: ${missing} is not an event of this lot`,
        )
      }
    }

    // The lot's recorded head, not the last row found: an event deleted in the database stays
    // missing (and reported) instead of being silently overwritten by the next append.
    let sequence = Number(lot.event_count ?? 0)
    let previous: string = lot.head_hash ?? lot.master_hash
    const rows = inputs.map((input) => {
      sequence += 1
      const row: Row = {
        lot_id: lotId,
        sequence,
        event_type: input.event_type,
        action: input.action,
        biz_step: input.biz_step,
        disposition: input.disposition ?? null,
        event_time: new Date(input.event_time),
        event_time_zone_offset: input.event_time_zone_offset ?? "+07:00",
        read_point: jsonValue(input.read_point),
        biz_location: jsonValue(input.biz_location),
        actor: jsonValue(input.actor),
        quantities: jsonValue(input.quantities),
        attachments: jsonValue(input.attachments),
        source: jsonValue(input.source),
        destination: jsonValue(input.destination),
        biz_transactions: jsonValue(input.biz_transactions),
        parent_id: input.parent_id ?? null,
        note: input.note ?? null,
        corrects_event_id: input.corrects_event_id ?? null,
        correction_reason: input.correction_reason ?? null,
        origin: input.origin ?? "admin",
        external_event_id: input.external_event_id ?? null,
        previous_hash: previous,
      }
      row.content_hash = eventContentHash(row as any)
      previous = row.content_hash
      return row
    })
    const created = (await super.createTraceEvents(rows as any, sharedContext)) as unknown as Row[]
    await knex("trace_lot")
      .where({ id: lotId })
      .update({ head_hash: previous, event_count: sequence, updated_at: knex.fn.now() })
    return created
  }

  /** The events of a lot in chain order. */
  async listLotHistory(lotId: string, sharedContext?: Context): Promise<Row[]> {
    return (await this.listTraceEvents(
      { lot_id: lotId },
      { take: null, order: { sequence: "ASC" } },
      sharedContext,
    )) as unknown as Row[]
  }

  /** Recomputes the lot's chain from the stored rows and reports the first broken link. */
  async verifyTraceLot(lotId: string, sharedContext?: Context): Promise<ChainVerification> {
    const lot = (await this.retrieveTraceLot(lotId, {}, sharedContext)) as unknown as Row
    // Soft-deleted rows too: a deleted event is reported, not skipped.
    const events = await this.listTraceEvents(
      { lot_id: lotId },
      { take: null, withDeleted: true, order: { sequence: "ASC" } },
      sharedContext,
    )
    return verifyChain(lot as any, events as any)
  }

  // ---- published digests ---------------------------------------------------------------------

  /**
   * Publishes a digest of every lot's head (see digest.ts): one serialised transaction reads the
   * heads, builds the Merkle tree and appends the digest and its leaves, chained to the previous
   * digest. Appends only; a later digest of the same day does not replace an earlier one.
   */
  @InjectTransactionManager()
  async publishTraceDigest(
    input: { trigger: "scheduled" | "admin"; now?: Date } = { trigger: "admin" },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<Row> {
    const knex = this.knex(sharedContext)
    await knex.raw("select pg_advisory_xact_lock(hashtext('ocop_trace_digest'))")
    const lots: Row[] = await knex("trace_lot")
      .whereNull("deleted_at")
      .select("id", "gtin14", "lot_code", "event_count", "head_hash", "master_hash")
    const { leaves, root } = buildDigestTree(
      lots.map((l) => ({
        lot_id: l.id,
        gtin14: l.gtin14,
        lot_code: l.lot_code,
        event_count: Number(l.event_count ?? 0),
        head_hash: l.head_hash ?? l.master_hash,
      })),
    )
    const previous = await knex("trace_digest")
      .whereNull("deleted_at")
      .orderBy("sequence", "desc")
      .first("sequence", "digest_hash")
    const digest: Row = {
      id: generateEntityId(undefined, "tdgst"),
      sequence: Number(previous?.sequence ?? 0) + 1,
      day: vnDateOf(input.now ?? new Date()),
      root,
      leaf_count: leaves.length,
      previous_digest_hash: previous?.digest_hash ?? null,
      trigger: input.trigger,
    }
    digest.digest_hash = digestHash(digest as any)
    const [inserted] = await knex("trace_digest").insert(digest).returning("*")
    const rows = leaves.map((leaf) => ({
      id: generateEntityId(undefined, "tdhead"),
      digest_id: digest.id,
      ...digestLeafOf(leaf),
    }))
    for (let i = 0; i < rows.length; i += 1000) await knex("trace_digest_head").insert(rows.slice(i, i + 1000))
    return inserted
  }

  /** Every leaf of a digest in tree order, each with its inclusion proof. */
  async digestLeavesWithProofs(
    digestId: string,
    sharedContext?: Context,
  ): Promise<(Row & { proof: InclusionProof })[]> {
    const leaves = (await this.listTraceDigestHeads(
      { digest_id: digestId },
      {
        take: null,
        order: { position: "ASC" },
        select: ["id", ...DIGEST_LEAF_FIELDS],
      },
      sharedContext,
    )) as unknown as Row[]
    const proofs = merkleProofs(leaves.map((l) => l.leaf_hash))
    return leaves.map((leaf, i) => ({ ...leaf, proof: proofs[i] }))
  }

  // ---- order lines ← lots ------------------------------------------------------------------

  /**
   * Records which lot each line of a fulfillment came from: the chosen lot when given (and it is
   * a lot of the line's variant), otherwise first-expiring-first-out among the variant's lots with
   * stock left (quantity produced minus what was already allocated), splitting a line across lots
   * when needed; what no lot can cover goes to the newest lot as `overflow`. Idempotent per
   * fulfillment and line. Lots are locked while their stock is counted.
   */
  @InjectTransactionManager()
  async allocateFulfillmentLots(
    input: { order_id: string; fulfillment_id: string; lines: AllocationLine[] },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<Row[]> {
    const knex = this.knex(sharedContext)
    const lineIds = input.lines.map((l) => l.order_line_item_id)
    const done = new Set(
      (
        await knex("trace_lot_allocation")
          .where({ fulfillment_id: input.fulfillment_id })
          .whereIn("order_line_item_id", lineIds)
          .whereNull("deleted_at")
          .select("order_line_item_id")
      ).map((r: Row) => r.order_line_item_id),
    )
    const lines = input.lines.filter((l) => !done.has(l.order_line_item_id) && l.quantity > 0)
    if (!lines.length) return []
    const variantIds = [...new Set(lines.map((l) => l.variant_id))]
    const lots: Row[] = await knex("trace_lot")
      .whereIn("variant_id", variantIds)
      .whereNull("deleted_at")
      .orderBy("id")
      .forUpdate()
      .select("id", "variant_id", "quantity_produced", "production_date", "best_before", "expiry_date", "created_at")
    const used: Row[] = lots.length
      ? await knex("trace_lot_allocation")
          .whereIn(
            "lot_id",
            lots.map((l) => l.id),
          )
          .whereNull("deleted_at")
          .groupBy("lot_id")
          .select("lot_id")
          .sum({ quantity: "quantity" })
      : []
    const remaining = new Map(lots.map((l) => [l.id, Number(l.quantity_produced)]))
    for (const u of used) remaining.set(u.lot_id, (remaining.get(u.lot_id) ?? 0) - Number(u.quantity))

    const expiry = (l: Row) => l.expiry_date ?? l.best_before ?? "9999-12-31"
    const allocations: Row[] = []
    for (const line of lines) {
      const candidates = lots
        .filter((l) => l.variant_id === line.variant_id)
        .sort(
          (a, b) =>
            expiry(a).localeCompare(expiry(b)) || String(a.production_date).localeCompare(String(b.production_date)),
        )
      const base = {
        order_id: input.order_id,
        fulfillment_id: input.fulfillment_id,
        order_line_item_id: line.order_line_item_id,
        variant_id: line.variant_id,
      }
      // A chosen lot that is not one of the variant's lots is ignored (the shipment stands): first-expiring applies.
      const chosen = line.chosen_lot_id ? candidates.find((l) => l.id === line.chosen_lot_id) : undefined
      if (chosen) {
        allocations.push({ ...base, lot_id: chosen.id, quantity: line.quantity, source: "chosen" })
        remaining.set(chosen.id, (remaining.get(chosen.id) ?? 0) - line.quantity)
        continue
      }
      if (!candidates.length) continue
      let left = line.quantity
      for (const lot of candidates) {
        const available = remaining.get(lot.id) ?? 0
        if (available <= 0 || left <= 0) continue
        const take = Math.min(available, left)
        allocations.push({ ...base, lot_id: lot.id, quantity: take, source: "fefo" })
        remaining.set(lot.id, available - take)
        left -= take
      }
      if (left > 0) {
        const newest = [...candidates].sort((a, b) =>
          String(b.production_date).localeCompare(String(a.production_date)),
        )[0]
        const existing = allocations.find(
          (a) => a.lot_id === newest.id && a.order_line_item_id === line.order_line_item_id,
        )
        if (existing) {
          existing.quantity += left
          existing.source = "overflow"
        } else allocations.push({ ...base, lot_id: newest.id, quantity: left, source: "overflow" })
      }
    }
    if (!allocations.length) return []
    return (await super.createTraceLotAllocations(allocations as any, sharedContext)) as unknown as Row[]
  }

  private knex(sharedContext: Context) {
    const manager = sharedContext.transactionManager as any
    const knex = manager?.getTransactionContext?.()
    if (!knex)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "traceability: this operation must run in a transaction",
      )
    return knex
  }
}

export default TraceabilityModuleService
