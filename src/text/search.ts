/**
 * Binary search over a sorted list: the first index in `[0, length)` where
 * `reached(index)` is true (`length` when none is), for a `reached` that is
 * false and then true along the list.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >> 1
    if (reached(mid)) high = mid
    else low = mid + 1
  }
  return low
}
