/** The terminal format: vfile-reporter's, files with findings only, then a summary. */
import {reporter} from 'vfile-reporter'
import type {FileResult} from '../engine/index.ts'

export function stylish(results: FileResult[], options: {color?: boolean} = {}): string {
  const files = results.map((result) => {
    result.file.path = result.path
    return result.file
  })
  const output = reporter(files, {color: options.color ?? false, quiet: true})
  return output ? output + '\n' : ''
}
