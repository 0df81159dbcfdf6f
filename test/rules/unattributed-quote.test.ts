import {describe, expect, it} from 'vitest'
import {lint, quotes} from '../../src/index.ts'
import {check, md} from '../helpers.ts'

const rule = 'unattributed-quote'
const quote = (text: string) => check(text, {rule})

describe('unattributed-quote', () => {
  it('reports a bare quotation of five or more words, at the quotation', async () => {
    const findings = await quote(md('The council met late. “We will not raise fares this year at all.” The vote was close.'))
    expect(findings).toEqual([
      {rule, severity: 'warning', at: '1:23-1:66', reason: 'Quotation “We will not raise fares this year at all.” has no speaker; add who said this'}
    ])
  })

  it.each([
    ['speech verb after', '“We will not raise fares this year,” the mayor said.'],
    ['speech verb before', 'The mayor said, "We will not raise fares this year."'],
    ['says, present tense', '"We will not raise fares this year," says Mayor Ruiz.'],
    ['according to', 'According to the memo, "fares will not rise this year at all."'],
    ['told', 'She told reporters that "fares will not rise this year at all."'],
    ['sentence before', 'Ruiz spoke at noon. She added a warning. “Fares will not rise this year at all.”'],
    ['sentence after', '“Fares will not rise this year at all.” That was the mayor’s promise, she noted.'],
    ['speaker with a colon', 'Mayor Ruiz: “Fares will not rise this year at all.”'],
    ['stating', 'Peskov downplayed expectations, stating that “a lot of diplomatic work lies ahead.”'],
    ['dash attribution', '“Every day is the best kind of challenge at this job.” - **Kate Smith**']
  ])('accepts attribution: %s', async (_name, text) => {
    expect(await quote(md(text))).toEqual([])
  })

  it('requires attribution in the paragraph; the paragraph before introduces a quotation only with a colon that names the speaker', async () => {
    expect(await quote(md('The budget was tight this year.', '“We will not raise fares this year at all.”'))).toHaveLength(1)
    // A cue ending the paragraph before names a source, maybe another one: it does not attribute the next quotation.
    expect(await quote(md('Ridership rose above last year’s pace, economists said.', '“We will not raise fares this year at all.”'))).toHaveLength(1)
    expect(await quote(md('The mayor said the budget was tight. She expects cuts.', '“We will not raise fares this year at all.”'))).toHaveLength(1)
    expect(await quote(md('The mayor told the council:', '“We will not raise fares this year at all.”'))).toEqual([])
    expect(await quote(md('The figures were as follows:', '“We will not raise fares this year at all.”'))).toHaveLength(1)
    // The speaker carries through a run of quotation paragraphs, not past a paragraph of narration.
    const run = md('“We will cut the budget,” the mayor said.', '“We will not raise fares this year at all.”', '“And the buses will run on time, every one of them.”')
    expect(await quote(run)).toEqual([])
    const broken = md('“We will cut the budget,” the mayor said.', 'The council adjourned after an hour of debate.', '“And the buses will run on time, every one of them.”')
    expect(await quote(broken)).toHaveLength(1)
    // Nor past another source named in between.
    const other = md('“We will cut the budget,” the mayor said. Economists said growth would slow.', '“And the buses will run on time, every one of them.”')
    expect(await quote(other)).toHaveLength(1)
  })

  it('accepts a partial quotation after a named source in its sentence (corpus false positive)', async () => {
    expect(await quote(md('Executive Order 13571 directs agencies to “streamline service delivery and improve customer service.”'))).toEqual([])
    expect(await quote(md('We agree with Gov.UK that “the best way to build services is in the open.”'))).toEqual([])
    expect(await quote(md('The talks stalled. “We will never accept these terms under any circumstances.”'))).toHaveLength(1)
  })

  it.each([
    ['scare quotes', 'Officials called the plan “diametrically opposed” to the law.'],
    ['short partial quotes', 'He was “disappointed” but “not done” with the plan.'],
    ['titles of works', 'The report, “Fresh Peace Talks Between Ukraine and Russia,” is online.'],
    ['quotes in headings', '# “We Will Not Raise Fares This Year,” Mayor Vows\n\nBody text here.'],
    ['inline code', 'Run `echo "this is not a quotation at all"` to test.'],
    ['code blocks', '```\nprint("this is not a quotation at all")\n```'],
    ['HTML attributes', '<img alt="this is not a quotation at all" src="x.png">'],
    ['template tags', '{{< legacy-img alt="this is not a quotation at all" >}}'],
    ['URLs', 'Visit “https://example.gov/this/is/not/a/quotation/at/all” today.'],
    ['a label after a mention cue', 'Click the button labeled “Save and continue to the next page” below.']
  ])('does not treat %s as quotations', async (_name, text) => {
    expect(await quote(text)).toEqual([])
  })

  it('treats a multi-paragraph quotation as one, attributed in any paragraph', async () => {
    const attributed = md('“We are going to fix the buses,” the mayor said. “We will start with the northern routes', '“And then we will keep going until every route runs on time.”')
    const bare = md('“We are going to fix the buses and start with the northern routes', '“And then we will keep going until every route runs on time.”')
    expect(await quote(attributed)).toEqual([])
    const findings = await quote(bare)
    expect(findings).toMatchObject([{severity: 'warning', at: '1:1-3:62', reason: expect.stringContaining('over 2 paragraphs')}])
  })

  it('reports unbalanced quote marks that no chain explains, once per paragraph', async () => {
    const findings = await quote(md('The plan, the mayor said, was “the black box of government for years.', 'A new paragraph without a quote.'))
    expect(findings).toMatchObject([{severity: 'warning', reason: expect.stringContaining('never closed')}])
    const many = await quote('"'.repeat(1001) + ' text')
    expect(many.length).toBeLessThanOrEqual(2)
  })

  it('accepts an answer in a Q&A layout and a quotation introduced with a colon', async () => {
    expect(await quote(md('## What data is available?', '“One kind of data that is available is the job announcements API.”'))).toEqual([])
    expect(await quote(md('Here is how the director put it:', '“We will not raise fares this year at all.”'))).toEqual([])
  })

  it.each([
    ['a credit line in the next paragraph', md('“The prediction I am most confident in is more disruption.”', '– Jane Doe, Director, State Health Department')],
    ['a horizontal-bar credit', md('_“In the midst of chaos, there is also opportunity” ― Sun Tzu_')],
    ['a quotation that links to its source', md('Readers, “[spend about twice as much time with long-form content](https://example.org/study)”.')],
    ['quoted list items introduced by a colon', md('Here is what users told us in testing:', '- “This is extremely helpful and very clear!”\n- “I know just from this page where I want to be.”')],
    ['opinion and report verbs', md('Mirkin thinks “this type of technology can change our lives.”', 'Studies found that “the average data breach costs more than $3 million.”')],
    ['an event title ending with a period', md('I spoke at a White House event, “Opportunities & Challenges: Open Police Data and Ensuring Safety.”')],
    ['a paper title after published', md('1970: Codd published "A relational model of data for large shared data banks."')],
    ['a series of examples after a mention cue', md('The challenges involve questions like “How do we make better use of our time?”, “Do we have too many meetings every week?”, or “How do we include the right people here?”')],
    ['a notion, not speech', md('So this notion of “you only need to plan for the next two weeks” is new.')],
    ['a question in a bold interview line', md('**What says to you "Boom, we were successful in this project?"**')],
    ['a verb of shouting', md('After fifteen minutes, I yelled “LEGOS DOWN. SPRINT IS DONE! Time for the demo.”')],
    ['examples after a mention cue', md('Use statements like “it sounds like what you heard today” often.', 'For example, “So that team members can plan their week” is a story.')],
    ['a quotation used as a noun phrase', md('"What does a Product Manager do all day?" is a question I get a lot.')],
    ['a lower-case fragment in the writer’s sentence', md('It is human nature to take it “one step at a time, every day.”')],
    ['a definition after a copula', md('An inspirational vision is “People never go hungry across the nation.”')],
    ['examples in parentheses', md('The survey covered team dynamics (“I feel like I belong on this team”) and growth.')],
    ['a run of example quotations', md('Talk to them plainly. “Help us redesign USAJOBS today,” “We value all of your feedback,” “Your feedback will shape our design.”')],
    ['a change from one wording to another', md('The description changed from "people online right now" to "people on government websites now."')],
    ['a pull quote in a blockquote', md('> “Many of life’s failures are people who did not realize how close they were to success.”')],
    ['a pull quote after a subhead and a rule', md('## Voices', '---', '> “We will keep the doors open as long as people need us.”')],
    ['a testimonial in italics', md('_"Thank you! Quick, helpful information. I appreciate it."_')],
    ['an example after a label in a list item', md('- Unacceptable – “#Rio2016 is happening in Brazil. Learn how we can help you export”')],
    ['an answer after a question in the paragraph', md('What advice does Aaron have for other agencies? "Choose a low-risk option to build your pilot."')],
    ['a heading that names the source', md('### Tip from Dan Williams, Product Lead', '"Know your team structure and resources before you start building."')],
    ['an epigraph credited on the next line', md('> *“It is not enough to adapt to today’s demands, we must anticipate changes.”*\n> Dan Tangherlini, Administrator, GSA')],
    ['a page citation', md('That balance matters. “Neglect slows the adoption of emerging technologies in every agency” (p. 15).')],
    ['a source named at the start of the next paragraph', md('“I have never seen so many people of all ages walking around our civic spaces.”', 'Of course this Facebook commenter is referring to the new game.')],
    ['a dash credit with a link', md('“All government websites should not look exactly the same as each other.” —[via 18F](https://18f.gsa.gov/)')],
    ['a question the reader is thinking', md('Now you’re probably thinking, “Why would my agency let me spend time on this?”')],
    ['a quotation running through a list', md('The manifesto begins: "We are uncovering better ways of developing software:', '- Individuals and interactions over processes and tools', '- Working software over comprehensive documentation', 'That is, we value the items on the left more." — The Agile Manifesto')],
    ['attribute values in a shortcode', md('[soundcloud url=”https://api.soundcloud.com/tracks/1″ params=”color=ff5500&auto_play=false” width=”100%”]')]
  ])('does not report corpus false-positive pattern: %s', async (_name, text) => {
    expect(await quote(text)).toEqual([])
  })

  it('still reports what edited copy gets wrong: crossed marks, and quotations run on without reopening marks', async () => {
    const crossed = await quote(md('They said ‘Alright, let’s do the market research product now.”'))
    expect(crossed).toMatchObject([{reason: expect.stringContaining('no partner')}])
    const first = '“We saw the transition from hot type to cold type, and then to the desktop,” Clark said. “Then came the Web.'
    const runOn = await quote(md(first, 'Some bureaus resisted it for years.” In 1994 the site went online.'))
    const column = first.indexOf('“Then') + 1
    expect(runOn).toMatchObject([{at: `1:${column}-1:${column + 1}`, reason: expect.stringContaining('runs over 2 paragraphs')}])
    const bare = await quote(md('The bus fleet is old.', '“Every one of these buses should have been replaced ten years ago.”', 'The council will vote in May.'))
    expect(bare).toMatchObject([{reason: expect.stringContaining('has no speaker')}])
  })

  it('does not take a cue inside a neighbouring paragraph\'s quotation as attribution: those are the quoted person\'s words', async () => {
    const both = md('"The minister said we would all be paid by Friday, and we never were."', '"According to the contract we should have been paid in March of this year."')
    expect((await quote(both)).map((f) => f.at)).toEqual(['1:1-1:71', '3:1-3:76'])
    // The same with curly marks and the cue mid-quotation.
    const curly = md('“Every one of these buses should have been replaced ten years ago.”', '“As the mayor told us, the money was there all along.”')
    expect((await quote(curly)).map((f) => f.at)).toEqual(['1:1-1:68', '3:1-3:55'])
    // A frame outside the marks in the sentence after credits the quotation; in the next paragraph it does not.
    expect(await quote(md('“Every one of these buses should have been replaced ten years ago.” That is what the drivers’ union said in its letter.'))).toEqual([])
    expect(await quote(md('“Every one of these buses should have been replaced ten years ago.”', 'That is what the drivers’ union said in its letter.'))).toHaveLength(1)
  })

  it('reads a hard-wrapped paragraph as one, even where a line break falls between sentences', async () => {
    const text = '“Not really,” said Lynda Lastowka with a smile, “not anymore anyway.\nEverybody else does, and we will keep doing it.”\n'
    expect(await quote(text)).toEqual([])
  })

  it('handles nested and mixed quote marks', async () => {
    expect(await quote(md('Kate notes, “I join project teams "in person" and start earlier than I did in an office.”'))).toEqual([])
    expect(await quote(md('The mayor said, “If you do it just right, the horse is going to move."'))).toEqual([])
  })

  it('takes a minimum length option', async () => {
    const text = md('“Fares will not rise soon.”')
    expect(await quote(text)).toHaveLength(1)
    expect(await check(text, {rule, config: {rules: {[rule]: ['warning', {minWords: 6}]}}})).toEqual([])
  })
})

/** Lint Markdown (or text, by path) and return whole messages of this rule. */
async function messages(text: string, path = 'a.md'): Promise<string[]> {
  const file = await lint(text, {path})
  return file.messages.filter((m) => m.ruleId === 'unattributed-quote').map(String)
}

describe('unattributed-quote: frames, not cue words (patterns read on news and blog copy)', () => {
  it.each([
    ['a verb that reports nothing', 'The work continued. “We are hoping the strike will be of very brief duration.”', ['a.md:1:21-1:79: Quotation “We are hoping the strike will be of very brief du…” has no speaker; add who said this']],
    ['a noun that speaks for no one', 'Tate’s shares have leapt 55%. “We are hoping the strike will be of very brief duration.”', ['a.md:1:31-1:89: Quotation “We are hoping the strike will be of very brief du…” has no speaker; add who said this']],
    ['posted a profit', 'TimeWarner posted a profit. “We are hoping the strike will be of very brief duration.”', ['a.md:1:29-1:87: Quotation “We are hoping the strike will be of very brief du…” has no speaker; add who said this']],
    ['attribution stripped from a real quotation', 'Dealers were cautious.\n\n"Rates should drift lower over the next few weeks."\n', ['a.md:3:1-3:52: Quotation “Rates should drift lower over the next few weeks.” has no speaker; add who said this']]
  ])('reports %s', async (_name, text, expected) => {
    expect(await messages(md(text))).toEqual(expected)
  })

  it.each([
    ['a possessive-looking name', '"The costs have substantially exceeded original indications," Moody\'s said in a release.'],
    ['an appositive set off by dashes', '"LG Card will not need any more financial aid after this," Laah Chong-gyu, executive director of Korea Development Bank - one of the firm\'s creditors - said.'],
    ['a coordinated verb', 'Edwin Jacobson, the president, declined to comment on the stock but said, "From an investment point of view, we are pleased."'],
    ['a participle after a comma', 'Mourinho had his say on that game, complaining: "Five-four is a hockey score, not a football score."'],
    ['a subject right after the quotation', '"It\'s hard to put a date on it for now," a Premier League spokesman confirmed to BBC Sport.'],
    ['one of a group, inverted', '“The openness makes crowdsourcing solutions vulnerable to sabotage,” said one of the study’s authors.'],
    ['newsroom shorthand for a person', '"If I am to compete in it, it is only if I can win," said the 30-year-old, who is retiring.'],
    ['what was said, then a colon', 'When one pupil asked Mr McConnell about drinking, he began his response with the quip: "I\'m sure there\'s no under-age drinking here."'],
    ['a clause about the speaker before a colon', 'Through his infectious enthusiasm, he offers this advice: “The purpose of a prize is to make everyone a hero.”'],
    ['to quote', 'To quote Alan Turing, “Sometimes it is the people no one can imagine anything of who do the things.”'],
    ['as described in a document', 'As described in the ACS information guide, “The ACS is a nationwide survey that collects information.”'],
    ['cites that', 'In terms of groups, Pew cites that “10 percent of Americans own a smartphone but no broadband at home.”'],
    ['an imperative: the reader is to say it', 'Ask the customer what they will do to meet their goals. “What changes are we testing this quarter?”'],
    ['a passive with by', 'I often get asked by the newer class of fellows, “What does a successful year typically look like?”'],
    ['a possessive name and what it said', 'In the present, NASA’s vision is broader — “We will continue to push the frontier of space for all.”'],
    ['a quotation in a table', '| Adults | “I want ideas for how to fit activity into my day at work.” |\n|---|---|\n| Parents | “I want to find activities I can do with my child.” |'],
    ['a speech act in the sentence before (criticised)', 'But union leader Dave Prentis criticised the plans. "If you want good public services you do not get them by hitting people."'],
    ['a name after a lower-case prefix', 'And the ex-Wallaby added: "If England lost that, they would be in bloody turmoil."'],
    ['a person then a strict verb', 'Gail recalled the struggles inherent in this situation. “You’re constantly thinking about the next client and the one after.”']
  ])('attributes %s', async (_name, text) => {
    expect(await messages(md(text))).toEqual([])
  })

  it('reads the speaker as written, the cue and where they stand', async () => {
    const model = await quotes(md('“We will cut the budget this year,” said Allan Leslie of Discount Corp.', '“And the buses will run on time, every one of them.”', 'Officials said the plan was sound. “The plan is sound and the money is there for it.”'), {path: 'a.md'})
    expect(model.quotations.map((q) => [q.kind, q.attribution?.speaker, q.attribution?.cue, q.attribution?.frame, q.attribution?.where])).toEqual([
      ['speech', 'Allan Leslie', 'said', 'verb', 'sentence'],
      ['speech', 'Allan Leslie', 'said', 'continuation', 'paragraph-before'],
      ['speech', 'Officials', 'said', 'verb', 'sentence-before']
    ])
  })

  it('ends a continuation at a sentence about someone else', async () => {
    const text = md('“Exploration is currently pretty flat this year,” Holmes said.', 'Patel, whose lab has met with success, thanked the judges. “Remember to thank your judges and help them.”')
    expect(await messages(text)).toEqual(['a.md:3:60-3:106: Quotation “Remember to thank your judges and help them.” has no speaker; add who said this'])
  })

  it('reports a new quotation opening before the previous one closes once per paragraph, and keeps the chain one quotation', async () => {
    const text = 'Headline\nSenior business manager Jon Walton said: "It has been phenomenal - absolutely mobbed. "Every week footfall has been showing strong growth. "At the weekends it has been going mad."\n'
    expect(await messages(text, 'a.txt')).toEqual([
      'a.txt:2:87-2:88: A new quotation opens here before the previous one closes (2 times in this paragraph); a closing mark or a paragraph break may be missing'
    ])
    const model = await quotes(text, {path: 'a.txt'})
    expect(model.quotations).toHaveLength(1)
    expect(model.quotations[0].attribution?.speaker).toBe('Senior business manager Jon Walton')
  })

  it('reads a straight mark between letters as a stray apostrophe, not an opening that swallows the next quotation', async () => {
    const text = md('Saudi Arabia, the world"s largest oil exporter, held output, the sources said.', 'Officials spoke.', '"Saudi Arabia is completely sticking to OPEC decisions."')
    expect(await messages(text)).toEqual([
      'a.md:1:24-1:25: This quote mark has no partner; add the missing mark or remove this one',
      'a.md:5:1-5:57: Quotation “Saudi Arabia is completely sticking to OPEC decis…” has no speaker; add who said this'
    ])
  })

  it('takes a frame after a comma inside a quotation never closed as its speaker (the closing mark went missing)', async () => {
    const text = md('Teams use Slack.', '“It’s a great way to keep our conversations in one place without digging through emails, said Kasia Galica, a strategist.')
    expect(await messages(text)).toEqual(['a.md:3:1-3:2: This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark'])
  })

  it('extends reporting verbs, speaker nouns and mention cues by configuration', async () => {
    const text = md('The stewardess grumbled. “We will not raise fares this year at all.”', 'He was nicknamed “Never stop playing until the end comes.”')
    const before = await lint(text, {path: 'a.md'})
    expect(before.messages.map(String)).toEqual([
      'a.md:1:26-1:69: Quotation “We will not raise fares this year at all.” has no speaker; add who said this',
      'a.md:3:18-3:59: Quotation “Never stop playing until the end comes.” has no speaker; add who said this'
    ])
    const config = {rules: {'unattributed-quote': ['warning', {verbs: ['grumble'], speakers: ['stewardess'], mentionCues: ['nicknamed']}] as ['warning', Record<string, unknown>]}}
    expect((await lint(text, {path: 'a.md', config})).messages.map(String)).toEqual([])
  })
})

describe('unattributed-quote: quoted words that are not speech (issue 9)', () => {
  it('reads the quote marks of a spreadsheet formula in running text as code, not as unbalanced quotations', async () => {
    expect(await messages(md('To count both spellings, type =countif(A:A,”colour”)+countif(A:A,”color”) in an empty cell and press enter.'))).toEqual([])
    // A stray mark outside the formula is still one.
    expect(await messages(md('To count both spellings, type =countif(A:A,”colour”)+countif(A:A,”color”) in an empty cell. The shop”s best cell.'))).toEqual([
      'a.md:1:101-1:102: This quote mark has no partner; add the missing mark or remove this one'
    ])
  })

  it('reads quote marks nested in an HTML attribute as markup, even where they break the tag', async () => {
    expect(await messages(md('<img src="a.png" alt="The app’s "What’s New" screen on a tablet." width="250">This year the app added payments.'))).toEqual([])
    // Outside a tag, the same marks are prose: a stray mark is still reported.
    expect(await messages(md('The app’s "What’s New" screen opens first. It says ”hello.'))).toEqual([
      'a.md:1:52-1:53: This quote mark has no partner; add the missing mark or remove this one'
    ])
  })

  it('carries a speaker on when the paragraph between names only them again: a pronoun, or the name a pronoun stood for', async () => {
    const said = (who: string) => md(
      'Ms Okafor said the plan was fair. And she defended the timing. “We talked it through with every council in the country,” she told the radio. Councils had to cope without “huge rises in bills”, she added. ' + who + ' rejected claims the move was political.',
      '“This is an answer to what the councils themselves have asked of us.”'
    )
    expect(await messages(said('Ms Okafor'))).toEqual([])
    // Another name between them is another source: the chain ends.
    expect(await messages(said('Mr Grant'))).toEqual(['a.md:3:1-3:70: Quotation “This is an answer to what the councils themselves…” has no speaker; add who said this'])
  })

  it('lets a quotation run through items of a list written as paragraphs (each ending in a comma), not through prose', async () => {
    const items = (...lines: string[]) => md('The charter reads: "We hold these to be our working rules:', ...lines, 'That is, we try the left side first." — The Team Charter')
    expect(await messages(items('**Ship small changes** over big releases,', '**Talk to users** over guessing,'))).toEqual([])
    expect(await messages(items('**Ship small changes** over big releases.', '**Talk to users** over guessing.'))).toEqual([
      'a.md:1:20-1:21: This quotation runs over 4 paragraphs, but only the first opens with a quote mark; open each paragraph of a multi-paragraph quotation with one'
    ])
  })

  it('reads a quotation that fills a box a template opens and closes as set off by layout, like a pull quote', async () => {
    const words = '“We have three ways to fix the road, and I would like you to pick one of them.”'
    expect(await messages(md('{{< box >}}\n' + words + '\n{{< /box >}}'))).toEqual([])
    expect(await messages(md('{% callout %}\n' + words + '\n{% endcallout %}'))).toEqual([])
    // Narration in the box with it, or a template tag that opens no box (an image), sets nothing off.
    expect(await messages(md('{{< box >}}\nThe council met. ' + words + '\n{{< /box >}}'))).toEqual([
      'a.md:2:18-2:97: Quotation “We have three ways to fix the road, and I would l…” has no speaker; add who said this'
    ])
    expect(await messages(md('{{< legacy-img src="a.png" >}}\n' + words + '\n{{< legacy-img src="b.png" >}}'))).toEqual([
      'a.md:2:1-2:80: Quotation “We have three ways to fix the road, and I would l…” has no speaker; add who said this'
    ])
  })

  it('takes children as speakers, and an image between a colon paragraph naming them and their words as no break', async () => {
    const words = '“Painting is fun, but also messy and we did our best.”'
    expect(await messages(md('The two girls later wrote this note:', words))).toEqual([])
    expect(await messages(md('The two girls later wrote this note:', '![A note](note.jpg)', words))).toEqual([])
    // Without a colon, or with a colon that names no one, the image does not make an introduction.
    expect(await messages(md('The two girls later wrote this note.', '![A note](note.jpg)', words))).toEqual([
      'a.md:5:1-5:55: Quotation “Painting is fun, but also messy and we did our be…” has no speaker; add who said this'
    ])
    expect(await messages(md('The paint was still wet:', '![A note](note.jpg)', words))).toEqual([
      'a.md:5:1-5:55: Quotation “Painting is fun, but also messy and we did our be…” has no speaker; add who said this'
    ])
  })

  it('reads a quotation the next sentence points back at as a slogan or motto as a set phrase, not speech', async () => {
    expect(await messages(md('“We will not raise fares this year at all.” A survey shows riders have taken this cheerful slogan to heart.'))).toEqual([])
    expect(await messages(md('“We will not raise fares this year at all.” It’s a motto the council has used for years.'))).toEqual([])
    // A slogan that is not this one, or one named a sentence further on, says nothing about the quotation.
    expect(await messages(md('“We will not raise fares this year at all.” The council needs a new slogan.'))).toEqual([
      'a.md:1:1-1:44: Quotation “We will not raise fares this year at all.” has no speaker; add who said this'
    ])
    expect(await messages(md('“We will not raise fares this year at all.” The vote was close. Riders took this slogan to heart.'))).toEqual([
      'a.md:1:1-1:44: Quotation “We will not raise fares this year at all.” has no speaker; add who said this'
    ])
  })

  it('reads questions right after a sentence that speaks to the reader as questions for the reader to ask', async () => {
    expect(await messages(md('Before the meeting ends, get your client to commit to a next step. “If the test works, what will you change first? And if it fails?”'))).toEqual([])
    // Narration that does not speak to the reader, or a quotation that is not a question, is still reported.
    expect(await messages(md('Before the meeting ends, the client committed to a next step. “If the test works, what will you change first? And if it fails?”'))).toEqual([
      'a.md:1:63-1:128: Quotation “If the test works, what will you change first? An…” has no speaker; add who said this'
    ])
    expect(await messages(md('Before the meeting ends, get your client to commit to a next step. “If the test works, we will change the form first. If it fails, we stop.”'))).toEqual([
      'a.md:1:68-1:141: Quotation “If the test works, we will change the form first.…” has no speaker; add who said this'
    ])
  })

  it('takes an HTML link right before a quotation as its source, as a Markdown link is', async () => {
    const words = '“Food banks, shelters, legal aid clinics, and the State Office on Housing.”'
    expect(await messages(md('The list points <a href="https://example.gov/list">to local services</a>: ' + words))).toEqual([])
    // Other markup before it, or a link further back, names no source.
    expect(await messages(md('The list points to <b>local services</b>: ' + words))).toEqual([
      'a.md:1:43-1:118: Quotation “Food banks, shelters, legal aid clinics, and the…” has no speaker; add who said this'
    ])
    expect(await messages(md('The list points <a href="https://example.gov/list">to local services</a>. The council met. ' + words))).toEqual([
      'a.md:1:92-1:167: Quotation “Food banks, shelters, legal aid clinics, and the…” has no speaker; add who said this'
    ])
  })

  it('keeps a speaker through a paragraph that names only them again, a sentence adverb and an O’ name included', async () => {
    const first = '"We were unlucky today and everybody in the ground knows it," said O\'Brien. It was a tense game against the champions. Nonetheless, all O\'Brien cares about is the next match.'
    const next = '"We will be back next week and we will be ready for them."'
    expect(await messages(md(first, next))).toEqual([])
    // A sentence about someone else in between ends the chain.
    const other = first.replace('Nonetheless, all O\'Brien cares about is the next match.', 'Meanwhile, the coach Jane Roe praised the defence.')
    expect(await messages(md(other, next))).toEqual([
      'a.md:3:1-3:59: Quotation “We will be back next week and we will be ready fo…” has no speaker; add who said this'
    ])
  })

  it('reads a speaker named by title and post-modifier, or by a name between commas after a title', async () => {
    expect(await messages(md('"People want more ways to watch, and at more price points," Lumen\'s head of product, Carla Dent, said in an interview.'))).toEqual([])
    expect(await messages(md('"We want the service to be the first thing people open," Acme\'s head of sales said.'))).toEqual([])
    expect(await messages(md('"The launch went better than anyone at the company expected," the director of communications said.'))).toEqual([])
    expect((await quotes(md('"The launch went better than anyone at the company expected," Acme\'s director of communications, Carla Dent, said.'), {path: 'a.md'})).quotations[0].attribution?.speaker).toBe('Carla Dent')
  })

  it('gives the speaker as written: the subject of the reporting verb, not of a later verb, and a phrase headed by one', async () => {
    const speakers = async (text: string) => (await quotes(text, {path: 'a.md'})).quotations.map((q) => `${q.attribution?.cue} ${q.attribution?.speaker}`)
    expect(await speakers(md('White House spokeswoman Kelly Marsh said the figures showed "an economy in transition and not in a recession at all."'))).toEqual([
      'said White House spokeswoman Kelly Marsh'
    ])
    expect(await speakers(md('"I have never felt better before a final in my whole career," the world number one said.'))).toEqual(['said the world number one'])
    expect(await speakers(md('"We will appeal against the ruling as soon as we can," a spokesman told the BBC.'))).toEqual(['told a spokesman'])
  })

  it('takes a mission, vision or pledge introduced by its noun as a set phrase, not speech', async () => {
    expect(await messages(md('Orbis Health was founded in 2019. Its mission: "Better care, sooner, for everyone in the region."'))).toEqual([])
    expect(await messages(md('The party went into the election with one promise. Their pledge: "No new taxes on working families this decade."'))).toEqual([])
    expect(await messages(md('Orbis Health was founded in 2019. It employs 300 people. "Better care, sooner, for everyone in the region."'))).toEqual([
      'a.md:1:58-1:108: Quotation “Better care, sooner, for everyone in the region.” has no speaker; add who said this'
    ])
  })

  it('takes a paragraph that is only a link to a document (and a note in brackets) under a quotation as its source line', async () => {
    const words = '“Agencies should update their websites to point people to the services they need now.”'
    const intro = 'The memo went out in March.'
    expect(await messages(md(intro, words, '[Memo M-20-19, Keeping services running](https://example.gov/m-20-19.pdf) (PDF, 5 pages)'))).toEqual([])
    // A sentence with a link in it is no source line.
    expect(await messages(md(intro, words, '[Watch the webinar](https://example.gov/webinar), first shown in May.'))).toEqual([
      'a.md:3:1-3:87: Quotation “Agencies should update their websites to point pe…” has no speaker; add who said this'
    ])
  })

  it('leaves a closing mark alone when its opening mark stands in raw HTML before the paragraph', async () => {
    const pull = (open: string) => md(`${open}\n  “My path to the team began in 2012, when I was still at school.`, '  I joined in 2015 and never looked back.” – Jane\n</blockquote>\n</div>')
    expect(await messages(pull('<div class="pquote">\n<blockquote>'))).toEqual([])
    // Without the HTML around it, the closing mark has no partner.
    expect(await messages(md('My path to the team began in 2012, when I was still at school.', 'I joined in 2015 and never looked back.” – Jane'))).toEqual([
      'a.md:3:40-3:41: This quote mark has no partner; add the missing mark or remove this one'
    ])
  })

  it('takes a speaker who takes the floor in the sentence right before (got up, took the stage) as the one who speaks', async () => {
    expect(await messages(md('The second team got up. “We present to you the bus of the future, built from paper cups.”'))).toEqual([])
    expect(await messages(md('The mayor took the stage. “We present to you the bus of the future, built from paper cups.”'))).toEqual([])
    // Any other narrative sentence about them, or something that rose, names no speaker.
    expect(await messages(md('The second team was nervous. “We present to you the bus of the future, built from paper cups.”'))).toEqual([
      'a.md:1:30-1:95: Quotation “We present to you the bus of the future, built fr…” has no speaker; add who said this'
    ])
    expect(await messages(md('Prices rose. “We present to you the bus of the future, built from paper cups.”'))).toEqual([
      'a.md:1:14-1:79: Quotation “We present to you the bus of the future, built fr…” has no speaker; add who said this'
    ])
  })
})
