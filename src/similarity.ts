/**
 * Near-duplicate detection in linear time: each paragraph's word 3-grams are
 * hashed; a bottom-k sketch (the k smallest hashes) is indexed, and only
 * paragraphs that share a sketch hash are compared in full. Posting lists are
 * capped, so no paragraph is compared with every other one.
 */

const SKETCH = 8
const POSTINGS = 8

export interface Shingled {
  hashes: Set<number>
  words: number
  /** The bottom-k sketch, computed once. */
  sketch?: number[]
}

export function shingle(words: string[]): Shingled {
  const hashes = new Set<number>()
  if (words.length < 3) {
    if (words.length) hashes.add(fnv(words.join(' ')))
  } else {
    // fnv of `a b c` without building the string.
    for (let i = 0; i + 2 < words.length; i++) hashes.add(fnvSpace(fnvSpace(fnvFrom(0x811c9dc5, words[i]), words[i + 1]), words[i + 2]) >>> 0)
  }
  return {hashes, words: words.length}
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
    for (const hash of sketch(item)) for (const id of this.postings.get(hash) ?? []) found.add(id)
    return [...found]
  }

  add(id: number, item: Shingled): void {
    for (const hash of sketch(item)) {
      const list = this.postings.get(hash)
      if (!list) this.postings.set(hash, [id])
      else if (list.length < POSTINGS) list.push(id)
    }
  }
}

function sketch(item: Shingled): number[] {
  if (item.sketch) return item.sketch
  const all = [...item.hashes]
  item.sketch = all.length <= SKETCH ? all : all.sort((x, y) => x - y).slice(0, SKETCH)
  return item.sketch
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
