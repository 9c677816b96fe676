import { z } from 'zod'

/*
 * zod 4 compiles object parsers with `new Function` unless told not to, and its probe
 * for whether it may is itself reported as a violation under our Content-Security-Policy
 * (script-src has no unsafe-eval). The setting is read as each object schema is built,
 * and schemas are built as their modules load: main.tsx imports this file first.
 */
z.config({ jitless: true })
