import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.ts'
import {check, md} from '../helpers.ts'
import {isWhiteSpace, whiteSpace} from '../../src/bridge/lazy-tree.ts'

describe('repeated-words', () => {
  it('wraps retext-repeated-words with the stable ruleId `repeated-words`', async () => {
    const file = await lint(md('The council voted on the the budget.'), {path: 'a.md'})
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message.ruleId).toBe('repeated-words')
    expect(message.source).toBe('copydesk')
    expect(message.fatal).toBe(false)
    expect(message.actual).toBe('the the')
    expect(message.expected).toEqual(['the'])
    expect(String(message)).toBe('a.md:1:22-1:29: Unexpected repeated `the`; remove one occurrence')
  })

  it('leaves a doubled place name in capitals (an agency dateline) alone, not a doubled word in capitals or lower case', async () => {
    const found = await check(md('WALLA WALLA, Wash. (AP) — The mayor conceded on Friday.', 'BORA BORA was warm. We need to talk talk about it. THE THE end.'), {rule: 'repeated-words'})
    expect(found.map((f) => `${f.at} ${f.reason}`)).toEqual([
      '3:32-3:41 Unexpected repeated `talk`; remove one occurrence',
      '3:52-3:59 Unexpected repeated `THE`; remove one occurrence'
    ])
  })

  it('leaves legal and deliberate repeats alone', async () => {
    expect(await check(md('They had had enough. He said that that was fine.'), {rule: 'repeated-words'})).toEqual([])
    // Corpus false-positive patterns: triplication and a quoted reduplication.
    expect(await check(md('It was a stretch goal ... yada yada yada. _Help help help, meeting overload._', 'This is where “done done” comes in, “done done.”'), {rule: 'repeated-words'})).toEqual([])
    expect(await check(md('There is much much more to say, and far far better ways.', 'Send GET get /agencies to the API.', 'search.usa.gov<br /> search.usa.gov'), {rule: 'repeated-words'})).toEqual([])
  })

  it('finds a word doubled before the last full stop of a paragraph, whatever the next block starts with', async () => {
    // Tokenized as one document, the next block's lower-case start was merged into this sentence and the pair was lost.
    for (const next of ['eBay said it would comply.', 'and the council agreed.', '- said Ruiz', '* * *']) {
      expect(await check(md('The mayor said he was ready to go go.', next), {rule: 'repeated-words'}), next).toEqual([
        {rule: 'repeated-words', severity: 'warning', at: '1:32-1:37', reason: 'Unexpected repeated `go`; remove one occurrence'}
      ])
    }
    expect(await check('The mayor said he was ready to go go.\nsaid Ruiz, a spokesman.\n', {path: 'a.txt', rule: 'repeated-words'})).toHaveLength(1)
  })

  it('finds capitalised doubles (`Committee Committee`, `Mr Mr`), which retext-repeated-words passes over', async () => {
    const file = await lint(md('The Committee Committee met on Tuesday.', 'Mr Mr Smith said no.'), {path: 'a.md'})
    expect(file.messages.map(String)).toEqual([
      'a.md:1:5-1:24: Unexpected repeated `Committee`; remove one occurrence',
      'a.md:3:1-3:6: Unexpected repeated `Mr`; remove one occurrence'
    ])
    expect(file.messages[0].actual).toBe('Committee Committee')
    expect(file.messages[0].expected).toEqual(['Committee'])
  })

  it('leaves names that double and grammatical doubles alone', async () => {
    const file = await lint(md(
      'He grew up in Walla Walla and studied in Baden-Baden.',
      'Boutros Boutros-Ghali spoke. D. D. will pop up.',
      'What it is is a tax. All it was was a delay. They had had enough.',
      'Pak Pak is a town. The mayor of Pak Pak said so.'
    ), {path: 'a.md'})
    expect(file.messages.map(String)).toEqual([])
  })

  it('reads white space as parse-latin does, for every code unit', () => {
    const differ: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== whiteSpace.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })
})
