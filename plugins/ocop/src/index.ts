export const OCOP_PLUGIN_NAME = "@ocop/plugin-ocop"
