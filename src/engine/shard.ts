/**
 * `--shard i/n`: a deterministic split of the files for a CI matrix. A file
 * belongs to shard `1 + (h mod n)`, where `h` is a hash of its path relative
 * to the working folder: every job of the matrix computes the same split
 * without talking to the others, each file is in exactly one shard, and a new
 * file moves no other file to another shard.
 */
import {createHash} from 'node:crypto'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const shard = {index: Number(match[1]), count: Number(match[2])}
  return shard.count >= 1 && shard.count <= 10_000 && shard.index >= 1 && shard.index <= shard.count ? shard : undefined
}

export function inShard(path: string, shard: Shard): boolean {
  if (shard.count === 1) return true
  const hash = createHash('sha256').update(path).digest()
  return hash.readUInt32BE(0) % shard.count === shard.index - 1
}
