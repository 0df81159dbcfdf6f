/**
 * Thresholds of the heuristics, kept as data so editors can read and tune
 * them in one place (rule options override the per-rule ones).
 */

/* The headline's own thresholds (what counts as a headline) are in src/document/headline.ts. */

export const duplicateParagraph = {
  /** Paragraphs shorter than this are left alone (PRODUCT.md: 8). */
  minWords: 8,
  /**
   * Near duplicates: the share of the shorter paragraph's word 3-grams that
   * the longer one contains…
   */
  nearContainment: 0.8,
  /** …when the shorter one has at least this share of the longer one's words. */
  nearLengthRatio: 0.5,
  /**
   * …and the shorter one has words of its own (not typos of the other's) in
   * at most this many places: a pasted copy with a word changed has one, two
   * paragraphs written from one template have one per blank they fill.
   */
  nearChanges: 1,
  /**
   * Near copies are looked for among top-level paragraphs of at least this
   * many words: list items and short lines are parallel by design.
   */
  nearMinWords: 20,
  /** A one-sentence paragraph under this many words, repeated three or more times, is a refrain. */
  refrainMaxWords: 12,
  /** Bold-label fields (`**Duration:** two weeks`) under this many words are a layout's data. */
  fieldMaxWords: 20
}

export const dateline = {
  /** A dateline opens one of the first this many paragraphs of body text (a byline may come first)… */
  bodyParagraphs: 2,
  /** …among the article's first this many blocks (headline, headings, bold lines included). */
  blocks: 6
}

export const repeatedHeading = {
  /** Headings repeated with fewer words (“Background”, “Question”) are layout. */
  minWords: 3
}

export const quote = {
  /** Quotations shorter than this are scare quotes or partial quotes. */
  minWords: 5
}
