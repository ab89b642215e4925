import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { basename, resolve } from "node:path"
import sharp from "sharp"
import { storeProductImages } from "../../../plugins/marketplace/src/lib/images"

/**
 * The seller image pipeline against the real File Module (local provider): every rendition is
 * stored and served, and a bad file in a batch stores nothing at all.
 */
medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    // Where the local file provider writes (medusa-config.ts): the files of a refused batch would land here.
    const uploadDir = () => resolve(process.env.OCOP_UPLOAD_DIR ?? "static")
    const storedFiles = () => (existsSync(uploadDir()) ? readdirSync(uploadDir()).length : 0)
    const photo = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: { r: 120, g: 160, b: 80 } } })
        .jpeg()
        .withMetadata({ orientation: 1 })
        .withExif({ IFD0: { Make: "Điện thoại của HTX" } })
        .toBuffer()

    it("stores the original and WebP/AVIF at 320/640/1280 through the File Module, each file at its URL", async () => {
      const started = Date.now()
      const [image] = await storeProductImages(getContainer(), [{ filename: "Chè búp Tân Cương.jpg", content: await photo(1600, 1200) }])
      const elapsed = Date.now() - started
      console.log(`storeProductImages 1600×1200: ${elapsed} ms`)

      expect(image).toMatchObject({ width: 1600, height: 1200, url: expect.stringMatching(/che-bup-tan-cuong-original\.jpg$/) })
      expect(image.variants.map((v) => `${v.format}:${v.width}`).sort()).toEqual(
        ["original:1600", "webp:320", "webp:640", "webp:1280", "avif:320", "avif:640", "avif:1280"].sort()
      )
      const file = await getContainer().resolve(Modules.FILE).retrieveFile(image.id)
      expect(file.url).toBe(image.url)
      for (const variant of image.variants) {
        expect(variant.url.startsWith(image.url.slice(0, image.url.lastIndexOf("/") + 1))).toBe(true)
        const metadata = await sharp(readFileSync(resolve(uploadDir(), basename(new URL(variant.url).pathname)))).metadata()
        expect(metadata.width).toBe(variant.width)
        expect(metadata.exif).toBeUndefined()
      }
    })

    it("refuses a batch holding a truncated file with a 400 naming it, and stores none of the batch", async () => {
      const good = await photo(800, 600)
      const cut = good.subarray(0, good.length >> 1)
      const before = storedFiles()
      await expect(
        storeProductImages(getContainer(), [
          { filename: "good.jpg", content: good },
          { filename: "cut.jpg", content: cut },
        ])
      ).rejects.toMatchObject({ type: "invalid_data", message: "files (cut.jpg): the image is corrupt or truncated" })
      expect(storedFiles()).toBe(before)
    })
  },
})
