// `npm run lint`: react-three-fiber's rules against per-frame allocation (no `new` or
// `.clone()` inside loops such as useFrame), on a TypeScript parser. Type-checking is
// tsc's job; formatting is Prettier's (run by `npm run lint` too).
import { fixupPluginRules } from '@eslint/compat'
import r3f from '@react-three/eslint-plugin'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // The plugin predates ESLint 9's rule API; compat adapts it.
    plugins: { '@react-three': fixupPluginRules(r3f) },
    rules: { ...r3f.configs.recommended.rules },
  },
)
