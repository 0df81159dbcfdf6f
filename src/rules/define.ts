/**
 * The one place where a rule's configuration (`off`, `warning`, `error`, or
 * `[level, options]`) is read and where every message of a rule gets its
 * `ruleId`, `source`, `url` and severity.
 *
 * unified-lint-rule does the same for remark-lint, but it has no per-rule
 * default severity, does not know the level name `warning`, and forces one
 * severity on every message of a rule; Copydesk rules have two tiers (an
 * exact duplicate is an error, a near duplicate a warning), so the wrapper is
 * ours, kept to the same shape.
 */
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Level, Related, RuleSetting} from '../types.ts'

export const SOURCE = 'copydesk'
export const DOCS = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/'

/** `primary` findings take the configured level; `secondary` ones are at most warnings. */
export type Tier = 'primary' | 'secondary'

export interface Report {
  reason: string
  start: Point
  end: Point
  tier?: Tier
  actual?: string
  expected?: string[]
  related?: Related[]
}

export interface CopydeskMessage extends VFileMessage {
  related?: Related[]
}

export type Check<Options> = (tree: Root, file: VFile, options: Options, report: (r: Report) => void) => void

export interface RuleMeta<Options> {
  id: string
  level: Exclude<Level, 'off'>
  defaults: Options
}

export function parseSetting(id: string, setting: unknown, fallback: Level): [Level, Record<string, unknown>] {
  if (setting === undefined || setting === null) return [fallback, {}]
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}]
  const normalized = level === 'warn' ? 'warning' : level
  if (normalized !== 'off' && normalized !== 'warning' && normalized !== 'error') {
    throw new Error(`Rule \`${id}\`: expected \`off\`, \`warning\`, \`error\` or \`[level, {options}]\`, not ${JSON.stringify(setting)}`)
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new Error(`Rule \`${id}\`: options must be an object, not ${JSON.stringify(options)}`)
  }
  return [normalized, (options ?? {}) as Record<string, unknown>]
}

/** Make a retext plugin from a check; the plugin takes a rule setting. */
export function defineRule<Options extends object>(meta: RuleMeta<Options>, check: Check<Options>) {
  function plugin(setting?: RuleSetting) {
    const [level, given] = parseSetting(meta.id, setting, meta.level)
    if (level === 'off') return
    const options = {...meta.defaults, ...given} as Options
    return function (tree: Root, file: VFile) {
      check(tree, file, options, function (r) {
        const message = file.message(r.reason, {place: {start: r.start, end: r.end}, ruleId: meta.id, source: SOURCE}) as CopydeskMessage
        message.fatal = level === 'error' && r.tier !== 'secondary'
        message.url = DOCS + meta.id + '.md'
        if (r.actual !== undefined) message.actual = r.actual
        if (r.expected) message.expected = r.expected
        if (r.related) message.related = r.related
      })
    }
  }
  Object.defineProperty(plugin, 'name', {value: meta.id})
  return Object.assign(plugin, {ruleId: meta.id, level: meta.level})
}
