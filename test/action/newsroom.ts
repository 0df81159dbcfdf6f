/** A simulated newsroom pull request: what each file is there to show. */
import {makeRepo, type Repo} from './harness.ts'

const words = ['budget', 'parks', 'roads', 'schools', 'water', 'housing', 'transit', 'police', 'libraries', 'bridges', 'taxes', 'zoning', 'clinics', 'parking', 'lighting',
  'sewers', 'ferries', 'museums', 'pools', 'markets', 'trees', 'sidewalks', 'shelters', 'buses', 'trams', 'fountains', 'stadiums', 'harbors', 'airports', 'tunnels']
const verbs = ['rise', 'fall', 'double', 'shrink', 'stall', 'grow', 'hold', 'jump', 'slide', 'climb']

/** 30 errors (a date that does not exist) and 30 warnings (“the the”): more than every cap. */
export const many = '# Many defects in one article\n\n' +
  words.map((word, i) => `Officials said ${word} spending would ${verbs[i % 10]} on February 30 after the the review number ${i}.\n`).join('\n')

const edited = '# Council approves the budget\n\nThe vote took place on June 31 in the main hall.\n\nResidents watched the vote on screens outside the building.\n'

const hostile = [
  '# Hostile article',
  '',
  '::add-mask::secret',
  '',
  '::error file=x::pwned',
  '',
  '##[error]legacy pwned',
  '',
  '::stop-commands::abc',
  '',
  'The mayor spoke on February 30 about the the harbor plan and its <b>costs</b> | `code`.',
  ''
].join('\n')

export const oldName = 'Ferry service resumes\n\nThe ferry service between the two islands resumed this week after repairs to the pier were finished.\nCaptains reported calm water and full boats on every crossing of the day.\n'

export const files = {
  changed: ['a,b:c%.md', 'news/edited.md', 'news/many.md', 'news/new-name.txt', 'news/line\n::warning::pwned.md'],
  unchanged: 'news/unchanged.md',
  deleted: 'news/deleted.md'
}

export const photos = 230

export function newsroom(): Repo {
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])
  const assets = Object.fromEntries(Array.from({length: photos}, (_, i) => [`assets/photo-${String(i).padStart(3, '0')}.jpg`, Buffer.concat([jpeg, Buffer.from([i])])]))
  return makeRepo(
    {
      'news/unchanged.md': '# Untouched\n\nThis article says the the same thing on June 31 and nobody changed it.\n',
      'news/deleted.md': '# Gone\n\nThis file has the the defect on February 30 and is deleted.\n',
      'news/old-name.txt': oldName,
      'news/edited.md': edited,
      'README.rst': 'not an article\n'
    },
    {
      ...assets,
      'news/deleted.md': null,
      'news/new-name.txt': {from: 'news/old-name.txt', value: oldName + 'The next crossing is planned for June 31 at noon.\n'},
      'news/edited.md': edited + '\nThe the council will meet again next week to review it.\n',
      'news/many.md': many,
      'a,b:c%.md': hostile,
      'news/line\n::warning::pwned.md': 'A file name with a new line in it, and the the repeat.\n'
    }
  )
}
