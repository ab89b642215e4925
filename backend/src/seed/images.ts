import { createHash } from "node:crypto"
import sharp from "sharp"
import type { ProductGroup } from "./catalogue/types"

/** HSL (degrees, percent, percent) to #rrggbb: hex colours render the same in every SVG renderer. */
function hsl(hue: number, saturation: number, lightness: number) {
  const s = saturation / 100
  const l = lightness / 100
  const a = s * Math.min(l, 1 - l)
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0")
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

/** One flat icon per OCOP group, drawn on a 100 × 100 canvas in the ink and accent colours. */
const ICONS: Record<ProductGroup, (ink: string, accent: string) => string> = {
  // Food: a lidded jar with a label.
  1: (ink, accent) => `
    <rect x="31" y="36" width="38" height="42" rx="8" fill="${ink}"/>
    <rect x="34" y="27" width="32" height="10" rx="3" fill="${accent}"/>
    <rect x="37" y="49" width="26" height="17" rx="3" fill="#fff" fill-opacity="0.85"/>
    <circle cx="50" cy="57.5" r="4.5" fill="${accent}"/>`,
  // Beverages: a teapot and a cup.
  2: (ink, accent) => `
    <ellipse cx="44" cy="60" rx="18" ry="15" fill="${ink}"/>
    <path d="M60 56 Q70 54 72 43" stroke="${ink}" stroke-width="4.5" fill="none" stroke-linecap="round"/>
    <path d="M27 52 Q17 58 28 68" stroke="${ink}" stroke-width="4" fill="none" stroke-linecap="round"/>
    <rect x="37" y="42" width="14" height="5" rx="2.5" fill="${accent}"/>
    <circle cx="44" cy="39.5" r="3" fill="${accent}"/>
    <path d="M64 66 H82 L79 79 H67 Z" fill="${accent}"/>`,
  // Medicinal herbs: a leaf with its vein.
  3: (ink, accent) => `
    <path d="M26 76 C26 46 46 28 76 25 C74 54 56 74 26 76 Z" fill="${ink}"/>
    <path d="M29 73 C43 61 56 47 69 33" stroke="${accent}" stroke-width="2.5" fill="none" stroke-linecap="round"/>
    <path d="M45 57 L43 44 M54 48 L53 38 M42 61 L31 58" stroke="${accent}" stroke-width="1.8" stroke-linecap="round"/>`,
  // Handicrafts: a vase with glaze bands.
  4: (ink, accent) => `
    <path d="M42 24 H58 V31 C58 36 71 41 71 58 C71 71 62 78 50 78 C38 78 29 71 29 58 C29 41 42 36 42 31 Z" fill="${ink}"/>
    <rect x="40" y="22" width="20" height="5" rx="2" fill="${accent}"/>
    <path d="M31 55 H69" stroke="${accent}" stroke-width="3.5"/>
    <path d="M33 64 H67" stroke="${accent}" stroke-width="1.8"/>`,
  // Ornamental plants and animals: a five-petal flower on a stem.
  5: (ink, accent) => {
    const petals = [0, 72, 144, 216, 288]
      .map((angle) => {
        const rad = (angle * Math.PI) / 180
        const x = (50 + 11 * Math.sin(rad)).toFixed(1)
        const y = (42 - 11 * Math.cos(rad)).toFixed(1)
        return `<circle cx="${x}" cy="${y}" r="9" fill="${accent}"/>`
      })
      .join("")
    return `
    <path d="M50 50 V80" stroke="${ink}" stroke-width="3.5" stroke-linecap="round"/>
    <ellipse cx="59" cy="69" rx="9" ry="4" transform="rotate(-35 59 69)" fill="${ink}"/>
    ${petals}
    <circle cx="50" cy="42" r="6.5" fill="${ink}"/>`
  },
  // Community tourism: a house under the sun, in front of a hill.
  6: (ink, accent) => `
    <circle cx="72" cy="30" r="8" fill="${accent}"/>
    <path d="M14 80 Q34 46 56 68 Q70 56 88 80 Z" fill="${ink}" fill-opacity="0.45"/>
    <rect x="37" y="58" width="26" height="21" fill="${ink}"/>
    <path d="M33 60 L50 45 L67 60 Z" fill="${accent}"/>
    <rect x="47" y="66" width="7" height="13" rx="1" fill="#fff" fill-opacity="0.85"/>`,
}

/**
 * A WebP illustration for a demo product: a soft gradient whose hue comes from a hash of the handle,
 * a few translucent dots placed by the same hash, and the product group's icon. No <text>: servers
 * may have no fonts.
 */
export async function renderProductImage(
  product: { handle: string; group: ProductGroup },
  size = 600,
): Promise<Buffer> {
  const digest = createHash("sha1").update(product.handle).digest()
  const hue = digest.readUInt16BE(0) % 360
  const ink = hsl(hue, 45, 30)
  const accent = hsl((hue + 35) % 360, 75, 55)
  const dots = [2, 5, 8, 11]
    .map((i) => {
      const x = (digest[i] / 255) * 100
      const y = (digest[i + 1] / 255) * 100
      const r = 6 + (digest[i + 2] / 255) * 14
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="#fff" fill-opacity="0.18"/>`
    })
    .join("")
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
    <defs>
      <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="${hsl(hue, 70, 93)}"/>
        <stop offset="1" stop-color="${hsl((hue + 40) % 360, 60, 78)}"/>
      </linearGradient>
    </defs>
    <rect width="100" height="100" fill="url(#bg)"/>
    ${dots}
    <circle cx="50" cy="53" r="35" fill="#fff" fill-opacity="0.4"/>
    ${ICONS[product.group](ink, accent)}
  </svg>`
  return sharp(Buffer.from(svg)).webp({ quality: 70 }).toBuffer()
}
