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
    title: 'A capitalised double',
    input: 'The Committee Committee met on Tuesday.\n',
    messages: [
      "1:5-1:24: Unexpected repeated `Committee`; remove one occurrence"
    ]
  },
  {
    title: 'Grammatical doubles and names that double are not findings',
    input: 'She had had enough of the delays. What it is is a tax on Walla Walla.\n',
    messages: []
  }
] satisfies Example[]
