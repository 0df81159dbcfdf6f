import type {Example} from '../define.ts'

export default [
  {
    title: 'Front matter that cannot be read',
    input: '---\ntitle: [unclosed\n---\n\nThe story goes on.\n',
    messages: [
      "2:17-3:1: Invalid front matter: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the YAML so the site can read the article's fields"
    ]
  },
  {
    title: 'Front matter after blank lines',
    input: '\n---\ntitle: Buses\n---\n\nThe story goes on.\n',
    messages: [
      "1:1-3:1: Front matter starts after blank lines, so sites read it as body text; remove the blank lines before `---`"
    ]
  }
] satisfies Example[]
