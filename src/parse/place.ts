/**
 * One `vfile-location` index per file: the guard, the long-node cut, the
 * document plugin and the rules all turn offsets into points on the same text.
 * Keyed by the file and checked against its text, so a file linted again with
 * other text gets a fresh index.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

export type Place = ReturnType<typeof location>

const places = new WeakMap<VFile, {value: string; place: Place}>()

export function placeOf(file: VFile): Place {
  const value = String(file.value ?? '')
  let cached = places.get(file)
  if (!cached || cached.value !== value) places.set(file, (cached = {value, place: location(file)}))
  return cached.place
}
