/**
 * Caches that live as long as one article. Several rules fold, count and key
 * the same blocks, so their results are memoized; but a module-level cache
 * keeps every article's strings alive into V8's old generation, and garbage
 * collection then costs more than the memoization saves. `lint()` starts a
 * new article; each cache is replaced (not cleared) when it does, so what an
 * article allocated dies young with it. A size cap keeps a cache bounded
 * when the rules run without `lint()`.
 */

let article = 0
const LIMIT = 4096

/** Called once per article, before its pipeline runs. */
export function newArticle(): void {
  article++
}

/** A map that starts empty for every article. */
export function articleCache<K, V>(): () => Map<K, V> {
  let map = new Map<K, V>()
  let owner = article
  return () => {
    if (owner !== article || map.size >= LIMIT) {
      map = new Map()
      owner = article
    }
    return map
  }
}

/** `compute(key)`, once per key per article. */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = articleCache<K, V>()
  return (key) => {
    const map = cache()
    let value = map.get(key)
    if (value === undefined && !map.has(key)) map.set(key, (value = compute(key)))
    return value as V
  }
}
