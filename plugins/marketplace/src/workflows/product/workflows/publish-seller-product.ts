import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { publishProductsStep } from "@ocop/plugin-ocop/workflows"
import { assertRecordStatusStep } from "../../application/steps/assert-record-status"
import { SELLER_RECORD } from "../../seller/record"

export const publishSellerProductWorkflowId = "marketplace-publish-seller-product"

/**
 * An approved seller publishes its product: into the OCOP sales channel through the certification
 * plugin's publication guard (a valid certificate or 400 naming the reason), then status published.
 */
export const publishSellerProductWorkflow = createWorkflow(
  publishSellerProductWorkflowId,
  (input: { seller_id: string; product_id: string }) => {
    assertRecordStatusStep(
      transform({ input }, ({ input }) => ({
        record: SELLER_RECORD,
        id: input.seller_id,
        allowed: ["approved"],
        action: "publish products until an operator approves it",
      })),
    )
    publishProductsStep(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))
    const products = updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: { status: ProductStatus.PUBLISHED },
      })),
    })
    return new WorkflowResponse(products)
  },
)
