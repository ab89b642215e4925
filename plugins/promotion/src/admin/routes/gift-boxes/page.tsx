import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"

type Created = { product: { id: string; title: string; handle: string } }

/** "variant_01… 2" per line → the box's parts. */
function parseParts(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([id]) => id)
    .map(([variant_id, quantity]) => ({ variant_id, quantity: Number(quantity ?? 1) }))
}

/**
 * A gift box of certified products from several producers: one product whose stock is derived
 * from its parts (a Medusa inventory kit). The API refuses uncertified or untracked parts by name.
 */
const GiftBoxesPage = () => {
  const { t } = useTranslation()
  const [form, setForm] = useState({ title: "", handle: "", description: "", price: "", parts: "" })
  const [created, setCreated] = useState<Created["product"][]>([])
  const [saving, setSaving] = useState(false)
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value })

  async function create() {
    setSaving(true)
    try {
      const { product } = await sdk.client.fetch<Created>("/admin/ocop/gift-boxes", {
        method: "POST",
        body: {
          title: form.title,
          ...(form.handle ? { handle: form.handle } : {}),
          description: form.description || null,
          price: Number(form.price),
          parts: parseParts(form.parts),
        },
      })
      toast.success(t("ocop_gift_boxes.created", { title: product.title }))
      setCreated([product, ...created])
      setForm({ title: "", handle: "", description: "", price: "", parts: "" })
    } catch {
      toast.error(t("ocop_gift_boxes.failed"))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="flex flex-col gap-3 p-6">
      <Heading level="h1">{t("ocop_gift_boxes.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("ocop_gift_boxes.intro")}
      </Text>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <Label htmlFor="g-title">{t("ocop_gift_boxes.name")}</Label>
          <Input id="g-title" value={form.title} onChange={set("title")} />
        </div>
        <div>
          <Label htmlFor="g-handle">{t("ocop_gift_boxes.handle")}</Label>
          <Input id="g-handle" value={form.handle} onChange={set("handle")} />
        </div>
        <div>
          <Label htmlFor="g-price">{t("ocop_gift_boxes.price")}</Label>
          <Input id="g-price" inputMode="numeric" value={form.price} onChange={set("price")} />
        </div>
        <div>
          <Label htmlFor="g-description">{t("ocop_gift_boxes.description")}</Label>
          <Input id="g-description" value={form.description} onChange={set("description")} />
        </div>
      </div>
      <div>
        <Label htmlFor="g-parts">{t("ocop_gift_boxes.parts")}</Label>
        <Textarea
          id="g-parts"
          rows={5}
          value={form.parts}
          onChange={set("parts")}
          placeholder={"variant_01… 1\nvariant_01… 2"}
        />
      </div>
      <div>
        <Button onClick={create} isLoading={saving}>
          {t("ocop_gift_boxes.create")}
        </Button>
      </div>
      {created.length ? (
        <ul className="list-disc pl-5">
          {created.map((p) => (
            <li key={p.id}>
              <a className="text-ui-fg-interactive" href={`/app/products/${p.id}`}>
                {p.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_gift_boxes.menu",
  translationNs: "translation",
  icon: Gift,
})

export default GiftBoxesPage
