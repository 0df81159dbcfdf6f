/**
 * Configuration and ignore files are read whole, in the main thread, so only
 * small regular files are read: a FIFO would block the run until something
 * writes to it, `/dev/zero` never ends, and a huge file is no configuration.
 */
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'

/** The most a configuration or ignore file may hold, in bytes. */
export const MAX_SMALL_FILE = 1024 * 1024

/** A configuration or ignore file that cannot be used; the CLI reports it and exits 2. */
export class ConfigError extends Error {}

/** The text of a small regular file; throws `ConfigError` (`what`: "configuration", "ignore file") otherwise. */
export function readSmallFile(path: string, what: string): string {
  let fd: number
  try {
    // Non-blocking: opening a FIFO does not wait for a writer, and fstat then says what it is.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new ConfigError(`Cannot read ${what} ${path}: ${(error as Error).message}`)
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new ConfigError(`Cannot read ${what} ${path}: not a regular file`)
    const tooLarge = new ConfigError(`Cannot read ${what} ${path}: over the ${MAX_SMALL_FILE.toLocaleString('en-US')}-byte limit`)
    if (info.size > MAX_SMALL_FILE) throw tooLarge
    // One byte more than fstat said: a file still growing past the limit is caught too.
    const buffer = Buffer.alloc(info.size + 1)
    let length = 0
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > info.size) throw new ConfigError(`Cannot read ${what} ${path}: it changed while it was read`)
    return buffer.toString('utf8', 0, length)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`Cannot read ${what} ${path}: ${(error as Error).message}`)
  } finally {
    closeSync(fd)
  }
}
