/** What the YAML library reads of front matter, in the shape of `simpleFields` (src/document/simple-yaml.ts); undefined when it finds an error or no mapping. */
import {isMap, isScalar, parseDocument} from 'yaml'
import type {SimpleField} from '../src/document/simple-yaml.ts'

export function libraryFields(yaml: string): Array<Omit<SimpleField, 'value'> & {value: unknown}> | undefined {
  const doc = parseDocument(yaml, {prettyErrors: false, uniqueKeys: false})
  if (doc.errors.length > 0) return undefined
  if (!isMap(doc.contents)) return []
  return doc.contents.items.map((item) => {
    const key = item.key as {value: unknown; range: [number, number, number]}
    const value = item.value
    return {
      key: String(key.value),
      value: isScalar(value) ? value.value : value && typeof value === 'object' && 'toJSON' in value ? (value as {toJSON(): unknown}).toJSON() : value,
      keyStart: key.range[0],
      valueEnd: isScalar(value) && value.range ? value.range[1] : key.range[1]
    }
  })
}
