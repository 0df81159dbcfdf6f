/** The article's quotation model: what `quotes()` returns and `--format json` prints per file. */
import type {Point} from 'unist'

export interface Place {
  start: Point
  end: Point
}

export interface Attribution {
  /** The speaker or source as written (`Allan Leslie`, `he`, `the ministry`, `the report`); none for a layout or a bare credit. */
  speaker?: string
  speakerAt?: Place
  /** The cue as written: `said`, `according to`, `:`, `—`; or, for attribution by layout or context, what carries it. */
  cue: string
  cueAt?: Place
  /**
   * How the source is linked: a reporting `verb`, `according-to`, a `colon` after a speaker, a `credit`
   * line, a `continuation` of the previous quotation's speaker, an `introduction` (a paragraph ending
   * in a colon that names the speaker), a `link` or `citation` to the document, or the `layout`
   * (a Q&A answer, a pull quote).
   */
  frame: 'verb' | 'according-to' | 'colon' | 'credit' | 'continuation' | 'introduction' | 'link' | 'citation' | 'layout'
  /** Where the frame stands: in the quotation's own sentence, the sentence before or after, the paragraph before or after, or inside a multi-paragraph quotation. */
  where: 'sentence' | 'sentence-before' | 'sentence-after' | 'paragraph-before' | 'paragraph-after' | 'within'
}

export interface Quotation {
  /** The quoted words (paragraphs of a multi-paragraph quotation joined by a space). */
  text: string
  words: number
  start: Point
  end: Point
  /** Paragraphs the quotation runs over (a missing paragraph break inside one paragraph counts as one). */
  paragraphs: number
  closed: boolean
  /**
   * `speech`: a quotation that needs a speaker; the others do not: `short` (under the word threshold:
   * scare quotes, partial quotes), `title` (Title Case, no sentence punctuation), `mention` (after a
   * mention cue, in a series of examples, used as a noun phrase), `fragment` (lower case: part of the
   * writer's sentence), `markup` (a URL, an attribute).
   */
  kind: 'speech' | 'short' | 'title' | 'mention' | 'fragment' | 'markup'
  attribution?: Attribution
}

export interface UnbalancedMark extends Place {
  /**
   * `unclosed`: a quotation never closed; `stray`: a mark with no partner; `reopened`: a quotation opens
   * before the previous one closes (a closing mark or a paragraph break missing); `run-on`: a quotation
   * runs over paragraphs that do not reopen it.
   */
  kind: 'unclosed' | 'stray' | 'reopened' | 'run-on'
  /** Marks of this kind in the paragraph (`stray`, `reopened`) or paragraphs run over (`run-on`). */
  count: number
}

export interface QuoteModel {
  quotations: Quotation[]
  unbalanced: UnbalancedMark[]
}
