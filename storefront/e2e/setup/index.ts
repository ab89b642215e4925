/**
 * What the browser tests set up before and along a journey: sellers, products, buyers, distributors
 * and orders through the APIs; signing in and registering through the pages.
 */
export * from "./seller"
export * from "./catalogue"
export * from "./customer"
export * from "./distributor"
export * from "./order"
export * from "./sign-in"
export * from "./registration-pages"
