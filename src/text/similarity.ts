/**
 * Near-duplicate detection in linear time: each paragraph's word 3-grams are
 * hashed; a bottom-k sketch (the k smallest hashes) is indexed, and only
 * paragraphs that share a sketch hash are compared in full. Posting lists are
 * capped, so no paragraph is compared with every other one.
 */

const SKETCH = 8
const POSTINGS = 8

export interface Shingled {
  /** Every 3-gram hash: built only when the paragraph is compared with a candidate. */
  readonly hashes: Set<number>
  /** The 3-gram hash at each word position, in order (where two paragraphs differ: src/text/edits.ts). */
  readonly grams: number[]
  words: number
  /** The words themselves. */
  tokens: string[]
  /** The bottom-k sketch: the `SKETCH` smallest distinct hashes (all of them, in order of appearance, when fewer). */
  sketch: number[]
}

export function shingle(words: string[]): Shingled {
  let hashes: Set<number> | undefined
  let grams: number[] | undefined
  return {
    words: words.length,
    tokens: words,
    sketch: bottomK(words),
    get grams() {
      if (!grams) {
        grams = []
        const count = gramCount(words)
        for (let i = 0; i < count; i++) grams.push(gram(words, i))
      }
      return grams
    },
    get hashes() {
      return (hashes ??= new Set(this.grams))
    }
  }
}

function gramCount(words: string[]): number {
  return words.length < 3 ? Math.min(words.length, 1) : words.length - 2
}

/** Hash of the 3-gram at `i` (fnv of `a b c` without building the string); a short paragraph is one gram. */
function gram(words: string[], i: number): number {
  if (words.length < 3) return fnv(words.join(' '))
  return fnvSpace(fnvSpace(fnvFrom(0x811c9dc5, words[i]), words[i + 1]), words[i + 2]) >>> 0
}

/** The sketch in one pass, without a set of all hashes or a sort. */
function bottomK(words: string[]): number[] {
  const count = gramCount(words)
  const smallest: number[] = []
  const seen: number[] = []
  let overflow = false
  for (let i = 0; i < count; i++) {
    const hash = gram(words, i)
    if (smallest.length === SKETCH && hash >= smallest[SKETCH - 1]) {
      if (hash !== smallest[SKETCH - 1]) overflow = true
      continue
    }
    let at = smallest.length
    while (at > 0 && smallest[at - 1] > hash) at--
    if (at > 0 && smallest[at - 1] === hash) continue
    smallest.splice(at, 0, hash)
    if (!overflow) seen.push(hash)
    if (smallest.length > SKETCH) {
      smallest.pop()
      overflow = true
    }
  }
  return overflow ? smallest : seen
}

/** Share of the smaller set that the larger one contains, and the length ratio. */
export function compare(a: Shingled, b: Shingled): {containment: number; ratio: number} {
  const [small, large] = a.hashes.size <= b.hashes.size ? [a, b] : [b, a]
  let shared = 0
  for (const hash of small.hashes) if (large.hashes.has(hash)) shared++
  return {
    containment: small.hashes.size ? shared / small.hashes.size : 0,
    ratio: Math.min(a.words, b.words) / Math.max(a.words, b.words)
  }
}

export class SketchIndex {
  private postings = new Map<number, number[]>()

  /** Ids of earlier items that share at least one sketch hash with `item`. */
  candidates(item: Shingled): number[] {
    const found = new Set<number>()
    for (const hash of item.sketch) for (const id of this.postings.get(hash) ?? []) found.add(id)
    return [...found]
  }

  add(id: number, item: Shingled): void {
    for (const hash of item.sketch) {
      const list = this.postings.get(hash)
      if (!list) this.postings.set(hash, [id])
      else if (list.length < POSTINGS) list.push(id)
    }
  }
}

function fnv(text: string): number {
  return fnvFrom(0x811c9dc5, text) >>> 0
}

function fnvFrom(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash
}

/** Continue a hash with a space, then `text`. */
function fnvSpace(hash: number, text: string): number {
  hash ^= 32
  return fnvFrom(Math.imul(hash, 0x01000193), text)
}
