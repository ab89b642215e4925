import { randomBytes } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MathBN,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { vietQrPayload } from "../../lib/vietqr"

export interface BankTransferOptions {
  /** The marketplace's collection account: 6-digit NAPAS BIN of its bank, account number and holder. */
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  /** Letters the payment references start with ("OCOP"). */
  reference_prefix?: string
}

/** What the payment session (and then the order's payment) keeps: everything to show the QR again. */
export interface BankTransferData {
  reference: string
  amount: number
  currency_code: "vnd"
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  payload: string
  [key: string]: unknown
}

const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/**
 * Bank transfer by VietQR: the order is placed at once (the session authorizes, as a promise to
 * pay) with a payment reference and a VietQR payload for the buyer's banking app; the payment is
 * captured when a seller (for its part) or the operator confirms the money arrived
 * (src/workflows/bank-transfer). VND only.
 */
class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "bank-transfer"

  static validateOptions(options: Record<string, unknown>) {
    if (!/^\d{6}$/.test(String(options.bank_bin ?? "")))
      throw new Error("bank-transfer payment provider: bank_bin must be the bank's 6-digit NAPAS BIN")
    for (const key of ["bank_name", "account_number", "account_name"]) {
      if (!options[key]) throw new Error(`bank-transfer payment provider: ${key} is required`)
    }
  }

  protected readonly options_: BankTransferOptions

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
    this.options_ = options
  }

  private reference(): string {
    const prefix = (this.options_.reference_prefix ?? "OCOP").replace(/[^0-9A-Za-z]/g, "").toUpperCase()
    const random = [...randomBytes(8)].map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join("")
    return prefix + random
  }

  private transferData(amountInput: unknown, currency: string, reference: string): BankTransferData {
    if (currency.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `provider_id: bank transfer by VietQR takes VND only, not ${currency.toUpperCase()}`,
      )
    }
    const amount = MathBN.convert(amountInput as any).toNumber()
    const { bank_bin, bank_name, account_number, account_name } = this.options_
    return {
      reference,
      amount,
      currency_code: "vnd",
      bank_bin,
      bank_name,
      account_number,
      account_name,
      payload: vietQrPayload({ bankBin: bank_bin, accountNumber: account_number, amount, reference }),
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = this.transferData(input.amount, input.currency_code, this.reference())
    return { id: data.reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const reference = typeof input.data?.reference === "string" ? input.data.reference : this.reference()
    return {
      data: this.transferData(input.amount, input.currency_code, reference),
      status: PaymentSessionStatus.PENDING,
    }
  }

  /** The buyer commits to transfer: the order is placed, unpaid until the money is confirmed. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async getPaymentStatus(_input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return input.data ?? {}
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** Money goes back by a transfer the operator makes; the provider only records it. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** No bank notifies us: receipt is confirmed by hand. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default BankTransferProviderService
