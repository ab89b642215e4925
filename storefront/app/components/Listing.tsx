import { useEffect, useRef } from "react"
import { Form, Link, useLocation } from "react-router"
import { Pages } from "./Pages"
import { useT } from "../i18n"
import { filtersToSearch, pageHref, SORTS, STAR_LEVELS, type ListingFilters } from "../lib/catalog"
import {
  PRODUCT_GROUPS,
  productGroupByHandle,
  productGroupLabel,
  provinceBySlug,
  provinceName,
  PROVINCES_SORTED,
} from "@ocop/reference"
import type { ListingData } from "../lib/listing.server"
import { ProductGrid } from "./ProductCard"

/**
 * The filters start closed, so that on a phone the results come first (and without JavaScript,
 * one tap opens them); with JavaScript, a wide screen, which has room for both, opens them.
 */
function useOpenOnWideScreens() {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 48rem)").matches) ref.current.open = true
  }, [])
  return ref
}

/**
 * Filters and sorting as a GET form: the state is the URL, so results can be shared,
 * bookmarked and used without JavaScript. Fixed filters (the page's own group, province or
 * producer) are part of the path and are not shown as fields.
 */
export function Listing({ data, heading, intro }: { data: ListingData; heading: string; intro?: React.ReactNode }) {
  const { t, lang } = useT()
  const { pathname } = useLocation()
  const { filters, fixed } = data
  const filtersRef = useOpenOnWideScreens()
  const shown = (key: keyof ListingFilters) => !fixed.includes(key)
  const pageLink = (page: number) =>
    pageHref(pathname + filtersToSearch({ ...filters, page }, fixed), page, data.page, data.cursors)
  const removeLink = (patch: Partial<ListingFilters>) =>
    pathname + filtersToSearch({ ...filters, ...patch, page: 1 }, fixed)

  const chips: { label: string; to: string }[] = []
  if (filters.q && shown("q")) chips.push({ label: `“${filters.q}”`, to: removeLink({ q: "" }) })
  if (filters.stars && shown("stars"))
    chips.push({ label: t("filter.stars_at_least", { stars: filters.stars }), to: removeLink({ stars: null }) })
  const group = productGroupByHandle(filters.group)
  if (group && shown("group")) chips.push({ label: productGroupLabel(group, lang), to: removeLink({ group: null }) })
  const province = provinceBySlug(filters.province)
  if (province && shown("province"))
    chips.push({ label: provinceName(province, lang), to: removeLink({ province: null }) })
  if (filters.producer && shown("producer")) {
    chips.push({
      label: data.facets.producers[filters.producer]?.name ?? filters.producer,
      to: removeLink({ producer: null }),
    })
  }
  if (filters.priceMin != null)
    chips.push({
      label: `≥ ${filters.priceMin.toLocaleString(lang === "en" ? "en-US" : "vi-VN")} ₫`,
      to: removeLink({ priceMin: null }),
    })
  if (filters.priceMax != null)
    chips.push({
      label: `≤ ${filters.priceMax.toLocaleString(lang === "en" ? "en-US" : "vi-VN")} ₫`,
      to: removeLink({ priceMax: null }),
    })

  const producers = Object.entries(data.facets.producers).sort((a, b) => a[1].name.localeCompare(b[1].name, "vi"))

  return (
    <div className="listing">
      <h1>{heading}</h1>
      {intro}
      <details className="filters" ref={filtersRef}>
        <summary>{t("filter.title")}</summary>
        <Form method="get" action={pathname} className="filter-form">
          {/* The keywords are typed in the header's search box only; filtering keeps them. */}
          {shown("q") && filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
          {shown("stars") ? (
            <div className="field">
              <label htmlFor="filter-stars">{t("filter.stars")}</label>
              <select id="filter-stars" name="stars" defaultValue={filters.stars ?? ""}>
                <option value="">{t("filter.any")}</option>
                {STAR_LEVELS.map((stars) => (
                  <option key={stars} value={stars}>
                    {stars === 5 ? t("filter.stars_exact", { stars }) : t("filter.stars_at_least", { stars })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {shown("group") ? (
            <div className="field">
              <label htmlFor="filter-group">{t("filter.group")}</label>
              <select id="filter-group" name="group" defaultValue={filters.group ?? ""}>
                <option value="">{t("filter.any")}</option>
                {PRODUCT_GROUPS.map((g) => (
                  <option key={g.handle} value={g.handle}>
                    {productGroupLabel(g, lang)}
                    {data.facets.groups[g.handle] ? ` (${data.facets.groups[g.handle]})` : ""}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {shown("province") ? (
            <div className="field">
              <label htmlFor="filter-province">{t("filter.province")}</label>
              <select id="filter-province" name="province" defaultValue={filters.province ?? ""}>
                <option value="">{t("filter.any")}</option>
                {PROVINCES_SORTED.map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {provinceName(p, lang)}
                    {data.facets.provinces[p.slug] ? ` (${data.facets.provinces[p.slug]})` : ""}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {shown("producer") && producers.length ? (
            <div className="field">
              <label htmlFor="filter-producer">{t("filter.producer")}</label>
              <select id="filter-producer" name="producer" defaultValue={filters.producer ?? ""}>
                <option value="">{t("filter.any")}</option>
                {producers.map(([key, producer]) => (
                  <option key={key} value={key}>
                    {producer.name} ({producer.count})
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <fieldset className="price-range">
            <legend>{t("filter.price")}</legend>
            <div className="field">
              <label htmlFor="filter-min">{t("filter.price_min")}</label>
              <input
                id="filter-min"
                name="min"
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                defaultValue={filters.priceMin ?? ""}
              />
            </div>
            <div className="field">
              <label htmlFor="filter-max">{t("filter.price_max")}</label>
              <input
                id="filter-max"
                name="max"
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                defaultValue={filters.priceMax ?? ""}
              />
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="filter-sort">{t("sort.label")}</label>
            <select id="filter-sort" name="sort" defaultValue={filters.sort}>
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sort.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t("filter.apply")}
            </button>
            <Link to={pathname} className="button secondary">
              {t("filter.reset")}
            </Link>
          </div>
        </Form>
      </details>

      {chips.length ? (
        <ul className="chips" aria-label={t("filter.active")}>
          {chips.map((chip) => (
            <li key={chip.label}>
              <Link to={chip.to} preventScrollReset>
                {chip.label} <span aria-hidden="true">×</span>
                <span className="visually-hidden"> ({t("filter.remove")})</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      <p className="result-count" role="status">
        {t("listing.count", { count: data.total })}
        {!data.ocopAvailable && (filters.stars || filters.sort === "stars") ? ` — ${t("listing.no_ocop_data")}` : ""}
      </p>

      {data.didYouMean && shown("q") ? (
        <p className="did-you-mean">
          {t("search.did_you_mean")}{" "}
          <Link to={pathname + filtersToSearch({ ...filters, q: data.didYouMean, page: 1 }, fixed)}>
            <strong>{data.didYouMean}</strong>
          </Link>
          ?
        </p>
      ) : null}

      {data.cards.length ? (
        <ProductGrid cards={data.cards} returnTo={data.returnTo} label={heading} />
      ) : (
        <p className="empty">{t("listing.empty")}</p>
      )}

      <Pages page={data.page} pages={data.pages} link={pageLink} />
    </div>
  )
}
