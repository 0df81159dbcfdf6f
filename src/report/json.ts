/** `--format json`: one entry per file, its findings as plain records, then its quotations and their attribution. */
import type {FileResult} from '../engine/index.ts'
import {toRecord} from './records.ts'

/** A quotation of the article's model, as the engine carries it. */
type Quotation = NonNullable<FileResult['quotes']>[number]

type Point = Quotation['start']

export function json(results: FileResult[]): string {
  const files = results.map((result) => {
    const messages = result.file.messages.map((message) => {
      const {path: _path, ...rest} = toRecord(result.path, message)
      return rest
    })
    return {
      path: result.path,
      skipped: result.skipped,
      errorCount: messages.filter((m) => m.severity === 'error').length,
      warningCount: messages.filter((m) => m.severity === 'warning').length,
      messages,
      ...(result.quotes ? {quotes: result.quotes.map(quotation)} : {})
    }
  })
  return JSON.stringify(files, null, 2) + '\n'
}

/** A quotation as printed: places as line and column (offsets are the library's business). */
function quotation(quote: Quotation) {
  const {start, end, attribution, ...rest} = quote
  const at = (point: Point) => ({line: point.line, column: point.column})
  const place = (where?: {start: Point; end: Point}) => (where ? {start: at(where.start), end: at(where.end)} : undefined)
  return {
    ...rest,
    start: at(start),
    end: at(end),
    ...(attribution
      ? {
          attribution: {
            speaker: attribution.speaker,
            speakerAt: place(attribution.speakerAt),
            cue: attribution.cue,
            cueAt: place(attribution.cueAt),
            frame: attribution.frame,
            where: attribution.where
          }
        }
      : {})
  }
}
