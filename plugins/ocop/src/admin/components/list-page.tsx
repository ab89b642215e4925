import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/**
 * A column of an admin list: its header and what a row shows in it. `clip` cuts a long cell to that
 * width with an ellipsis (the table never widens the page), `title` is the whole text shown on hover.
 */
export type ListColumn<T> = {
  header: string
  cell: (row: T) => ReactNode
  clip?: "14rem" | "16rem" | "20rem"
  title?: (row: T) => string | undefined
}

const CLIP = { "14rem": "max-w-[14rem] truncate", "16rem": "max-w-[16rem] truncate", "20rem": "max-w-[20rem] truncate" }

export type ListTableProps<T> = {
  rows: T[]
  columns: ListColumn<T>[]
  rowKey: (row: T) => string
  /** The table's `data-testid`. */
  testId?: string
}

/** Rows by columns, scrolling sideways inside its card when the columns are wider than the page. */
export function ListTable<T>({ rows, columns, rowKey, testId }: ListTableProps<T>) {
  return (
    <div className="overflow-x-auto">
      <Table data-testid={testId}>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.header}>{column.header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Cell
                  key={column.header}
                  className={column.clip ? CLIP[column.clip] : undefined}
                  title={column.title?.(row)}
                >
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** An admin page's heading and intro, with the page's one action (a button) on the right. */
export function PageHeader({ title, intro, action }: { title: string; intro: string; action?: ReactNode }) {
  return (
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {intro}
        </Text>
      </div>
      {action}
    </div>
  )
}

/** Every text is given already translated (the page's `t`, from the admin's language setting). */
export type ListPageProps<T> = ListTableProps<T> & {
  title: string
  intro: string
  /** The page's one action, beside the heading. */
  action?: ReactNode
  loading: boolean
  /** Loading `rows` failed: a sentence asks to reload, in place of the empty line. */
  failed?: boolean
  /** What the page says when there is no row (nothing said when left out). */
  empty?: string
}

/**
 * An admin list page's card, for every plugin's lists: heading, intro and action, the table, then
 * one line while loading, when the list could not be loaded, or when it is empty. The page fetches
 * the rows and names the columns.
 */
export function ListPage<T>({ title, intro, action, loading, failed, empty, ...table }: ListPageProps<T>) {
  const { t } = useTranslation()
  const note = loading ? null : failed ? t("ocop_list.load_failed") : table.rows.length ? null : empty
  return (
    <Container className="divide-y p-0">
      <PageHeader title={title} intro={intro} action={action} />
      <ListTable {...table} />
      {loading ? <Text className="px-6 py-4">{t("ocop_list.loading")}</Text> : null}
      {note ? (
        <Text className={`px-6 py-4 ${failed ? "text-ui-fg-error" : ""}`} role={failed ? "alert" : undefined}>
          {note}
        </Text>
      ) : null}
    </Container>
  )
}
