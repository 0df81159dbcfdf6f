/** The `copydesk` binary's entry: wire the real process to `main`. */
import {main} from './index.ts'

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
