/**
 * One `git cat-file --batch` process, asked one object at a time. Without
 * `--buffer`, git flushes each answer as soon as it is found, so a caller can
 * ask what HEAD is, look at the answer, and only then ask for files. Content
 * is streamed to a file, or dropped, never held whole in memory. Whatever
 * git cannot answer (a missing object, or git gone) is answered `undefined`.
 */
import {spawn} from 'node:child_process'
import {closeSync, mkdirSync, openSync, writeSync} from 'node:fs'
import {dirname} from 'node:path'

export interface ObjectInfo {
  id: string
  type: string
  size: number
}

interface Question {
  /** Where the content goes (none: dropped). */
  file?: string
  answer(info: ObjectInfo | undefined): void
}

export class CatFile {
  private readonly child
  private readonly questions: Question[] = []
  private pending: Buffer = Buffer.alloc(0)
  private content?: {fd?: number; left: number}
  private newline = false // the one after each object's content
  /** A copy that could not be written. */
  private failure?: Error
  private readonly closed: Promise<void>

  constructor(cwd: string) {
    this.child = spawn('git', ['cat-file', '--batch'], {cwd, stdio: ['pipe', 'pipe', 'ignore']})
    this.child.stdin.on('error', () => {}) // git exited: 'close' answers what is left
    this.child.stdout.on('data', (chunk: Buffer) => {
      try {
        this.take(chunk)
      } catch (error) {
        this.failure = error as Error
        this.child.kill()
      }
    })
    this.closed = new Promise((done) => {
      const close = () => {
        this.finishContent()
        for (const question of this.questions.splice(0)) question.answer(undefined)
        done()
      }
      this.child.on('error', close) // no git: every question is answered undefined
      this.child.on('close', (code) => {
        if (code) this.failure ??= new Error(`git cat-file exited with ${code}`)
        close()
      })
    })
  }

  /** `name`: anything `git rev-parse` understands (`HEAD`, `<commit>:./<path>`); one line. */
  ask(name: string, file?: string): Promise<ObjectInfo | undefined> {
    if (name.includes('\n')) return Promise.resolve(undefined)
    return new Promise((answer) => {
      this.questions.push({file, answer})
      if (this.child.stdin.writable) this.child.stdin.write(name + '\n')
    })
  }

  /** No more questions: wait for the answers. Rejects when a file could not be written. */
  async end(): Promise<void> {
    this.child.stdin.end()
    await this.closed
    if (this.failure) throw this.failure
  }

  private finishContent(): void {
    if (this.content?.fd !== undefined) closeSync(this.content.fd)
    this.content = undefined
  }

  private take(chunk: Buffer): void {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = Buffer.alloc(0)
    while (data.length > 0) {
      if (this.content) {
        const n = Math.min(this.content.left, data.length)
        if (this.content.fd !== undefined) writeSync(this.content.fd, data, 0, n)
        this.content.left -= n
        data = data.subarray(n)
        if (this.content.left === 0) {
          this.finishContent()
          this.newline = true
        }
      } else if (this.newline) {
        data = data.subarray(1)
        this.newline = false
      } else {
        const end = data.indexOf(10)
        if (end === -1) {
          this.pending = data
          return
        }
        const fields = data.subarray(0, end).toString('utf8').split(' ')
        data = data.subarray(end + 1)
        const question = this.questions.shift()
        if (fields.length !== 3 || !/^\d+$/.test(fields[2])) {
          question?.answer(undefined) // `<name> missing` (or ambiguous): no content follows
          continue
        }
        const info = {id: fields[0], type: fields[1], size: Number(fields[2])}
        let fd: number | undefined
        if (question?.file) {
          mkdirSync(dirname(question.file), {recursive: true})
          fd = openSync(question.file, 'w')
        }
        this.content = {fd, left: info.size}
        if (info.size === 0) {
          this.finishContent()
          this.newline = true
        }
        question?.answer(info)
      }
    }
  }
}
