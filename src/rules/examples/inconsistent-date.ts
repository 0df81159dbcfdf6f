import type {Example} from '../define.ts'

export default [
  {
    title: 'A weekday that contradicts its date',
    input: 'The vote was held on Monday, July 22, 2025, after a long debate.\n',
    messages: [
      "1:22-1:43: July 22, 2025 was a Tuesday, not a Monday; correct the weekday (Tuesday) or the date (Monday is July 21)"
    ]
  },
  {
    title: 'A date that does not exist',
    input: 'The office will reopen on June 31, 2025, the council said.\n',
    messages: [
      "1:27-1:40: June 31, 2025 does not exist (June has 30 days); check the date"
    ]
  },
  {
    title: 'The year comes from the front matter date',
    input: '---\ndate: 2025-07-20\n---\n\nThe vote is on Wednesday, July 22.\n',
    messages: [
      "5:16-5:34: July 22, 2025 was a Tuesday, not a Wednesday; correct the weekday (Tuesday) or the date (Wednesday is July 23)"
    ]
  },
  {
    title: 'A day-month date that cannot exist, with no year',
    input: 'The talks resume on Friday, 30 February, officials said.\n',
    messages: [
      "1:21-1:40: 30 February does not exist (February has at most 29 days); check the date"
    ]
  },
  {
    title: 'A correct weekday',
    input: 'The vote was held on Tuesday, July 22, 2025.\n',
    messages: []
  }
] satisfies Example[]
