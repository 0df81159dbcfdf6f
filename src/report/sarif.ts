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
import type {RuleInfo} from '../types.ts'
import {records, type Severity} from './records.ts'

const level: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

export interface Tool {
  version: string
  /** The tool's home page. */
  uri?: string
  /** The rules' definitions (`ruleInfo` from the library). */
  rules: Array<Pick<RuleInfo, 'id' | 'level' | 'summary' | 'fix' | 'url'>>
}

const skipped = {id: 'skipped', level: 'error' as const, summary: 'The file could not be linted.', fix: 'Check the file: the message says why it was skipped.', url: undefined}

export function sarif(results: FileResult[], tool: Tool): string {
  const rules = [...tool.rules, skipped]
  const ids = rules.map((rule) => rule.id)
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: tool.version,
            informationUri: tool.uri,
            rules: rules.map(({id, level: defaultLevel, summary, fix, url: page}) => {
              const description = summary.charAt(0).toUpperCase() + summary.slice(1) + (/[.!?]$/.test(summary) ? '' : '.')
              const text = `${description} ${fix}`
              return {
                id,
                shortDescription: {text: description},
                fullDescription: {text},
                help: {text: page ? `${text} See ${page}` : text, markdown: page ? `${text} [The rule’s page](${page}).` : text},
                helpUri: page,
                defaultConfiguration: {level: defaultLevel}
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
