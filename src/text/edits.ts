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
import {gram, gramCount, type Shingled} from './similarity.ts'

/** Longer words are not looked at letter by letter (that would grow with the square of their length). */
const MAX_TYPO_WORD = 24

/** Places where the shorter paragraph has words of its own that are not typos of the other's. */
export function contentChanges(a: Shingled, b: Shingled): number {
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a]
  const theirs = typoKeys(ownRuns(longer, shorter).flatMap(([from, to]) => longer.tokens.slice(from, to)))
  let changes = 0
  for (const [from, to] of ownRuns(shorter, longer)) {
    const typo = to - from === 1 && oneEditAway(shorter.tokens[from]).some((key) => theirs.has(key))
    if (!typo) changes++
  }
  return changes
}

/** Runs `[from, to)` of the words of `item` that no 3-gram shared with `other` holds. */
function ownRuns(item: Shingled, other: Shingled): Array<[number, number]> {
  const words = item.tokens
  const shared = new Uint8Array(words.length)
  const span = Math.min(3, words.length)
  for (let i = 0; i < gramCount(words); i++) {
    if (other.hashes.has(gram(words, i))) shared.fill(1, i, i + span)
  }
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
 * Two words are one edit apart (a letter changed, added, dropped or two swapped) when one
 * of them, or one of them less a letter, equals the other or the other less a letter.
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
