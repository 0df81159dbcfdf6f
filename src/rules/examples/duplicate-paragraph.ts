import type {Example} from '../define.ts'

export default [
  {
    title: 'A paragraph pasted twice',
    input: 'The council met on Tuesday to vote on the new bus routes for the city.\n\nResidents asked for more buses at night.\n\nThe council met on Tuesday to vote on the new bus routes for the city.\n',
    messages: [
      "5:1-5:71: This paragraph repeats the paragraph at line 1; remove one copy"
    ]
  },
  {
    title: 'A run of paragraphs pasted twice is one finding',
    input: 'The storm closed every school in the county on Monday morning.\n\nCrews worked through the night to clear fallen trees from the roads.\n\nThe storm closed every school in the county on Monday morning.\n\nCrews worked through the night to clear fallen trees from the roads.\n',
    messages: [
      "5:1-7:69: Lines 5–7 repeat lines 1–3; remove one copy"
    ]
  },
  {
    title: 'A near copy (one word changed) is a warning',
    input: 'The new library will open in the spring, after two years of building work and a long debate about its cost to the town.\n\nVisitors can borrow books from the old branch until then.\n\nThe new library will open in the summer, after two years of building work and a long debate about its cost to the town.\n',
    messages: [
      "5:1-5:120: This paragraph nearly repeats the paragraph at line 1 (86% the same); keep one version"
    ]
  },
  {
    title: 'Short paragraphs are left to repeated-headline',
    input: 'More to follow.\n\nThe mayor spoke to reporters outside the town hall.\n\nMore to follow.\n',
    messages: []
  }
] satisfies Example[]
