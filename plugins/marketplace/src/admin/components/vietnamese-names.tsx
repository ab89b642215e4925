import { Container, Heading, Text } from "@medusajs/ui"
import { joinVietnameseName } from "@ocop/reference"
import { useTranslation } from "react-i18next"

type Person = { first_name?: string | null; last_name?: string | null } | null | undefined

/**
 * The names of a customer or an order as Vietnamese write them, family name first. Medusa's own
 * customer and order pages join first_name and last_name in Western order in many places (its
 * dashboard has no setting or hook for the order of names), so this card states them right above
 * or beside its sections. Nothing is shown for a record without a name.
 */
export const VietnameseNames = ({
  people,
}: {
  people: { role: "customer" | "shipping" | "billing"; person: Person }[]
}) => {
  const { t } = useTranslation()
  const rows = people
    .map(({ role, person }) => ({ role, name: person ? joinVietnameseName(person) : "" }))
    .filter((row, index, all) => row.name && all.findIndex((other) => other.name === row.name) === index)
  if (!rows.length) return null
  return (
    <Container className="px-6 py-4" data-testid="vietnamese-names">
      <Heading level="h2">{t("ocop_names.title")}</Heading>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(({ role, name }) => (
          <div key={role} className="contents">
            <Text size="small" as="span" className="text-ui-fg-subtle">
              {t(`ocop_names.${role}`)}
            </Text>
            <Text size="small" weight="plus" as="span" data-testid={`vietnamese-name-${role}`}>
              {name}
            </Text>
          </div>
        ))}
      </dl>
      <Text size="xsmall" className="text-ui-fg-muted mt-2">
        {t("ocop_names.note")}
      </Text>
    </Container>
  )
}
