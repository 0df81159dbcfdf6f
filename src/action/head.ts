/**
 * Lint files as they are at the commit the annotations belong to. On
 * `pull_request`, actions/checkout checks out the merge commit
 * (refs/pull/N/merge), but the check run, the diff view and the changed
 * lines are the pull request head's: once the base branch has moved, a line
 * of the merge commit is not the same line of the head. So when the
 * workspace is not at that commit and git has it, each file is read from the
 * commit, written to a temporary folder under its workspace path, and linted
 * there by the same engine (size, binary and time limits included), with the
 * configuration found for its place in the workspace. When git does not have
 * the commit (a depth-1 checkout), the working tree is linted and a note says
 * that positions may be off. One git process in every case (cat-file.ts).
 * The text of a file whose findings carry a fix can be kept, as linted, when
 * it is the commit's: a suggested change on the commit's lines is made from it.
 */
import {lstatSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {ConfigFinder} from '../engine/config.ts'
import {displayPath, run as lintFiles, skippedResult, type FileResult} from '../engine/index.ts'
import type {Found} from '../engine/files.ts'
import {CatFile} from './cat-file.ts'

export interface Linted {
  results: FileResult[]
  notes: string[]
  /** Path → the text that was linted (without its byte order mark), for the files `keepText` asked for, only as they are at the commit. */
  texts: Map<string, string>
}

export type KeepText = (result: FileResult) => boolean

const strict = new TextDecoder('utf-8', {fatal: true})

/** The texts of the results `keep` asks for, read under `root`; a file that is not valid UTF-8 has none (no suggestion can be made from it). */
function readTexts(results: FileResult[], root: string, keep: KeepText | undefined, texts: Map<string, string>): void {
  for (const result of results) {
    if (!keep || result.skipped || !keep(result)) continue
    try {
      texts.set(result.path, strict.decode(readFileSync(join(root, result.path)))) // the decoder drops a byte order mark
    } catch {
      // Unreadable or not UTF-8: its findings stay annotations.
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

export async function lintAtCommit(commit: string | undefined, targets: Found[], cwd: string, config: string | undefined, isPullRequest: boolean, keepText?: KeepText): Promise<Linted> {
  const texts = new Map<string, string>()
  /** Lint files on disk; `atCommit`: the working tree is the commit's, so its texts may be kept. */
  const disk = async (list: Found[], atCommit = false) => {
    const results = list.length ? (await lintFiles({cwd, patterns: [], files: list, config})).results : []
    if (atCommit) readTexts(results, cwd, keepText, texts)
    return results
  }
  if (targets.length === 0) return {results: [], notes: [], texts}
  if (!commit || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(commit)) return {results: await disk(targets), notes: [], texts}
  const behind = (why: string) => `Files were linted as checked out, not as they are at ${isPullRequest ? "the pull request's head" : 'the commit'} ${commit.slice(0, 7)}` +
    ` (${why}): where the base branch has moved, annotations may be some lines off.` +
    (isPullRequest ? ' With actions/checkout, set fetch-depth: 2 (or ref: the head SHA).' : '')

  const git = new CatFile(cwd)
  const [head, at] = await Promise.all([git.ask('HEAD'), git.ask(commit)])
  if (head?.id === commit || at?.type !== 'commit') {
    await git.end().catch(() => {})
    const here = head?.id === commit
    return {results: await disk(targets, here), notes: !here && isPullRequest ? [behind('git does not have that commit here')] : [], texts}
  }

  const temp = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'copydesk-head-'))
  try {
    // Regular files only: links (and files that cannot be named in one line) go through the engine's own checks on disk.
    const asked = targets.map((target) => {
      const path = displayPath(cwd, target.path)
      const copy = join(temp, path)
      const answer = target.problem || isLink(target.path) ? Promise.resolve(undefined) : git.ask(`${commit}:./${path}`, copy)
      return answer.then((info) => ({target, copy: info?.type === 'blob' ? copy : undefined}))
    })
    const copies = await Promise.all(asked)
    try {
      await git.end()
    } catch {
      return {results: await disk(targets), notes: [behind('git could not copy it out')], texts}
    }

    const results = await disk(copies.filter((c) => !c.copy).map((c) => c.target))
    // One engine run per configuration, found from each file's place in the workspace.
    const finder = new ConfigFinder()
    const groups = new Map<string | false, string[]>()
    for (const {target, copy} of copies) {
      if (!copy) continue
      let key: string | false
      try {
        key = config ?? finder.find(target.path).path ?? false
      } catch (error) {
        results.push(skippedResult(displayPath(cwd, target.path), (error as Error).message))
        continue
      }
      groups.set(key, [...(groups.get(key) ?? []), copy])
    }
    for (const [key, files] of groups) {
      const linted = (await lintFiles({cwd: temp, patterns: files, config: key})).results
      readTexts(linted, temp, keepText, texts)
      results.push(...linted)
    }
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    return {results, notes: [], texts}
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
}
