import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "../../lib/render-email"

export interface SmtpOptions {
  /** smtp(s)://user:password@host:port, or the parts below. */
  url?: string
  host?: string
  port?: number
  user?: string
  password?: string
  /** The sender: "Chợ OCOP <no-reply@…>". */
  from: string
}

/**
 * Sends the `email` channel's notifications over SMTP with nodemailer: the subject and body are
 * rendered from the notification's kind and data (Vietnamese, with English below).
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"
  protected transporter_: Transporter
  protected from_: string
  protected logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP notifications need a sender (from)")
    if (!options.url && !options.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP notifications need SMTP_URL or SMTP_HOST")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.logger_ = logger
    this.from_ = options.from
    this.transporter_ = options.url
      ? nodemailer.createTransport(options.url)
      : nodemailer.createTransport({
          host: options.host,
          port: options.port ?? 587,
          secure: options.port === 465,
          auth: options.user ? { user: options.user, pass: options.password } : undefined,
        })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { subject, text } = renderEmail(notification.template, (notification.data ?? {}) as Record<string, unknown>)
    const info = await this.transporter_.sendMail({
      from: notification.from || this.from_,
      to: notification.to,
      subject,
      text,
    })
    return { id: info.messageId }
  }
}
