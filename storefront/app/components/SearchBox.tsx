import { useEffect, useRef, useState } from "react"
import { Form, useFetcher, useLocation } from "react-router"
import { useT } from "../i18n"
import { currentKeywords } from "../lib/catalog"

/**
 * The header's search: a GET form to the results page (works without JavaScript); with it,
 * product titles are suggested as the buyer types, in the browser's own list (a <datalist>),
 * so the keyboard and screen readers work as with any input. It shows the keywords of the
 * results on screen: they are typed here only (the filter form carries them).
 */
export function SearchBox() {
  const { search } = useLocation()
  const keywords = currentKeywords(search)
  // A new results page starts a new box with its own keywords.
  return <SearchBoxFor key={keywords} keywords={keywords} />
}

function SearchBoxFor({ keywords }: { keywords: string }) {
  const { t, href } = useT()
  const fetcher = useFetcher<{ suggestions: string[] }>()
  const [q, setQ] = useState(keywords)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])
  const suggest = (value: string) => {
    setQ(value)
    clearTimeout(timer.current)
    if (value.trim().length < 2) return
    timer.current = setTimeout(
      () => fetcher.load(`${href("/search/suggest")}?q=${encodeURIComponent(value.trim())}`),
      150,
    )
  }
  const suggestions = q.trim().length >= 2 ? (fetcher.data?.suggestions ?? []) : []
  return (
    <Form method="get" action={href("/products")} role="search" className="search-form">
      <label htmlFor="site-search" className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={t("search.placeholder")}
        enterKeyHint="search"
        autoComplete="off"
        defaultValue={keywords}
        list="site-search-suggestions"
        onChange={(event) => suggest(event.currentTarget.value)}
      />
      <datalist id="site-search-suggestions" aria-label={t("search.suggestions")}>
        {suggestions.map((title) => (
          <option key={title} value={title} />
        ))}
      </datalist>
      <button type="submit" className="button">
        {t("search.submit")}
      </button>
    </Form>
  )
}
