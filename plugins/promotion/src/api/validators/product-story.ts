import { z } from "@medusajs/framework/zod"
import { multiLine, nameText, webUrl } from "@ocop/plugin-ocop/validation"
import { videoEmbed } from "../../lib/media-urls"

const photoUrl = webUrl("photos: each photo is an http:// or https:// address")

/** A product story, from the producer (seller route) or the programme office (admin route). */
export const ProductStoryBody = z
  .object({
    title: nameText(),
    body: multiLine(20_000).pipe(z.string().min(20, "body: tell the story in at least 20 characters")),
    photos: z.array(photoUrl).max(12, "photos: at most 12").default([]),
    video_url: z
      .string()
      .trim()
      .refine((value) => videoEmbed(value) !== null, "video_url: an https YouTube or Vimeo video link")
      .nullish()
      .transform((value) => value || null),
  })
  .strict()
export type ProductStoryBodyType = z.infer<typeof ProductStoryBody>
