import { Link } from "react-router"
import { formatDate, useT } from "../i18n"
import { safeUrl } from "../lib/safe-url"

type Story = {
  title: string
  body: string
  photos: string[]
  video: { provider: "youtube" | "vimeo"; embed_url: string } | null
  published_at: string
  product: { title: string; handle: string; thumbnail: string | null } | null
}

/** A producer's story of its product: text, photos and the video (the provider's own player, by its id). */
export function ProductStoryView({ story }: { story: Story }) {
  const { t, lang } = useT()
  return (
    <section className="product-story" aria-labelledby="story-heading">
      <h2 id="story-heading">
        {t("story.heading")}: {story.title}
      </h2>
      <p className="small">{t("story.published", { date: formatDate(story.published_at, lang) })}</p>
      {story.body.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      {story.photos.length ? (
        <ul className="story-photos" aria-label={t("story.photos")}>
          {story.photos.map((url, i) => (
            <li key={url}>
              <img
                src={safeUrl(url)}
                alt={t("story.photo_n", { n: i + 1, title: story.title })}
                loading="lazy"
                width={320}
                height={240}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {story.video ? (
        <div className="story-video">
          <iframe
            src={safeUrl(story.video.embed_url)}
            title={t("story.video", { title: story.title })}
            loading="lazy"
            allow="encrypted-media; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-presentation"
          />
        </div>
      ) : null}
    </section>
  )
}

/** Stories as short cards linking to their products (province showcase). */
export function StoryCards({ stories }: { stories: Story[] }) {
  const { t, href } = useT()
  if (!stories.length) return null
  return (
    <>
      <h2>{t("story.province_heading")}</h2>
      <ul className="story-cards">
        {stories.map((story) =>
          story.product ? (
            <li key={story.product.handle}>
              {(story.photos[0] ?? story.product.thumbnail) ? (
                <img
                  src={safeUrl(story.photos[0] ?? story.product.thumbnail)}
                  alt=""
                  loading="lazy"
                  width={160}
                  height={120}
                />
              ) : null}
              <Link to={href(`/products/${story.product.handle}`)}>{story.title}</Link>
              <span className="small"> — {story.product.title}</span>
            </li>
          ) : null,
        )}
      </ul>
    </>
  )
}
