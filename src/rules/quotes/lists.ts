/**
 * The attribution data (src/rules/data/attribution.ts), extended by the
 * rule's options and compiled once into the sets the frame finder reads:
 * every inflection of each reporting verb, singular and plural speaker nouns.
 */
import {
  alwaysStrictVerbs, floorPhrases, imperativeVerbs, irregularVerbs, mentionCues, phraseNouns, reportingVerbs, sentenceStarters, sourceLeads, speakerNouns, speakerPronouns, speechNouns, strictVerbs
} from '../data/attribution.ts'

export interface Extra {
  /** Reporting verbs to add (any form; a base form brings its inflections). */
  verbs?: string[]
  /** Speaker nouns to add (`stewardess`, `tribunal`). */
  speakers?: string[]
  /** Mention cues to add (`nicknamed`). */
  mentionCues?: string[]
}

export interface Lists {
  /** Verb form (lower case, possibly two words) → whether it attributes only in a reporting use. */
  verbs: Map<string, boolean>
  /** Forms of strict verbs that stay strict after a name or a personal pronoun. */
  alwaysStrict: Set<string>
  /** Base forms of verbs whose imperative gives the reader words to say (`ask`, `tell`). */
  bases: Set<string>
  speakers: Set<string>
  /** Of those, the documents (`report`, `figures`): a source, but not one that a colon after a sentence introduces. */
  documents: Set<string>
  /** Of those, the people (`analyst`, `resident`): a strict verb after one reports, as after a name. */
  people: Set<string>
  pronouns: Set<string>
  starters: Set<string>
  /** Phrases that name a source after them (`according to`), as word lists. */
  sourceLeads: string[][]
  speech: Set<string>
  mention: RegExp
  /** Nouns for a set phrase (`slogan`, `motto`), as an alternation for patterns: `(?:slogan|motto|…)`. */
  phrase: string
  /** Phrases of taking the floor (`got up`, `took the stage`), as word lists. */
  floor: string[][]
}

const cache = new Map<string, Lists>()

export function compile(extra: Extra = {}): Lists {
  const key = JSON.stringify([extra.verbs ?? [], extra.speakers ?? [], extra.mentionCues ?? []])
  let lists = cache.get(key)
  if (!lists) {
    if (cache.size > 20) cache.clear()
    cache.set(key, (lists = build(extra)))
  }
  return lists
}

function build(extra: Extra): Lists {
  const verbs = new Map<string, boolean>()
  const strict = new Set(strictVerbs)
  for (const base of [...reportingVerbs, ...(extra.verbs ?? [])]) {
    const lower = base.toLowerCase().trim()
    for (const form of verbForms(lower)) if (!verbs.has(form) || !strict.has(lower)) verbs.set(form, strict.has(lower))
  }
  const alwaysStrict = new Set(alwaysStrictVerbs.flatMap(verbForms))
  const speakers = new Set<string>()
  for (const noun of [...speakerNouns.people, ...speakerNouns.organisations, ...speakerNouns.documents, ...(extra.speakers ?? [])]) {
    for (const form of nounForms(noun.toLowerCase().trim())) speakers.add(form)
  }
  const documents = new Set(speakerNouns.documents.flatMap(nounForms))
  const people = new Set(speakerNouns.people.flatMap(nounForms))
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  const mention = new RegExp(`(?<![\\p{L}])(?:${[...mentionCues, ...(extra.mentionCues ?? [])].map(escape).join('|')})(?:\\s+that)?[\\s,:]{0,3}$`, 'iu')
  const phrase = `(?:${phraseNouns.flatMap(nounForms).map(escape).join('|')})`
  return {floor: floorPhrases.map((phrase) => phrase.split(' ')), phrase, people, verbs, alwaysStrict, bases: new Set(imperativeVerbs), speakers, documents, pronouns: new Set(speakerPronouns), starters: new Set(sentenceStarters), sourceLeads: sourceLeads.map((lead) => lead.split(' ')), speech: new Set(speechNouns), mention}
}

/** say → say, says, said, saying; point out → points out, pointed out, pointing out. */
export function verbForms(base: string): string[] {
  const [head, ...rest] = base.split(/\s+/)
  const tail = rest.length ? ' ' + rest.join(' ') : ''
  const forms = new Set([head])
  const vowel = /[aeiou]/
  const last = head.at(-1) ?? ''
  const consonantY = last === 'y' && !vowel.test(head.at(-2) ?? '')
  forms.add(/(?:s|sh|ch|x|z|o)$/.test(head) ? head + 'es' : consonantY ? head.slice(0, -1) + 'ies' : head + 's')
  forms.add(last === 'e' ? head + 'd' : consonantY ? head.slice(0, -1) + 'ied' : head + 'ed')
  forms.add(last === 'e' && !head.endsWith('ee') ? head.slice(0, -1) + 'ing' : head + 'ing')
  // admit → admitted, quip → quipping: a final consonant after one vowel doubles.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(head)) {
    forms.add(head + last + 'ed')
    forms.add(head + last + 'ing')
  }
  for (const form of irregularVerbs[base] ?? irregularVerbs[head] ?? []) forms.add(form.split(/\s+/)[0])
  return [...forms].map((form) => form + tail)
}

/** spokesman → spokesman, spokesmen; agency → agencies; official → officials. */
export function nounForms(noun: string): string[] {
  if (/man$/.test(noun)) return [noun, noun.slice(0, -3) + 'men']
  if (noun === 'person') return [noun, 'people']
  if (/[^aeiou]y$/.test(noun)) return [noun, noun.slice(0, -1) + 'ies']
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return [noun, noun + 'es']
  return [noun, noun + 's']
}
