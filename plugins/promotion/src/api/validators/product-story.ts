import { z } from "@medusajs/framework/zod"
import { isWebUrl, videoEmbed } from "../../lib/media-urls"

const photoUrl = z.string().trim().refine(isWebUrl, "photos: each photo is an http(s) address")

/** A product story, from the producer (seller route) or the programme office (admin route). */
export const ProductStoryBody = z
  .object({
    title: z.string().trim().min(2, "title: at least 2 characters").max(200),
    body: z.string().trim().min(20, "body: tell the story in at least 20 characters").max(20_000),
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
