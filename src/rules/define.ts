/**
 * A rule's one definition, and the wrapper that makes it a retext plugin.
 *
 * The definition (id, default level, one-line summary, what to do, options
 * with their types and defaults, documented examples) is the single source of
 * a rule's metadata: the docs pages and the README table are generated from
 * it (`npm run docs`, checked by test/docs.test.ts), SARIF rule metadata and
 * configuration validation read it, and its examples are run as tests.
 *
 * The wrapper reads the configuration (`off`, `warning`, `error`, or
 * `[level, options]`, validated: an unknown option or a wrong type is an
 * error, never a silently disabled rule) and gives every message of the rule
 * its `ruleId`, `source`, `url` and severity, and its `fix` when the check
 * knows one. unified-lint-rule does the same
 * for remark-lint, but has no per-rule default severity, does not know the
 * level name `warning`, and forces one severity on every message of a rule;
 * Copydesk rules have two tiers (an exact duplicate is an error, a near
 * duplicate a warning), so the wrapper is ours, kept to the same shape.
 */
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Example, Fix, Level, OptionSpec, RuleInfo, RuleSetting} from '../types.ts'

export type {Example, OptionSpec, RuleInfo}
import pkg from '../../package.json' with {type: 'json'}

export const SOURCE = 'copydesk'
/** Each rule's page: docs/rules/<id>.md in the project's repository (package.json `homepage`). */
export const DOCS = `${pkg.homepage.replace(/#.*$/, '')}/blob/main/docs/rules/`

/** `primary` findings take the configured level; `secondary` ones are at most warnings. */
export type Tier = 'primary' | 'secondary'

/** The other place a finding is about (the first copy, the headline). */
export interface OtherPlace {
  start: Point
  end: Point
  message: string
}

export interface Report {
  reason: string
  start: Point
  end: Point
  tier?: Tier
  actual?: string
  expected?: string[]
  /** Becomes the message's `cause`: a VFileMessage at the other place, as remark-lint does. */
  other?: OtherPlace
  /** The edit that fixes the finding, only when it is certain: becomes `message.fix` (`copydesk --fix` applies it). */
  fix?: Fix
}

export type CopydeskMessage = VFileMessage

export type Check<Options> = (tree: Root, file: VFile, options: Options, report: (r: Report) => void) => void

export type Specs = Record<string, OptionSpec>
/** The options a check receives: each option's default type. */
export type OptionsOf<S extends Specs> = {[K in keyof S]: S[K]['default']}

export interface RuleDefinition<S extends Specs> {
  id: string
  level: Exclude<Level, 'off'>
  /** What the rule finds, in one line. */
  summary: string
  /** What to do about a finding, in one line. */
  fix: string
  options: S
  examples: Example[]
}

export function parseSetting(definition: Pick<RuleInfo, 'id' | 'options'>, setting: unknown, fallback: Level): [Level, Record<string, unknown>] {
  const {id} = definition
  if (setting === undefined || setting === null) return [fallback, {}]
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}]
  const normalized = level === 'warn' ? 'warning' : level
  if (normalized !== 'off' && normalized !== 'warning' && normalized !== 'error') {
    throw new Error(`Rule \`${id}\`: expected \`off\`, \`warning\`, \`error\` or \`[level, {options}]\`, not ${JSON.stringify(setting)}`)
  }
  if (Array.isArray(setting) && setting.length > 2) throw new Error(`Rule \`${id}\`: expected \`[level, {options}]\`, not ${setting.length} items`)
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new Error(`Rule \`${id}\`: options must be an object, not ${JSON.stringify(options)}`)
  }
  for (const [key, value] of Object.entries((options ?? {}) as Record<string, unknown>)) {
    const spec = definition.options[key]
    if (!spec) {
      const known = Object.keys(definition.options)
      throw new Error(`Rule \`${id}\`: unknown option \`${key}\`; ${known.length ? `its options are ${known.map((k) => `\`${k}\``).join(', ')}` : 'it takes no options'}`)
    }
    const problem = checkValue(spec, value)
    if (problem) throw new Error(`Rule \`${id}\`: option \`${key}\` must be ${problem}, not ${JSON.stringify(value)}`)
  }
  return [normalized, (options ?? {}) as Record<string, unknown>]
}

function checkValue(spec: OptionSpec, value: unknown): string | undefined {
  if (spec.type === 'string[]') {
    return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? undefined : 'a list of non-empty strings'
  }
  const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : spec.min !== undefined ? ` of at least ${spec.min}` : ''
  const wanted = (spec.type === 'integer' ? 'a whole number' : 'a number') + range
  if (typeof value !== 'number' || !Number.isFinite(value)) return wanted
  if (spec.type === 'integer' && !Number.isInteger(value)) return wanted
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return wanted
  return undefined
}

function defaultsOf<S extends Specs>(definition: RuleDefinition<S>): OptionsOf<S> {
  const defaults: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(definition.options)) defaults[key] = spec.default
  return defaults as OptionsOf<S>
}

/** Make a retext plugin from a definition and a check; the plugin takes a rule setting. */
export function defineRule<const S extends Specs>(definition: RuleDefinition<S>, check: Check<OptionsOf<S>>) {
  const info: RuleInfo = {...definition, url: DOCS + definition.id + '.md'}
  const defaults = defaultsOf(definition)
  function plugin(setting?: RuleSetting) {
    const [level, given] = parseSetting(info, setting, definition.level)
    if (level === 'off') return
    const options = {...defaults, ...given} as OptionsOf<S>
    return function (tree: Root, file: VFile) {
      check(tree, file, options, function (r) {
        const message = file.message(r.reason, {place: {start: r.start, end: r.end}, ruleId: definition.id, source: SOURCE})
        message.fatal = level === 'error' && r.tier !== 'secondary'
        message.url = info.url
        if (r.actual !== undefined) message.actual = r.actual
        if (r.expected) message.expected = r.expected
        if (r.fix) message.fix = r.fix
        if (r.other) message.cause = new VFileMessage(r.other.message, {place: {start: r.other.start, end: r.other.end}, ruleId: definition.id, source: SOURCE})
      })
    }
  }
  Object.defineProperty(plugin, 'name', {value: definition.id})
  return Object.assign(plugin, {ruleId: definition.id, level: definition.level, info})
}
