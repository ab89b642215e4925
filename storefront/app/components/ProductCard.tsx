import { Form, Link } from "react-router"
import { useT } from "../i18n"
import { findProvince, provinceName } from "@ocop/reference"
import type { ProductCard } from "../lib/products"
import { Marked, Money, ProductImage, Stars, StockBadge } from "./ui"
import { RatingLine } from "./Reviews"

/**
 * A product in a grid, with a one-tap "add to cart" form that works without JavaScript (a
 * community-tourism service links to its page instead, where a date is chosen).
 */
export function ProductCardView({
  card,
  returnTo,
  headingLevel = 3,
}: {
  card: ProductCard
  returnTo: string
  headingLevel?: 2 | 3
}) {
  const { t, href, lang } = useT()
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const province = findProvince(card.province)
  const canAdd = card.variantId && card.stock !== "out_of_stock" && card.price != null
  return (
    <li className="product-card">
      <Link to={href(`/products/${card.handle}`)} className="card-link" prefetch="intent">
        <ProductImage
          image={card.thumbnail ? { url: card.thumbnail } : null}
          alt=""
          sizes="(min-width: 60rem) 14rem, (min-width: 36rem) 30vw, 46vw"
        />
        <Heading className="card-title">{card.highlight ? <Marked html={card.highlight} /> : card.title}</Heading>
      </Link>
      <div className="card-body">
        {card.stars ? <Stars stars={card.stars} compact /> : null}
        {card.rating ? (
          <p className="card-meta">
            <RatingLine rating={card.rating} />
          </p>
        ) : null}
        {card.producer ? (
          <p className="card-meta">
            <Link to={href(`/producers/${card.producer.key}`)}>{card.producer.name}</Link>
          </p>
        ) : null}
        {province ? (
          <p className="card-meta">
            <Link to={href(`/provinces/${province.slug}`)}>{provinceName(province, lang)}</Link>
          </p>
        ) : null}
        <p className="price">
          <Money amount={card.price} currency={card.currency} />
          {card.variantTitle && card.variantCount > 1 ? (
            <span className="variant-note"> · {card.variantTitle}</span>
          ) : null}
        </p>
        {card.isService ? (
          // A booking is for a dated slot, chosen on the product's page: no one-tap add, no stock of boxes.
          <Link to={href(`/products/${card.handle}`)} className="button small" data-testid="card-choose-date">
            {t("tourism.slots.title")}
            <span className="visually-hidden">: {card.title}</span>
          </Link>
        ) : (
          <StockBadge stock={card.stock} />
        )}
        {canAdd && !card.isService ? (
          <Form method="post" action={href("/cart")} preventScrollReset className="add-form">
            <input type="hidden" name="intent" value="add" />
            <input type="hidden" name="product_id" value={card.id} />
            <input type="hidden" name="variant_id" value={card.variantId!} />
            <input type="hidden" name="price" value={card.price!} />
            <input type="hidden" name="quantity" value="1" />
            <input type="hidden" name="return_to" value={returnTo} />
            <button type="submit" className="button small">
              {t("cart.add")}
              <span className="visually-hidden">: {card.title}</span>
            </button>
          </Form>
        ) : null}
      </div>
    </li>
  )
}

export function ProductGrid({ cards, returnTo, label }: { cards: ProductCard[]; returnTo: string; label: string }) {
  return (
    <ul className="product-grid" aria-label={label}>
      {cards.map((card) => (
        <ProductCardView key={card.id} card={card} returnTo={returnTo} />
      ))}
    </ul>
  )
}
