import type {Example} from '../define.ts'

export default [
  {
    title: 'A quotation with no speaker',
    input: 'The council voted on the budget.\n\n“We will not raise fares this year at all.”\n',
    messages: [
      "3:1-3:44: Quotation “We will not raise fares this year at all.” has no attribution; name the speaker or source in this sentence or the next"
    ]
  },
  {
    title: 'A speaker next to the quotation attributes it',
    input: '“We will not raise fares this year at all,” the mayor said.\n\nJane Smith, the council’s leader, said: “The budget is balanced for the first time in years.”\n',
    messages: []
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
      "1:16-1:17: This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark"
    ]
  }
] satisfies Example[]
