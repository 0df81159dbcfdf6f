/**
 * Attribution frames: what links a quotation to its source. A frame is a
 * reporting verb with a speaker next to it, in either order (`Smith said`,
 * `said Jane Smith`, `the ministry said in a statement`), `according to X`,
 * a speaker followed by a colon (`Smith: “…”`), or a credit after the
 * quotation (`— Jane Doe, director`). A speaker is a name, a pronoun, or a
 * noun phrase headed by a person, organisation or document noun; a cue word
 * alone (`The work continued`, `Tate's shares have leapt`) is no frame.
 *
 * Hand-written patterns over the paragraph's tokens (see docs/rules/unattributed-quote.md
 * for why, and what a part-of-speech tagger did on the same copy).
 */
import type {Lists} from './lists.ts'
import type {Token} from './tokens.ts'

export type FrameKind = 'verb' | 'according-to' | 'colon' | 'credit'

export interface Frame {
  kind: FrameKind
  /** The cue as written: `said`, `according to`, `:`, `—`. */
  cue: [number, number]
  /** The speaker or source as written (`Allan Leslie`, `he`, `the ministry`); none for a bare credit. */
  speaker?: [number, number]
}

/** Words that may stand between a speaker and a verb: `Smith also said`, `he has told`, `it later added`. */
const between = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'might', 'may',
  'did', 'does', 'do', 'not', 'never', 'once', 'again', 'recently', 'previously', 'earlier', 'yesterday', 'today',
  'separately', 'further', 'subsequently', 'initially', 'originally', 'first', 'last', 'often', 'always', 'still',
  'repeatedly', 'reportedly', 'himself', 'herself', 'itself', 'themselves', 'simply', 'just', 'even', 'already',
  'being', 'been', 'be', 'shall', 'should', 'can', 'must', 'all', 'both', 'each', 'too', 'quoted', 'as', 'go', 'went', 'on',
  'either', 'probably', 'perhaps', 'usually', 'sometimes', 'really', 'actually', 'certainly', 'now', 'then', 'who', 'once'
])
const reflexives = new Set(['myself', 'yourself', 'yourselves', 'ourselves', 'himself', 'herself', 'themselves', 'oneself'])
/** A lower-case noun that names someone by what they do (`interviewers`, `stakeholders`, `residents`). */
const agent = /^\p{Ll}{4,}(?:er|or|ist|ian|ee)s?$/u
/** Words ending like an agent noun that name no one. */
const notAgents = new Set([
  'whether', 'together', 'another', 'however', 'whatever', 'whenever', 'wherever', 'number', 'matter', 'letter',
  'center', 'factor', 'sector', 'answer', 'corner', 'chapter', 'quarter', 'border', 'winter', 'summer', 'weather',
  'dinner', 'transfer', 'register', 'remainder', 'minister', 'further', 'rather', 'either', 'neither', 'whoever',
  'committee', 'guarantee', 'interior', 'exterior', 'behavior', 'behaviour', 'counter', 'monitor', 'cluster',
  'filter', 'folder', 'header', 'footer', 'browser', 'server', 'computer', 'printer', 'character', 'calendar',
  'error', 'mirror', 'horror', 'terror', 'anchor', 'vendor', 'editor', 'meteor', 'doctor', 'refugee'
].flatMap((word) => [word, word + 's']))
const determiners = new Set([
  'the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'some', 'many', 'most', 'several', 'other', 'two', 'three', 'four', 'five', 'both', 'each', 'every', 'no', 'any', 'few', 'more'
])
const particles = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'al', 'bin', 'da', 'di', 'dos', 'del', 'des', 'ter', 'y', 'and', '&'])
const postModifiers = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to'])
/** Words a modifier before a speaker noun is never: they end the phrase (`rose`, `said`). */
const closed = new Set([
  'and', 'or', 'but', 'if', 'when', 'while', 'because', 'that', 'which', 'who', 'whom', 'whose', 'where', 'than', 'as',
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'not', 'to', 'of', 'for', 'at', 'by',
  'from', 'with', 'in', 'on', 'into', 'about', 'after', 'before', 'over', 'under', 'so', 'it', 'he', 'she', 'they', 'we'
])
/** After a strict verb: a time or place phrase may come before the full stop (`he added on Monday.`). */
const adjuncts = new Set(['to', 'on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'late', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'recently', 'again', 'too', 'also', 'afterwards', 'then', 'separately', 'privately', 'publicly'])

export function isHead(token: Token | undefined, lists: Lists): boolean {
  if (!token || token.kind !== 'word' || token.possessive) return false
  if (lists.pronouns.has(token.lower) || lists.speakers.has(token.lower)) return true
  return isName(token, lists) || (agent.test(token.text) && !notAgents.has(token.lower)) || ageNoun.test(token.text)
}

/** `the 30-year-old`: newsroom shorthand for a person. */
const ageNoun = /^\d{1,3}-year-olds?$/

/** A name or a personal pronoun: after one, a strict verb (`Gail recalled the struggles.`) reports. */
function isPerson(tokens: Token[], span: [number, number], lists: Lists): boolean {
  const head = tokens[span[1]]
  return isName(head, lists) || ['he', 'she', 'they', 'i', 'we', 'you', 'who'].includes(head.lower) || lists.people.has(head.lower) || (agent.test(head.text) && !notAgents.has(head.lower))
}

/** A capitalised word that is not a sentence starter (`The`, `But`, `Monday`): part of a name. */
export function isName(token: Token | undefined, lists: Lists): boolean {
  if (token === undefined || token.kind !== 'word') return false
  // `the ex-Wallaby`, `the former-Chelsea man`: a name after a lower-case prefix; `the_moongirl`: a user name.
  if (!token.capital) return /^(?:ex|former|pro|anti|non)-\p{Lu}/u.test(token.text) || /^[\p{L}\p{N}]+_[\p{L}\p{N}_]+$/u.test(token.text)
  return !lists.starters.has(token.text.replace(/['’]s$/u, ''))
}

/** The verb form at `k` (one or two words), or undefined. */
function verbAt(tokens: Token[], k: number, lists: Lists): {strict: boolean; end: number} | undefined {
  const token = tokens[k]
  if (token?.kind !== 'word') return undefined
  // A capitalised verb inside a sentence is a name (`Said Hassan`); at a sentence's start it is the verb.
  if (token.capital && k > 0 && tokens[k - 1].sentence === token.sentence) return undefined
  const next = tokens[k + 1]
  if (next?.kind === 'word') {
    const two = lists.verbs.get(token.lower + ' ' + next.lower)
    if (two !== undefined) return {strict: two, end: k + 1}
  }
  const one = lists.verbs.get(token.lower)
  return one === undefined ? undefined : {strict: one, end: k}
}

/** The speaker phrase that ends at `k` (reading leftwards), as token indices, or undefined. */
function speakerBefore(tokens: Token[], k: number, lists: Lists, floor: number): [number, number] | undefined {
  // `Smith, the firm's chief executive, said`, `Smith (pictured) said`: step over an appositive;
  // `the firm's head of sales, Jane Roe, said`: the appositive names the speaker.
  if (tokens[k]?.text === ',' || tokens[k]?.text === ')' || /^[-–—]+$/.test(tokens[k]?.text ?? '')) {
    const open = tokens[k].text === ')' ? '(' : tokens[k].text
    let j = k - 1
    while (j > floor && j > k - 16 && tokens[j].text !== open && tokens[j].kind !== 'quote') j--
    if (j <= floor || tokens[j].text !== open) return undefined
    const inner = open === '(' ? undefined : headPhrase(tokens, k - 1, lists, j + 1)
    if (inner && isName(tokens[inner[1]], lists)) return inner
    return headPhrase(tokens, j - 1, lists, floor) ?? inner
  }
  return headPhrase(tokens, k, lists, floor)
}

/** The noun phrase headed by a speaker that ends at `end` (reading leftwards), or undefined. */
function headPhrase(tokens: Token[], end: number, lists: Lists, floor: number): [number, number] | undefined {
  // `the firm's head of sales said`: the head comes before its post-modifier.
  if (end >= floor && !isHead(tokens[end], lists) && !(tokens[end]?.possessive && tokens[end].capital)) {
    for (let j = end - 1; j > floor && j >= end - 3; j--) {
      if (tokens[j].kind !== 'word' || closed.has(tokens[j].lower) && tokens[j].lower !== 'of') break
      if (tokens[j].lower === 'of' && isHead(tokens[j - 1], lists) && !isName(tokens[j - 1], lists)) {
        end = j - 1
        break
      }
    }
  }
  // `Moody's said`: a name that ends like a possessive.
  const named = tokens[end]?.possessive && tokens[end].capital
  if (end < floor || (!named && !isHead(tokens[end], lists))) return undefined
  let start = end
  let sawNoun = true
  // A pronoun is the speaker alone, but `one` after a noun or determiner heads a phrase (`the world number one said`).
  const phraseOne = tokens[end].lower === 'one' && end > floor && (determiners.has(tokens[end - 1].lower) || lists.speakers.has(tokens[end - 1].lower))
  if (lists.pronouns.has(tokens[end].lower) && !isName(tokens[end], lists) && !phraseOne) return [end, end]
  for (let j = end - 1; j >= floor; j--) {
    const token = tokens[j]
    if (token.kind !== 'word') break
    if (isName(token, lists) || lists.speakers.has(token.lower) || token.possessive) {
      start = j
      sawNoun = true
      continue
    }
    if (particles.has(token.lower) && j > floor && (isName(tokens[j - 1], lists) || lists.speakers.has(tokens[j - 1].lower))) {
      start = j
      continue
    }
    if (postModifiers.has(token.lower) && j > floor && (isName(tokens[j - 1], lists) || lists.speakers.has(tokens[j - 1].lower))) {
      start = j
      continue
    }
    if (determiners.has(token.lower)) {
      start = j
      break
    }
    // A modifier (`senior`, `chief`, `industry`) before a speaker noun; at most three.
    if (!closed.has(token.lower) && !lists.verbs.has(token.lower) && end - j <= 4 && /^\p{Ll}/u.test(token.text)) {
      start = j
      continue
    }
    break
  }
  // The speaker as written ends before a post-modifier (`Allan Leslie of Discount Corp` → `Allan Leslie`).
  for (let j = start + 1; j < end; j++) {
    if (postModifiers.has(tokens[j].text)) {
      end = j - 1
      break
    }
  }
  // Modifiers read past the phrase's start are dropped (`rose economists` → `economists`).
  while (start < end && !determiners.has(tokens[start].lower) && !isName(tokens[start], lists) && !lists.speakers.has(tokens[start].lower) && !tokens[start].possessive) start++
  return sawNoun ? [start, end] : undefined
}

/** The speaker phrase that starts at `k` (reading rightwards), as token indices, or undefined. */
function speakerAfter(tokens: Token[], k: number, lists: Lists, ceiling: number): [number, number] | undefined {
  let start = k
  let j = k
  // `one of the study's authors`: the pronoun is the head; otherwise a determiner opens the phrase.
  if (tokens[j]?.kind === 'word' && determiners.has(tokens[j].lower) && !(isHead(tokens[j], lists) && tokens[j + 1]?.lower === 'of')) j++
  // Up to three modifiers before the head (`a senior government official`).
  let head = -1
  for (let m = j; m <= ceiling && m < j + 5; m++) {
    const token = tokens[m]
    if (token?.kind !== 'word') break
    if (isHead(token, lists) || token.possessive) {
      head = m
      break
    }
    if (closed.has(token.lower) || lists.verbs.has(token.lower)) break
  }
  if (head === -1) return undefined
  let end = head
  // The name or noun phrase runs on (`Jane Smith`, `BA's Mike Powell`), not past `of` (`Allan Leslie of Discount Corp`).
  for (let m = head + 1; m <= ceiling; m++) {
    const token = tokens[m]
    if (token.kind !== 'word') break
    if (isName(token, lists) || lists.speakers.has(token.lower) || (particles.has(token.lower) && token.lower !== 'and' && token.lower !== 'of' && isName(tokens[m + 1], lists))) {
      end = m
      continue
    }
    break
  }
  if (tokens[end].possessive) return undefined
  if (lists.pronouns.has(tokens[head].lower) && head !== start && !determiners.has(tokens[start].lower)) start = head
  return [start, end]
}

/** A strict verb is used to report: a full stop, comma, colon, quotation or `that` follows (a time phrase aside). */
function reports(tokens: Token[], after: number, sentenceEnd: number, lists: Lists): boolean {
  let m = after + 1
  // `he told reporters:`, `asked the minister:`, `issued a statement that`: a short object before a colon, a quotation or `that`.
  for (let n = m; n <= sentenceEnd && n <= m + 6; n++) {
    const token = tokens[n]
    if (token.kind === 'quote' || token.text === ':' || (token.lower === 'that' && n > m)) return true
    if (token.text === ',' && tokens[n + 1]?.kind === 'quote') return true
    if (token.kind === 'punct') break
  }
  // `added a warning.`, `issued a statement.`: what was said, as the object.
  for (let n = m; n <= sentenceEnd && n <= m + 3 && tokens[n].kind === 'word'; n++) {
    if (lists.speech.has(tokens[n].lower) && (n === sentenceEnd || tokens[n + 1].kind !== 'word')) return true
  }
  if (tokens[m]?.kind === 'word' && adjuncts.has(tokens[m].lower)) {
    while (m <= sentenceEnd && m < after + 6 && tokens[m].kind === 'word') m++
  }
  const token = tokens[m]
  // `describes how`, `explained why`: a clause of what was said.
  return !token || m > sentenceEnd || token.kind === 'quote' || /^[.,:;!?—–-]/.test(token.text) || /^(?:that|how|why|what|whether)$/.test(token.lower)
}

/**
 * Every frame in tokens `from`…`to` (one sentence or a run of them), in order.
 * `quoteNext` tells whether a token is a quotation that an inverted verb may follow (`"…," said Smith`).
 */
export function framesIn(tokens: Token[], from: number, to: number, lists: Lists): Array<Frame & {at: number}> {
  const frames: Array<Frame & {at: number}> = []
  // Where each token's sentence starts and ends, found once (a sentence can be long; its verbs many).
  const starts: number[] = []
  const ends: number[] = []
  for (let k = from; k <= to; k++) starts[k] = k > from && tokens[k - 1].sentence === tokens[k].sentence ? starts[k - 1] : k
  for (let k = to; k >= from; k--) ends[k] = k < to && tokens[k + 1].sentence === tokens[k].sentence ? ends[k + 1] : k
  const firstOfSentence = (_tokens: Token[], k: number, _from?: number) => starts[k]
  const lastOfSentence = (_tokens: Token[], k: number, _to?: number) => ends[k]
  for (let k = from; k <= to; k++) {
    const token = tokens[k]
    // (`Smith said: “…”` is a verb frame: the verb is the cue, not the colon.)
    if (token.kind === 'punct' && token.text === ':' && (tokens[k + 1]?.kind === 'quote' || k === to) && !verbBefore(tokens, k, lists)) {
      // `Smith: “…”`: a speaker, then a colon.
      const start = firstOfSentence(tokens, k, from)
      let speaker = speakerBefore(tokens, k - 1, lists, start)
      // `… began his response with the quip: “…”`: what was said, and who said it earlier in the sentence.
      // `Daniel Yi has learned why this matters: “…”`: a sentence about a person, then a colon, introduces their words.
      // `Kent's takeaway: “…”`: whose words they are.
      if (!speaker && lists.speech.has(tokens[k - 1]?.lower ?? '')) {
        for (let j = k - 2; j >= start && j >= k - 5; j--) {
          if (tokens[j].possessive && isName(tokens[j], lists)) speaker = [j, j]
          if (speaker || tokens[j].kind !== 'word') break
        }
      }
      if (!speaker) speaker = sentenceSubject(tokens, start, k, lists, true)
      // `Through his enthusiasm, he offers this advice: “…”`: the subject of the clause before the colon.
      if (!speaker) {
        let clause = k - 1
        while (clause > start && tokens[clause - 1].text !== ',') clause--
        if (clause > start) speaker = sentenceSubject(tokens, clause, k, lists, true)
      }
      if (speaker) frames.push({kind: 'colon', cue: [k, k], speaker, at: k})
      continue
    }
    // `NASA's vision is broader — “…”`, `Kent's takeaway: “…”`: whose words they are, before them.
    if (token.kind === 'quote' && k > from) {
      const start = firstOfSentence(tokens, k, from)
      for (let j = k - 1; j > start && j >= k - 6; j--) {
        if (tokens[j].kind === 'quote') break
        if (lists.speech.has(tokens[j].lower) && tokens[j - 1].possessive && isName(tokens[j - 1], lists)) {
          frames.push({kind: 'colon', cue: [j, j], speaker: [j - 1, j - 1], at: k})
          break
        }
      }
      continue
    }
    if (token.kind !== 'word') continue
    const lead = phraseAt(tokens, k, lists.sourceLeads)
    if (lead) {
      const words = lead.length
      // `according to` names a source whatever follows (`according to figures from the ministry`).
      const speaker = speakerAfter(tokens, k + words, lists, to) ?? phraseAfter(tokens, k + words, to)
      if (speaker) frames.push({kind: 'according-to', cue: [k, k + words - 1], speaker, at: k})
      continue
    }
    const verb = verbAt(tokens, k, lists)
    if (!verb) continue
    const sentenceEnd = lastOfSentence(tokens, k, to)
    const afterQuote = k > from && (tokens[k - 1].kind === 'quote' || (tokens[k - 1].text === ',' && tokens[k - 2]?.kind === 'quote'))
    // `was quoted as saying`, `quoted Smith as saying`: the speaker stands before `as`.
    if (token.lower === 'saying' && tokens[k - 1]?.lower === 'as') {
      const object = speakerBefore(tokens, k - 2, lists, from)
      const speaker = object && tokens[object[1]].lower !== 'quoted' ? object : speakerBefore(tokens, skipBack(tokens, k - 2, from), lists, from)
      if (speaker) frames.push({kind: 'verb', cue: [k, verb.end], speaker, at: k})
      continue
    }
    const start = firstOfSentence(tokens, k, from)
    let back = skipBack(tokens, k - 1, start)
    // `I started to think “…”`, `we want to ask`: the subject of the verb before `to`.
    const infinitive = back >= start && tokens[back].lower === 'to'
    if (infinitive) back = skipBack(tokens, back - 2, start)
    // Subject, then verb: `Smith said`, `the ministry also said`, `Smith, the chief executive, said`;
    // with `said` or `told`, which take no other subject, any noun phrase (`the prop said`).
    let subject = speakerBefore(tokens, back, lists, start) ?? phraseBefore(tokens, back, lists, start, !plain.test(token.lower))
    // `… declined to comment but said, “…”`: the subject of the sentence.
    // `Mourinho had his say, complaining: “…”`, `…, adding that “…”`: a participle takes the sentence's subject too.
    const participle = token.lower.endsWith('ing') && back >= start && tokens[back].text === ','
    const coordinated = back >= start && (tokens[back].lower === 'and' || tokens[back].lower === 'but' || participle)
    if (!subject && (coordinated || infinitive || plain.test(token.lower))) subject = sentenceSubject(tokens, start, Math.max(back, start - 1) + 1, lists)
    // `ask yourself, “…”`, `saying to myself “…”`: the words are the one the verb turns back on.
    const object = tokens[verb.end + 1]?.lower === 'to' ? verb.end + 2 : verb.end + 1
    if (!subject && reflexives.has(tokens[object]?.lower ?? '')) subject = [object, object]
    // `Paragraph M, Section 508 1194.22 states, "…"`: a verb right before the quotation reports; its subject opens the sentence.
    const introducesQuote = tokens[verb.end + 1]?.kind === 'quote' || (/^[,:]$/.test(tokens[verb.end + 1]?.text ?? '') && tokens[verb.end + 2]?.kind === 'quote')
    if (!subject && introducesQuote) subject = sentenceSubject(tokens, start, Math.max(back, start - 1) + 1, lists)
    // `I often get asked by the newer class of fellows, “…”`: a passive names the speaker after `by`.
    const passive = !subject && tokens[verb.end + 1]?.lower === 'by'
    if (passive) subject = speakerAfter(tokens, verb.end + 2, lists, sentenceEnd) ?? phraseAfter(tokens, verb.end + 2, sentenceEnd)
    // An imperative (`Ask the customer what they will do.`, `…, ask them`): the reader is to say the words.
    // (Or an infinitive with no one to say it: `a good time to reiterate the logistics: “…”`.)
    if (!subject && !afterQuote && lists.bases.has(token.lower) && !token.capital === (k !== start) && (k === start || tokens[k - 1].text === ',' || tokens[k - 1].lower === 'to')) {
      frames.push({kind: 'verb', cue: [k, verb.end], at: k})
      continue
    }
    const subjectAfterQuote = subject !== undefined && subject[0] > from && (tokens[subject[0] - 1].kind === 'quote' || (tokens[subject[0] - 1].text === ',' && tokens[subject[0] - 2]?.kind === 'quote'))
    // After a name or a personal pronoun, most strict verbs report (`Gail recalled the struggles.`).
    const person = subject !== undefined && !lists.alwaysStrict.has(verbText(tokens, k, verb.end)) && isPerson(tokens, subject, lists)
    if (verb.strict && !afterQuote && !subjectAfterQuote && !person && !passive && !reports(tokens, verb.end, sentenceEnd, lists)) continue
    if (subject) {
      frames.push({kind: 'verb', cue: [k, verb.end], speaker: subject, at: k})
      continue
    }
    // Verb, then subject, after a quotation or a comma, or opening the sentence: `"…," said Jane Smith`, `…, says Smith.`
    const opens = k === from || tokens[k - 1].sentence !== token.sentence || tokens[k - 1].text === ',' || tokens[k - 1].kind === 'quote'
    if (opens) {
      const speaker = speakerAfter(tokens, verb.end + 1, lists, sentenceEnd)
      if (speaker) frames.push({kind: 'verb', cue: [k, verb.end], speaker, at: k})
    }
  }
  return frames
}

/** A reporting verb ends the words before the colon at `k` (`Smith said:`, `he told reporters:`). */
function verbBefore(tokens: Token[], k: number, lists: Lists): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j].kind === 'word'; j--) if (verbAt(tokens, j, lists)) return true
  return false
}

/** Each phrase's words, split once (this runs for every word of every quotation's neighbourhood). */
/**
 * The first phrase (as words) that the words from `k` on spell, or undefined. Loops, not `find` and
 * `every`: it runs at every word of every sentence around a quotation, and their callbacks were one of
 * the quotation rule's largest allocations.
 */
function phraseAt(tokens: Token[], k: number, phrases: string[][]): string[] | undefined {
  const first = tokens[k]
  if (first?.kind !== 'word') return undefined
  for (const words of phrases) {
    // The first word decides most calls.
    if (words[0] !== first.lower) continue
    let n = 1
    while (n < words.length && tokens[k + n]?.kind === 'word' && tokens[k + n].lower === words[n]) n++
    if (n === words.length) return words
  }
  return undefined
}

function skipBack(tokens: Token[], k: number, floor: number): number {
  let j = k
  while (j >= floor && tokens[j].kind === 'word' && (between.has(tokens[j].lower) || /^\p{Ll}+ly$/u.test(tokens[j].text))) j--
  return j
}

const plain = /^(?:say|says|said|saying|tell|tells|told|telling)$/

function verbText(tokens: Token[], from: number, to: number): string {
  return from === to ? tokens[from].lower : tokens[from].lower + ' ' + tokens[to].lower
}

/** Any noun phrase before `said`: a determiner or a possessive, then words that are not function words. */
function phraseBefore(tokens: Token[], k: number, lists: Lists, floor: number, owned = false): [number, number] | undefined {
  if (k < floor || tokens[k].kind !== 'word' || closed.has(tokens[k].lower) || tokens[k].possessive) return undefined
  for (let j = k - 1; j >= floor && j >= k - 5; j--) {
    const token = tokens[j]
    if (token.kind !== 'word' || closed.has(token.lower) || lists.verbs.has(token.lower)) return undefined
    // With other verbs, only a phrase owned by a name (`Google's material design also talks about`).
    if (owned) {
      if (token.possessive && isName(token, lists)) return [j, k]
      continue
    }
    if (determiners.has(token.lower) || token.possessive) return [j, k]
  }
  return undefined
}

/** Up to four words after `according to`, to the first punctuation. */
function phraseAfter(tokens: Token[], k: number, to: number): [number, number] | undefined {
  let end = k - 1
  while (end + 1 <= to && end + 1 < k + 4 && tokens[end + 1].kind === 'word') end++
  return end >= k ? [k, end] : undefined
}

/** The sentence's subject: its first speaker phrase before `k` (`opening`: only at the sentence's start, after a determiner). */
export function sentenceSubject(tokens: Token[], start: number, k: number, lists: Lists, opening = false, strictStart = false): [number, number] | undefined {
  // A subject opens its sentence: look no further than its first words.
  for (let j = start; j < k && j < start + 40; j++) {
    if (tokens[j].kind === 'quote') return undefined
    if (opening && j > start + 3) return undefined
    if (!isHead(tokens[j], lists)) continue
    // A capitalised word opening a sentence is a name only before a comma, another capital or a verb (`Use short sentences` is not).
    if (strictStart && j === start && tokens[j].capital && !lists.speakers.has(tokens[j].lower) && !/^(?:[,(]|\p{Lu}.*|\p{Ll}+(?:ed|s)|is|was|had|has|will|would|can|could|did|does|said|says|told)$/u.test(tokens[j + 1]?.text ?? '')) return undefined
    let end = j
    while (end + 1 < k && isName(tokens[end + 1], lists)) end++
    return [j, end]
  }
  return undefined
}

