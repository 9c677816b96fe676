/** Messages already given: code that runs on every tick or config read warns once per cause. */
const given = new Set<string>()

/** `console.warn` with the exhibit's prefix, once per distinct message. */
export function warnOnce(message: string): void {
  if (given.has(message)) return
  given.add(message)
  console.warn(`Taeyangho: ${message}`)
}
