/** `--format json`: one entry per file, its findings as plain records. */
import type {FileResult} from '../engine/index.ts'
import {toRecord} from './records.ts'

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
      messages
    }
  })
  return JSON.stringify(files, null, 2) + '\n'
}
