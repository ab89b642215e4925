import { defineMiddlewares } from "@medusajs/framework/http"

// Validators and authentication of the wholesale routes (distributors, quotes, bulk orders) go here.
export default defineMiddlewares({ routes: [] })
