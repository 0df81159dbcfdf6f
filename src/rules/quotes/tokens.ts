/**
 * The words around a paragraph's quotations: its text, with each quotation
 * standing as one token, cut into words and punctuation and then into
 * sentences. One linear pass over a paragraph that holds a quote mark; the
 * quoted words themselves are never read for attribution (a cue inside the
 * marks is the speaker's own words).
 */

export interface Token {
  kind: 'word' | 'punct' | 'quote'
  text: string
  /** Lower case, without a possessive ending (`ministry's` → `ministry`). */
  lower: string
  start: number
  end: number
  /** Words: starts with a capital letter. */
  capital: boolean
  /** Words: ends in a possessive (`BA's`). */
  possessive: boolean
  /** Quotes: index of the quotation segment in the paragraph's list. */
  segment: number
  /** Quotes: what the quoted words end with (`,` `.` `?`…), to tell whether the sentence runs on. */
  last: string
  /** Index of the sentence the token belongs to. */
  sentence: number
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev',
  'corp', 'inc', 'ltd', 'co', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'approx', 'dept', 'est', 'fig', 'mt', 'ft',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'plc', 'bros', 'messrs', 'hon', 'pres', 'supt', 'cmdr', 'adm'
])

const wordPattern = /@?[\p{L}\p{N}](?:[\p{L}\p{N}'’\-&_]|[.,](?=\p{N})(?<=\p{N}.)|\.(?=\p{L}))*/uy

export interface Segment {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark, or where an unclosed segment stops. */
  close: number
}

/**
 * Tokens of a paragraph's text, each quotation segment one token.
 * `segments` must be in order and not overlap.
 */
export function tokenize(text: string, segments: Segment[]): Token[] {
  const tokens: Token[] = []
  let next = 0
  let i = 0
  while (i < text.length) {
    const segment = segments[next]
    if (segment && i >= segment.open) {
      const inner = text.slice(segment.open + 1, segment.close).replace(/[\s*_'’)\]]+$/u, '')
      tokens.push(token('quote', text.slice(segment.open, segment.close + 1), segment.open, segment.close + 1, next, inner.at(-1) ?? ''))
      i = Math.max(i + 1, segment.close + 1)
      next++
      continue
    }
    const code = text.charCodeAt(i)
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0) {
      i++
      continue
    }
    wordPattern.lastIndex = i
    const match = wordPattern.exec(text)
    if (match) {
      let word = match[0]
      let end = i + word.length
      // `Corp.`, `U.S.`, `J.`: the full stop belongs to the word.
      if (text[end] === '.' && (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word))) {
        word += '.'
        end++
      }
      tokens.push(token('word', word, i, end))
      i = end
      continue
    }
    // Dashes and ellipses run together as one mark.
    let end = i + 1
    if (text[i] === '-' || text[i] === '.') while (text[end] === text[i]) end++
    if (!/[*_#>~`\\]/.test(text[i])) tokens.push(token('punct', text.slice(i, end), i, end))
    i = end
  }
  splitSentences(tokens)
  return tokens
}

function token(kind: Token['kind'], text: string, start: number, end: number, segment = -1, last = ''): Token {
  // `BA's` is a possessive; `he's`, `you're`, `they'd` are a pronoun and a verb.
  const contraction = kind === 'word' ? /['’](?:s|re|ve|d|ll|m)$/iu.exec(text) : null
  const bare = contraction ? text.slice(0, contraction.index) : text
  const possessive = contraction !== null && /s$/i.test(contraction[0]) && !/^(?:he|she|it|that|there|what|who|here)$/i.test(bare)
  return {
    kind, text, start, end, segment, last, sentence: 0, possessive,
    lower: bare.toLowerCase().replace(/\.$/, ''),
    // A handle (`@Ken_2scientists`) names someone as a capital does.
    capital: kind === 'word' && /^(?:\p{Lu}|@)/u.test(text)
  }
}

/** A sentence ends at `.`, `!`, `?` before a capital, a digit or a quotation; or with a quotation whose words end one. */
function splitSentences(tokens: Token[]): void {
  let sentence = 0
  for (let k = 0; k < tokens.length; k++) {
    const current = tokens[k]
    current.sentence = sentence
    const following = tokens[k + 1]
    if (!following) break
    const starts = following.kind === 'quote' || (following.kind === 'word' && (following.capital || /^\d/.test(following.text)))
    const ends = current.kind === 'punct' ? /^[.!?]/.test(current.text) && current.text !== '...' : current.kind === 'quote' && /[.!?…]/u.test(current.last)
    if (ends && starts) sentence++
  }
}
