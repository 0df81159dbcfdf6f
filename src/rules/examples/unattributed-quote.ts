import type {Example} from '../define.ts'

export default [
  {
    title: 'A quotation with no speaker',
    input: 'The council voted on the budget.\n\n“We will not raise fares this year at all.”\n',
    messages: [
      '3:1-3:44: Quotation “We will not raise fares this year at all.” has no speaker; add who said this'
    ]
  },
  {
    title: 'A speaker next to the quotation attributes it',
    input: '“We will not raise fares this year at all,” the mayor said.\n\nJane Smith, the council’s leader, said: “The budget is balanced for the first time in years.”\n',
    messages: []
  },
  {
    title: 'A cue word is not a frame: the work, shares and profits say nothing',
    input: 'Tate’s shares have leapt 55% since March. “We expect another strong year for the group.”\n',
    messages: [
      '1:43-1:89: Quotation “We expect another strong year for the group.” has no speaker; add who said this'
    ]
  },
  {
    title: 'A source named at the end of the paragraph before does not attribute the next one',
    input: 'Retail sales rose above last year’s pace, economists said.\n\n“The high street has turned the corner at last.”\n',
    messages: [
      '3:1-3:49: Quotation “The high street has turned the corner at last.” has no speaker; add who said this'
    ]
  },
  {
    title: 'Newsroom style: the speaker goes on in the next paragraph, and over a multi-paragraph quotation',
    input: '“We will cut the budget,” said Allan Leslie of Discount Corp.\n\n“We will not raise fares this year at all.\n\n“And the buses will run on time, every one of them.”\n',
    messages: []
  },
  {
    title: 'A new quotation opening before the previous one closes',
    input: 'The prop said: "If we get stuffed in the front five our backs have had it. "We will see how good France are in the scrum."\n',
    messages: [
      '1:76-1:77: A new quotation opens here before the previous one closes; a closing mark or a paragraph break may be missing'
    ]
  },
  {
    title: 'Scare quotes and titles are not quotations',
    input: 'Critics called the plan a “stealth tax” and compared it to the film “The Great Escape”.\n',
    messages: []
  },
  {
    title: 'An unclosed quotation',
    input: 'The mayor said “we will not raise fares this year, and the budget is balanced.\n\nThe vote is next week.\n',
    messages: [
      '1:16-1:17: This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark'
    ]
  },
  {
    title: 'Reporting verbs, speaker nouns and mention cues extend by configuration',
    input: '“We will not raise fares this year at all,” the stewardess grumbled.\n',
    options: {speakers: ['stewardess'], verbs: ['grumble']},
    messages: []
  }
] satisfies Example[]
