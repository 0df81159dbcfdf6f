/** The Action's inputs (action.yml), read and checked. */
import * as core from '@actions/core'
import {FILTER_MODES, type FilterMode} from './filter.ts'

export interface Inputs {
  files: string[]
  changedOnly: 'auto' | boolean
  config?: string
  failOn: 'error' | 'warning' | 'never'
  filterMode: FilterMode
  annotations: 'auto' | 'commands' | 'checks' | 'off'
  summary: boolean
  /** Post fixes as suggested changes in a pull-request review. */
  suggestions: boolean
  sarifFile?: string
  token?: string
}

export const DEFAULT_FILES = ['**/*.md', '**/*.markdown', '**/*.txt']

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = (core.getInput(name) || fallback).toLowerCase()
  if (!allowed.includes(value as T)) throw new Error(`Input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
  return value as T
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new Error(`Input ${name} must be true or false, not ${JSON.stringify(value)}`)
}

export function readInputs(): Inputs {
  const files = core.getInput('files').split(/\s+/).filter(Boolean)
  const changed = core.getInput('changed-only').toLowerCase()
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  return {
    files: files.length ? files : DEFAULT_FILES,
    changedOnly: changed === '' || changed === 'auto' ? 'auto' : bool('changed-only', true),
    config: core.getInput('config') || undefined,
    failOn: oneOf('fail-on', ['error', 'warning', 'never'], 'error'),
    filterMode: oneOf('filter-mode', FILTER_MODES, 'added'),
    annotations: oneOf('annotations', ['auto', 'commands', 'checks', 'off'], 'auto'),
    summary: bool('summary', true),
    suggestions: bool('suggestions', false),
    sarifFile: core.getInput('sarif-file') || undefined,
    token: token || undefined
  }
}
