import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes the files of photos an edit removed (the original and every rendition), once the review
 * no longer names them: the workflow's last step, so nothing after it can fail and want them back.
 */
export const deleteRemovedPhotosStep = createStep(
  "reviews-delete-removed-photos",
  async (input: { file_ids: string[] }, { container }) => {
    if (input.file_ids.length) await container.resolve(Modules.FILE).deleteFiles(input.file_ids)
    return new StepResponse(input.file_ids.length)
  },
)
