/**
 * The `copydesk` binary's entry: give the process the V8 flags workers lint
 * with, start the first worker, then wire the real process to `main`. With
 * the flags here, one worker is a thread, not a process (`workerKind`): it is
 * ready without a Node.js of its own to start. The worker starts before the
 * rest of Copydesk is loaded (`main` is imported after it, a chunk of its own
 * in dist/), so the two load side by side.
 */
import {useLintingFlags} from '../engine/v8-flags.ts'
import {startEarly} from '../engine/workers.ts'
import {earlyWorker} from './options.ts'

useLintingFlags()
const kind = earlyWorker(process.argv.slice(2))
if (kind) startEarly(kind)

const {main} = await import('./index.ts')

// A closed pipe (`copydesk … | head -1`) is no error: the reader stopped reading. The run ends as its findings say.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return new TextDecoder('utf-8', {ignoreBOM: true}).decode(Buffer.concat(chunks))
  }
})
process.exitCode = code
