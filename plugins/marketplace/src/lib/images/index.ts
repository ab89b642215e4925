export * from "./inspect-image"
export * from "./limits"
export * from "./render-variants"
export * from "./store-product-images"
