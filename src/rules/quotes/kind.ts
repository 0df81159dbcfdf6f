/**
 * Whether quoted words are a quotation that needs a speaker, or something
 * else in quote marks: a scare quote, a title, a mention, a fragment of the
 * writer's own sentence, markup. Decided from the paragraph's text alone.
 */
import {wordCount} from '../../text/normalize.ts'
import type {QuoteSpan} from '../../text/quotes.ts'
import type {Quotation} from './types.ts'

const url = /:\/\/|www\.|\.(?:gov|com|org)\//i

/** The kind of one quotation segment's words (`lead`: up to 40 characters before the mark). */
export function kindOf(content: string, lead: string, follow: string, minWords: number, mention: RegExp): Quotation['kind'] {
  // A URL, an attribute, a link title left in the text (`[text](url "Title")`).
  if (url.test(content) || /<[a-z][^<>]*$/i.test(lead) || (/^\)/.test(follow) && !lead.includes('('))) return 'markup'
  if (wordCount(content) < minWords) return 'short'
  // A fragment in lower case is part of the writer's sentence (`taking it “one step at a time.”`).
  // (Or a figure: `“18- to 24-year-olds by race…`.)
  if (/^[\s*_.\u2026[]*[\p{Ll}\p{N}]/u.test(content)) return 'fragment'
  // A title, or a work cited by year (`Balter, Ben (2014) "9 things to look for"`).
  if (isTitle(content) || /\(\d{4}\)[\s.,]*$/.test(lead)) return 'title'
  if (mention.test(lead) || /<figcaption>[\s*_]*$/i.test(lead)) return 'mention'
  return 'speech'
}

/** Titles of works: Title Case and no sentence punctuation. */
export function isTitle(content: string): boolean {
  const trimmed = content.trim().replace(/[,.]$/, '').replace(/[?!]$/, '')
  if (/[.!?;…]/.test(trimmed)) return false
  const all = trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (all.length === 0) return false
  const capitalized = all.filter((w) => /^\p{Lu}/u.test(w))
  const long = all.filter((w) => w.length > 3)
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.75 && capitalized.length * 2 >= all.length
}

/** Two or more quotations separated only by commas, `or`, `and`, slashes: a list of examples, not speech. */
export function inSeries(text: string, quotes: QuoteSpan[]): boolean[] {
  const result = quotes.map(() => false)
  for (let k = 1; k < quotes.length; k++) {
    const between = text.slice(quotes[k - 1].close + 1, quotes[k].open)
    // (`from “…” to the more specific “…”` too.)
    if (/^[\s,;/*_]*(?:(?:and|or|-or-|vs\.?|to|then)[\s*_]*)?$/i.test(between) || /^[\s,]*to\b[^.!?“”"]{0,30}$/i.test(between)) result[k - 1] = result[k] = true
  }
  return result
}

/**
 * A quotation used as a noun phrase, the thing talked about rather than speech:
 * the sentence goes on in lower case (`“If it’s not broke, don’t fix it” doesn’t work`,
 * `“What does a PM do?” is a question I get a lot`), or a preposition or article
 * leads into a fragment (`shifting from “trying to look after all the work” to …`).
 */
export function nounPhrase(text: string, open: number, close: number, content: string): boolean {
  // The sentence goes on in lower case, or the writer asks about the quoted words (`what “…”?`).
  // (Read only for a quotation no frame attributes: `"…," he said` goes on in lower case too.)
  if (/^[*_)\],]*(?:\s*\p{Ll}|\?)/u.test(text.slice(close + 1, close + 8))) return true
  const lead = text.slice(Math.max(0, open - 16), open)
  // After a quantity (`after a few “I haven’t played in years…”`).
  if (/(?:^|\s)(?:a few|a couple of|several|many|some)[\s*_]*$/i.test(lead)) return true
  // In parentheses: an example or a survey item (`team dynamics (“I feel like I belong”)`).
  const before = text.slice(Math.max(0, open - 200), open)
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true
  // After a copula: a definition or an example (`a functional mission is “deliver food to people.”`).
  if (/(?:^|\s)(?:is|are|was|were|be|means|mean|becomes|remains)[\s*_,:]*$/i.test(lead)) return true
  // A fragment led in by a preposition or an article: ends without a full stop, or starts in lower case.
  if (/[.!?\u2026]\s*$/.test(content) && !/^\s*\p{Ll}/u.test(content)) return false
  return /(?:^|\s)(?:from|to|between|as|of|the|a|an|our|your|their|into|with|for|about)[\s*_]*$/i.test(lead)
}
