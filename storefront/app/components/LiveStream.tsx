import { useT } from "../i18n"
import { streamPlayer } from "../lib/live"
import { safeUrl } from "../lib/safe-url"

/**
 * A live session's stream: the provider's own player in a sandboxed frame when the backend gave an
 * embeddable one on the allow-list (YouTube, Facebook videos), and always the link to watch it
 * on the provider's page (the only thing shown for any other stream).
 */
export function LiveStream({
  title,
  streamUrl,
  embedUrl,
  prominent,
}: {
  title: string
  streamUrl: string | null
  embedUrl: string | null | undefined
  prominent: boolean
}) {
  const { t } = useT()
  const player = prominent ? streamPlayer(embedUrl) : undefined
  const link = safeUrl(streamUrl)
  return (
    <>
      {player ? (
        <div className="live-stream story-video">
          <iframe
            src={player}
            title={t("live.stream_title", { title })}
            allow="encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
          />
        </div>
      ) : null}
      {link ? (
        <p>
          <a
            href={link}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className={prominent ? "button primary" : undefined}
          >
            {t("events.watch")}
          </a>
        </p>
      ) : null}
    </>
  )
}
