/**
 * A unified parser for plain text (wire and scraped copy): every non-empty
 * line is a paragraph. It produces mdast, so plain text goes over the same
 * bridge to retext as Markdown does.
 */
import type {Paragraph, Root} from 'mdast'
import type {Processor} from 'unified'
import {location} from 'vfile-location'
import {VFile} from 'vfile'

export default function textParse(this: Processor) {
  this.parser = function (doc: string): Root {
    const place = location(new VFile(doc))
    const children: Paragraph[] = []
    const lineBreak = /\r\n|\r|\n/g
    let start = 0
    while (start <= doc.length) {
      lineBreak.lastIndex = start
      const match = lineBreak.exec(doc)
      const end = match ? match.index : doc.length
      const line = doc.slice(start, end)
      const lead = line.length - line.trimStart().length
      const trimmed = line.trim()
      if (trimmed) {
        const from = place.toPoint(start + lead)!
        const to = place.toPoint(start + lead + trimmed.length)!
        children.push({
          type: 'paragraph',
          children: [{type: 'text', value: trimmed, position: {start: from, end: to}}],
          position: {start: from, end: to}
        })
      }
      if (!match) break
      start = match.index + match[0].length
    }
    const end = place.toPoint(doc.length) ?? {line: 1, column: 1, offset: 0}
    return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
  }
}
