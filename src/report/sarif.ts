/**
 * `--format sarif`: SARIF 2.1.0, the interchange format code scanning and
 * review tools read. One result per finding; locations relative to the
 * working folder, with `uriBaseId: 'SRCROOT'`. The run defines no
 * `originalUriBaseIds`: an entry there must be an absolute URI ending in '/'
 * (§3.14.14), i.e. the working folder's absolute path, which would make the
 * log depend on the machine; code scanning (github/codeql-action) resolves
 * relative URIs against the checkout, as it does for CodeQL's own logs.
 */
import type {FileResult} from '../engine/index.ts'
import {ruleIds} from '../preset.ts'
import {DOCS} from '../rules/define.ts'
import {records, type Severity} from './records.ts'

const level: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}
const descriptions: Record<string, string> = {
  'duplicate-paragraph': 'A paragraph, or a run of paragraphs, repeats an earlier one.',
  'repeated-headline': 'The headline, or another heading, appears again.',
  'unattributed-quote': 'A direct quotation names no speaker or source; or its quote marks are unbalanced.',
  'inconsistent-date': 'A weekday contradicts its date, a date does not exist, or dates disagree.',
  'repeated-words': 'A word is repeated (“the the”).',
  'front-matter': 'The YAML front matter cannot be read.',
  skipped: 'The file could not be linted.'
}
/** What to do about a finding: code scanning shows it as the rule's help (GitHub requires `help`). */
const fixes: Record<string, string> = {
  'duplicate-paragraph': 'Remove one copy; for a near copy, keep the version you mean.',
  'repeated-headline': 'Remove the repeated headline or heading, or reword it.',
  'unattributed-quote': 'Name the speaker or source in the sentence of the quotation, or the one before or after; add or remove the unbalanced mark.',
  'inconsistent-date': 'Correct the weekday or the date, or make the front matter dates agree.',
  'repeated-words': 'Remove one occurrence.',
  'front-matter': 'Fix the YAML so the site can read the article’s fields.',
  skipped: 'Check the file: the message says why it was skipped.'
}

export function sarif(results: FileResult[], version: string): string {
  const ids = [...ruleIds, 'skipped']
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: ids.map((id) => {
              const page = id === 'skipped' ? undefined : DOCS + id + '.md'
              const text = `${descriptions[id]} ${fixes[id]}`
              return {
                id,
                shortDescription: {text: descriptions[id]},
                fullDescription: {text},
                help: {text: page ? `${text} See ${page}` : text, markdown: page ? `${text} [The rule’s page](${page}).` : text},
                helpUri: page
              }
            })
          }
        },
        results: records(results).map((record) => ({
          ruleId: record.ruleId,
          ruleIndex: Math.max(0, ids.indexOf(record.ruleId)),
          level: level[record.severity],
          message: {text: record.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: encodeURI(record.path).replace(/[?#]/g, encodeURIComponent), uriBaseId: 'SRCROOT'},
                region: {startLine: record.line, startColumn: record.column, endLine: record.endLine, endColumn: record.endColumn}
              }
            }
          ],
          relatedLocations: record.related?.map((related, index) => ({
            id: index,
            message: {text: related.message},
            physicalLocation: {
              artifactLocation: {uri: encodeURI(record.path).replace(/[?#]/g, encodeURIComponent), uriBaseId: 'SRCROOT'},
              region: {startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn}
            }
          }))
        }))
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
