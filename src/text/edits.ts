/**
 * How two similar paragraphs differ, read from the word 3-grams they share
 * (linear: one pass over each paragraph's words).
 *
 * A word of one paragraph is shared when some 3-gram holding it is also in
 * the other; its other words are its own, in runs. A copy that was pasted
 * and then cut, extended or reordered leaves the shorter paragraph with no
 * words of its own; a typo (`of` for `or`) leaves a word one letter away
 * from one of the other paragraph's own words. What is left, a run of words
 * the other paragraph does not have at that place, is a content change: a
 * pasted copy has one ("spring" made "summer"), while two paragraphs written
 * from one template, with their own subject filled in, have one in each
 * place the template leaves open.
 */
import type {Shingled} from './similarity.ts'

/** Longer words are not looked at letter by letter (that would grow with the square of their length). */
const MAX_TYPO_WORD = 24

/**
 * Places where the shorter paragraph has words of its own that are not typos of the other's.
 * Counting stops past `limit`: the answer is exact up to it, `limit + 1` beyond.
 */
export function contentChanges(a: Shingled, b: Shingled, limit = Infinity): number {
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a]
  let theirs: Set<string> | undefined
  let changes = 0
  for (const [from, to] of ownRuns(shorter, longer)) {
    // Only a one-word run can be a typo: the other's own words are gathered the first time one is met.
    const typo = to - from === 1 && oneEditAway(shorter.tokens[from]).some((key) => (theirs ??= ownWords(longer, shorter)).has(key))
    if (!typo && ++changes > limit) break
  }
  return changes
}

/** The typo keys of the words of `item` that no 3-gram shared with `other` holds. */
function ownWords(item: Shingled, other: Shingled): Set<string> {
  return typoKeys(ownRuns(item, other).flatMap(([from, to]) => item.tokens.slice(from, to)))
}

/** Runs `[from, to)` of the words of `item` that no 3-gram shared with `other` holds. */
function ownRuns(item: Shingled, other: Shingled): Array<[number, number]> {
  const words = item.tokens
  const shared = new Uint8Array(words.length)
  const span = Math.min(3, words.length)
  const {grams} = item
  for (let i = 0; i < grams.length; i++) if (other.hashes.has(grams[i])) shared.fill(1, i, i + span)
  const runs: Array<[number, number]> = []
  for (let i = 0; i < words.length; i++) {
    if (shared[i]) continue
    const from = i
    while (i + 1 < words.length && !shared[i + 1]) i++
    runs.push([from, i + 1])
  }
  return runs
}

/**
 * Two words are a typo apart when they are equal once at most one letter is dropped from each:
 * a letter changed, added or dropped, or two letters swapped. Keys of every word, in one set.
 */
function typoKeys(words: string[]): Set<string> {
  const keys = new Set<string>()
  for (const word of words) for (const key of oneEditAway(word)) keys.add(key)
  return keys
}

/** A word and the word less each of its letters; a one-letter word and a long token (a code, a run of joined words) only themselves. */
function oneEditAway(word: string): string[] {
  const keys = [word]
  if (word.length < 2 || word.length > MAX_TYPO_WORD) return keys
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1))
  return keys
}
