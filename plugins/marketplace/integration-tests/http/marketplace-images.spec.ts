import { integrationTestRunner, demoStore, settle, approvedSeller, productBody } from "@ocop/backend/testing"
import { Modules } from "@medusajs/framework/utils"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { basename, resolve } from "node:path"
import sharp from "sharp"
import { storeProductImages } from "../../src/lib/images"

/**
 * The seller image pipeline against the real File Module (local provider): every rendition is
 * stored, a bad file in a batch stores nothing at all; and POST /sellers/me/uploads for sellers.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let seller: Awaited<ReturnType<typeof approvedSeller>>

    // At the top level on purpose: the runner snapshots the database before the first test and
    // restores it before every other one, so data made in a nested describe's beforeAll (after that
    // snapshot) is gone by its second test: the seller's token then answered 401.
    beforeAll(async () => {
      seller = await approvedSeller(api, demo.admin, 61)
    })

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
      const [image] = await storeProductImages(getContainer(), [
        { filename: "Chè búp Tân Cương.jpg", content: await photo(1600, 1200) },
      ])
      const elapsed = Date.now() - started
      console.log(`storeProductImages 1600×1200: ${elapsed} ms`)

      expect(image).toMatchObject({
        width: 1600,
        height: 1200,
        url: expect.stringMatching(/che-bup-tan-cuong-original\.jpg$/),
      })
      expect(image.variants.map((v) => `${v.format}:${v.width}`).sort()).toEqual(
        ["original:1600", "webp:320", "webp:640", "webp:1280", "avif:320", "avif:640", "avif:1280"].sort(),
      )
      const file = await getContainer().resolve(Modules.FILE).retrieveFile(image.id)
      expect(file.url).toBe(image.url)
      for (const variant of image.variants) {
        expect(variant.url.startsWith(image.url.slice(0, image.url.lastIndexOf("/") + 1))).toBe(true)
        const metadata = await sharp(
          readFileSync(resolve(uploadDir(), basename(new URL(variant.url).pathname))),
        ).metadata()
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
        ]),
      ).rejects.toMatchObject({ type: "invalid_data", message: "files (cut.jpg): the image is corrupt or truncated" })
      expect(storedFiles()).toBe(before)
    })

    describe("POST /sellers/me/uploads", () => {
      const form = (...files: [name: string, content: Buffer, type: string][]) => {
        const body = new FormData()
        for (const [name, content, type] of files) body.append("files", new Blob([content], { type }), name)
        return body
      }

      it("stores a seller's image with its renditions, which a product keeps for srcset", async () => {
        const { status, data } = await api.post(
          "/sellers/me/uploads",
          form(["mật ong.jpg", await photo(1400, 1000), "image/jpeg"]),
          seller.headers,
        )
        expect(status).toBe(201)
        const [image] = data.files
        expect(image).toMatchObject({ width: 1400, height: 1000, url: expect.stringMatching(/mat-ong-original\.jpg$/) })
        expect(image.variants.filter((v: any) => v.format === "webp").map((v: any) => v.width)).toEqual([
          320, 640, 1280,
        ])

        const webp = image.variants
          .filter((v: any) => v.format === "webp")
          .map(({ url, width }: any) => ({ url, width }))
        const metadata = { width: image.width, height: image.height, variants: webp }
        const created = await api.post(
          "/sellers/me/products",
          productBody("IMG1", { images: [{ url: image.url, metadata }] }),
          seller.headers,
        )
        expect(created.data.product.images).toEqual([{ url: image.url, metadata }])
      })

      it("refuses a PDF renamed .jpg, an oversized image and an empty request with a 400 naming the file", async () => {
        const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        const renamed = await settle(
          api.post("/sellers/me/uploads", form(["giấy phép.jpg", pdf, "image/jpeg"]), seller.headers),
        )
        expect(renamed.status).toBe(400)
        expect(renamed.data.message).toMatch(/^files \(giấy phép\.jpg\): /)

        const huge = await sharp({ create: { width: 9000, height: 100, channels: 3, background: "#fff" } })
          .png()
          .toBuffer()
        const tooLarge = await settle(
          api.post("/sellers/me/uploads", form(["banner.png", huge, "image/png"]), seller.headers),
        )
        expect([tooLarge.status, tooLarge.data.message]).toEqual([
          400,
          "files (banner.png): 9000×100 px is too large (at most 8000 px a side)",
        ])

        const tooBig = await settle(
          api.post(
            "/sellers/me/uploads",
            form(["big.jpg", Buffer.alloc(10 * 1024 * 1024 + 1), "image/jpeg"]),
            seller.headers,
          ),
        )
        expect([tooBig.status, tooBig.data.message]).toEqual([400, "files: a file is over the limit of 10 MB"])

        const empty = await settle(api.post("/sellers/me/uploads", new FormData(), seller.headers))
        expect([empty.status, empty.data.message]).toEqual([400, "files: no file was uploaded"])
      })

      it("needs a seller: no token is a 401", async () => {
        const anonymous = await settle(
          api.post("/sellers/me/uploads", form(["a.jpg", await photo(400, 300), "image/jpeg"])),
        )
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
