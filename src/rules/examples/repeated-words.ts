import type {Example} from '../define.ts'

export default [
  {
    title: 'A doubled word',
    input: 'The council voted on the the budget.\n',
    messages: [
      "1:22-1:29: Unexpected repeated `the`; remove one occurrence"
    ]
  },
  {
    title: 'Grammatical doubles are not findings',
    input: 'She had had enough of the delays.\n',
    messages: []
  }
] satisfies Example[]
