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
}

export function shingle(words: string[]): Shingled {
  const hashes = new Set<number>()
  if (words.length < 3) {
    if (words.length) hashes.add(fnv(words.join(' ')))
  } else {
    for (let i = 0; i + 2 < words.length; i++) hashes.add(fnv(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]))
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
  const all = [...item.hashes]
  if (all.length <= SKETCH) return all
  return all.sort((x, y) => x - y).slice(0, SKETCH)
}

function fnv(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
