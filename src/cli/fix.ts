/**
 * `--fix` writes the fixed texts the engine computed; `--fix-dry-run` prints
 * them as one unified diff (jsdiff), with git's `a/` and `b/` prefixes, so
 * that `git apply` or `patch -p1` in the working folder applies it.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import {skippedResult, type FileResult} from '../engine/index.ts'

export function patch(results: FileResult[]): string {
  return results
    .filter((result) => result.fixed)
    .map(({path, fixed}) => createTwoFilesPatch(`a/${path}`, `b/${path}`, fixed!.source, fixed!.output, undefined, undefined, {headerOptions: FILE_HEADERS_ONLY}))
    .join('')
}

/**
 * Write each fixed file in place. A file that changed on disk since it was
 * read is not overwritten (someone else's edit would be lost), and a file
 * that cannot be written keeps its text: both are reported as skipped.
 */
export function writeFixes(results: FileResult[], cwd: string): {results: FileResult[]; applied: number; files: number} {
  let applied = 0
  let files = 0
  const out = results.map((result) => {
    if (!result.fixed) return result
    const absolute = resolve(cwd, result.path)
    try {
      if (readFileSync(absolute, 'utf8') !== result.fixed.source) return skippedResult(result.path, 'The file changed while it was being fixed; not fixed')
      writeFileSync(absolute, result.fixed.output)
    } catch (error) {
      return skippedResult(result.path, `Cannot write the fixed file: ${(error as Error).message}; not fixed`)
    }
    applied += result.fixed.applied
    files++
    return result
  })
  return {results: out, applied, files}
}
