// One lint configuration for every workspace: typescript-eslint's recommended rules, React hooks
// rules for the storefront and the admin extensions, and no formatting rules (Prettier formats).
import js from "@eslint/js"
import tseslint from "typescript-eslint"
import reactHooks from "eslint-plugin-react-hooks"
import prettier from "eslint-config-prettier"
import globals from "globals"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/build/**",
      "**/dist/**",
      "**/.react-router/**",
      "**/test-results/**",
      "**/.data/**",
      "**/static/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // Medusa's container, query.graph results and workflow data are untyped in places.
      "@typescript-eslint/no-explicit-any": "off",
      // Medusa's CommonJS loaders and the stack's .cjs entry points.
      "@typescript-eslint/no-require-imports": "off",
      // The input guards and their tests match NUL and control characters on purpose.
      "no-control-regex": "off",
    },
  },
  {
    files: ["storefront/app/**/*.{ts,tsx}", "plugins/*/src/admin/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  prettier,
)
