/** Shared types of the Copydesk library. */
import type {Point} from 'unist'

export type Level = 'off' | 'warning' | 'error'

/** A rule's setting: a level, or `[level, options]` (ESLint and unified-lint-rule style). */
export type RuleSetting = Level | [Level, Record<string, unknown>?]

export interface Config {
  rules?: Record<string, RuleSetting>
  /** Largest file, in bytes, that is linted; larger files are skipped with a message. */
  maxFileSize?: number
  /** Per-file time budget in ms; a file that takes longer is skipped with a message (0: no budget). */
  fileTimeout?: number
}

/** The kind of a block of prose, as the editor sees it. */
export type BlockKind = 'heading' | 'paragraph'

export interface Block {
  kind: BlockKind
  /** Heading depth (1–6) for headings. */
  depth?: number
  /** The whole block is bold (`**Headline**`). */
  strong: boolean
  /** The whole block is in italics (`*caption*`): a caption or an editor's note. */
  emphasis: boolean
  /** The list or blockquote the block sits in (0: the article itself). */
  container: number
  /** Inside a list item. */
  inList: boolean
  /** Inside a blockquote. */
  inQuote: boolean
  /** A table written as pipes (`| a | b |`): data, not prose. */
  table: boolean
  /** Starts with a bold label (`**Duration:** two weeks`): a field of a structured layout. */
  field: boolean
  start: Point
  end: Point
  /** Plain text of the block (markup, HTML and template tags removed). */
  text: string
  /** Holds an image with alt text: the retext side reads alt text, which `text` leaves out. */
  alt: boolean
}

export interface FrontMatterField {
  value: unknown
  /** Where the field's line is in the file. */
  start: Point
  end: Point
}

/** What the document plugin learns about an article before the rules run. */
export interface ArticleInfo {
  format: 'markdown' | 'text'
  blocks: Block[]
  frontMatter: Record<string, FrontMatterField>
  /** Offsets `[start, end]` of links, in order: a quotation that links to its source is attributed. */
  links: Array<[number, number]>
}

export type OptionType = 'integer' | 'number' | 'string[]'

export interface OptionSpec<T extends number | string[] = number | string[]> {
  type: OptionType
  default: T
  description: string
  /** Smallest accepted value (numbers). */
  min?: number
  /** Largest accepted value (numbers). */
  max?: number
}

/** A documented example: the input and every message the rule gives on it, as `String(message)`. */
export interface Example {
  title: string
  /** Markdown unless given. */
  format?: 'markdown' | 'text'
  input: string
  messages: string[]
  /** Options for the rule in this example. */
  options?: Record<string, unknown>
}

/** What reporters and generated docs need of a rule. */
export interface RuleInfo {
  id: string
  level: Exclude<Level, 'off'>
  summary: string
  fix: string
  url: string
  options: Record<string, OptionSpec>
  examples: Example[]
}

declare module 'vfile' {
  interface DataMap {
    copydesk: ArticleInfo
  }
}

/**
 * A certain fix: replace `range` (`[start, end]`, UTF-16 offsets in the
 * file's text without its byte order mark, as positions count) with `text`.
 * The shape is ESLint's, so editor integrations that apply ESLint fixes can
 * apply these.
 */
export interface Fix {
  range: [number, number]
  text: string
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The edit that fixes the finding, when it is certain (`expected` stays the human-readable form). */
    fix?: Fix
    /**
     * A hash of the finding's content (rule, path, the text of its span and of its other place, and
     * which of identical findings it is), not its line: the same finding keeps it when lines move.
     */
    fingerprint?: string
  }
}
