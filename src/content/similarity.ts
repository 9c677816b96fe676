/**
 * How much two panel texts say in the same words. Words most panels use (attributions
 * such as "a South Korean expert on North Korea's transport", outlet names) are set
 * aside first; of the rest, the score is the share of the shorter text's distinct words
 * that the other uses too. Two panels telling one fact twice score high; panels that
 * share only names, outlets and a date score low.
 */
const STOP = new Set(
  'the a an and or of to in on at by for from with as is was were be been has have had it its this that these those which who not no nor but than then so such also both his her their they he she him them one all about into over only can are'.split(
    ' ',
  ),
)

export function contentWords(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u2019']s\b/g, '')
      .match(/[a-z0-9]+/g) ?? []
  return new Set(words.filter((w) => w.length > 2 && !STOP.has(w)))
}

/** Words in more than `share` of the texts: the corpus's common vocabulary. */
export function commonWords(texts: readonly string[], share = 0.15): Set<string> {
  const count = new Map<string, number>()
  for (const t of texts) for (const w of contentWords(t)) count.set(w, (count.get(w) ?? 0) + 1)
  return new Set([...count].filter(([, n]) => n > texts.length * share).map(([w]) => w))
}

export function overlap(a: string, b: string, common: ReadonlySet<string> = new Set()): number {
  const keep = (s: Set<string>) => new Set([...s].filter((w) => !common.has(w)))
  const wa = keep(contentWords(a))
  const wb = keep(contentWords(b))
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa]
  if (small.size === 0) return 0
  let shared = 0
  for (const w of small) if (large.has(w)) shared++
  return shared / small.size
}

/** Above this, two panels are near-duplicates: merge them or give each its own angle. */
export const MAX_OVERLAP = 0.5
