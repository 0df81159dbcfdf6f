import type {Example} from '../define.ts'

export default [
  {
    title: 'The headline repeated under itself',
    input: '# Council approves new bus routes\n\n**Council approves new bus routes**\n\nThe council voted on Tuesday to add four routes.\n',
    messages: [
      "3:1-3:36: This bold line repeats the headline at line 1; remove the repeat"
    ]
  },
  {
    title: 'The front matter title repeated as a heading',
    input: '---\ntitle: Storm closes schools\n---\n\n# Storm closes schools\n\nEvery school in the county was closed on Monday.\n',
    messages: [
      "5:1-5:23: This heading repeats the front matter title (line 2); remove the repeat"
    ]
  },
  {
    title: 'A repeated subheading in one section is a warning',
    input: '# Budget\n\n## What the plan costs\n\nThe plan costs four million.\n\n## What the plan costs\n\nIt is paid for by a new levy.\n',
    messages: [
      "7:1-7:23: Heading “What the plan costs” repeats the heading at line 3; rename or remove one"
    ]
  },
  {
    title: 'Short labels of a Q&A layout may repeat',
    input: '# Interviews\n\n## Background\n\nShe grew up in the town.\n\n## Background\n\nHe moved here in 1990.\n',
    messages: []
  }
] satisfies Example[]
