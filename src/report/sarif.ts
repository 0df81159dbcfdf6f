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

/**
 * A file that could not be linted is not a finding about its text: it is a
 * notification of the tool's run (`invocations[].toolExecutionNotifications`),
 * and the run is not `executionSuccessful`, so code scanning opens no alert
 * on, say, a binary file.
 */
const skippedNotification = {id: 'skipped', shortDescription: {text: 'The file could not be linted.'}, fullDescription: {text: 'The file could not be linted: the message says why (not a regular file, too large, unreadable, binary, too slow).'}}

export function sarif(results: FileResult[], tool: Tool): string {
  const rules = tool.rules
  const ids = rules.map((rule) => rule.id)
  const skipped = results.filter((result) => result.skipped)
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
            notifications: [skippedNotification],
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
        invocations: [
          {
            executionSuccessful: skipped.length === 0,
            toolExecutionNotifications: skipped.flatMap((result) =>
              result.file.messages.map((message) => ({
                descriptor: {id: 'skipped', index: 0},
                level: 'error',
                message: {text: message.reason},
                locations: [{physicalLocation: physical(result.path)}]
              }))
            )
          }
        ],
        results: records(results.filter((result) => !result.skipped)).map((record) => ({
          ruleId: record.ruleId,
          ruleIndex: Math.max(0, ids.indexOf(record.ruleId)),
          level: level[record.severity],
          message: {text: record.message},
          locations: [{physicalLocation: physical(record.path, record)}],
          relatedLocations: record.related?.map((related, index) => ({id: index, message: {text: related.message}, physicalLocation: physical(record.path, related)})),
          // Code scanning matches alerts across runs by these, so an alert survives lines moving above it.
          partialFingerprints: record.fingerprint ? {'copydesk/v1': record.fingerprint} : undefined
        }))
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** A place in a file, relative to the checkout (`SRCROOT`); the whole file without a span. */
function physical(path: string, span?: {line: number; column: number; endLine: number; endColumn: number}) {
  const artifactLocation = {uri: uri(path), uriBaseId: 'SRCROOT'}
  if (!span) return {artifactLocation}
  return {artifactLocation, region: {startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn}}
}

/** A relative path as a URI reference (`?` and `#` are data, not query or fragment). */
function uri(path: string): string {
  return encodeURI(path).replace(/[?#]/g, encodeURIComponent)
}
