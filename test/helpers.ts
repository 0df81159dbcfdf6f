import {lint} from '../src/index.ts'
import type {Config} from '../src/types.ts'

export interface Finding {
  rule: string
  severity: 'error' | 'warning' | 'info'
  at: string
  reason: string
}

/** Lint and return findings as compact records (optionally of one rule). */
export async function check(value: string, options: {path?: string; config?: Config; rule?: string} = {}): Promise<Finding[]> {
  const file = await lint(value, {path: options.path ?? 'article.md', config: options.config})
  return file.messages
    .filter((m) => !options.rule || m.ruleId === options.rule)
    .map((m) => ({
      rule: m.ruleId ?? '',
      severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
      at: `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : `${m.line}:${m.column}`}`,
      reason: m.reason
    }))
}

/** Build an article from paragraphs, separated by blank lines. */
export const md = (...blocks: string[]) => blocks.join('\n\n') + '\n'
