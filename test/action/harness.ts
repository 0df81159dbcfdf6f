/**
 * Runs the Action the way the GitHub runner does: `node dist/index.js` with
 * inputs as `INPUT_<NAME>` variables (action.yml's defaults), a pull_request
 * event file, GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files, a real git
 * repository as the workspace, and a fake GitHub REST API on 127.0.0.1.
 * Its stdout is read the way the runner reads workflow commands.
 */
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createServer as createHttpServer, type IncomingMessage, type RequestListener} from 'node:http'
import {createServer as createHttpsServer} from 'node:https'
import {connect, createServer as createTcpServer, type AddressInfo, type Socket} from 'node:net'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {parse} from 'yaml'

export const root = resolve(import.meta.dirname, '../..')
export const bundle = join(root, 'dist/index.js')

/** `npm run build` when dist/index.js is missing or older than the sources. */
export function buildOnce(): void {
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, {withFileTypes: true}).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)))
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)
  if (stale) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
}

const temporary: string[] = []
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temporary.push(dir)
  return dir
}

/** Remove the repositories and runner folders this process made. */
export function cleanup(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, {recursive: true, force: true})
}

// ---------------------------------------------------------------- git

export interface Repo {
  dir: string
  base: string
  head: string
  git(...args: string[]): string
}

const gitEnv = {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'}

/** A repository with a base commit (`before`) and a head commit (`after`; `null` deletes, `{from}` renames). */
export function makeRepo(before: {[path: string]: string | Buffer}, after: {[path: string]: string | Buffer | null | {from: string; value: string}}): Repo {
  const dir = tempDir('copydesk-action-')
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, encoding: 'utf8', env: gitEnv})
  const write = (path: string, value: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), value)
  }
  git('init', '-q', '-b', 'main')
  for (const [path, value] of Object.entries(before)) write(path, value)
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  const base = git('rev-parse', 'HEAD').trim()
  for (const [path, value] of Object.entries(after)) {
    if (value === null) rmSync(join(dir, path))
    else if (typeof value === 'object' && !Buffer.isBuffer(value)) {
      git('mv', value.from, path)
      write(path, value.value)
    } else write(path, value)
  }
  git('add', '-A')
  git('commit', '-q', '-m', 'head')
  return {dir, base, head: git('rev-parse', 'HEAD').trim(), git}
}

/** A new push to the pull request's branch: `files` written (`null` deletes) and committed; the workspace is at the new head. */
export function push(repo: Repo, files: {[path: string]: string | null}): Repo {
  for (const [path, value] of Object.entries(files)) {
    if (value === null) rmSync(join(repo.dir, path))
    else {
      mkdirSync(dirname(join(repo.dir, path)), {recursive: true})
      writeFileSync(join(repo.dir, path), value)
    }
  }
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', 'push')
  return {...repo, head: repo.git('rev-parse', 'HEAD').trim()}
}

export interface PullRequestRepo extends Repo {
  /** The merge commit checked out, as actions/checkout does for `pull_request` (refs/pull/7/merge). */
  merge: string
}

/**
 * A pull request whose base branch moved: `start` on main; the branch
 * `feature` writes `head`; main then writes `moved`; the workspace is the
 * merge of the two (detached), and `base` is main's new tip, as in the event.
 */
export function makePullRequest(start: {[path: string]: string}, head: {[path: string]: string}, moved: {[path: string]: string}): PullRequestRepo {
  const dir = tempDir('copydesk-pr-')
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, encoding: 'utf8', env: gitEnv})
  const commit = (files: {[path: string]: string}, message: string) => {
    for (const [path, value] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), {recursive: true})
      writeFileSync(join(dir, path), value)
    }
    git('add', '-A')
    git('commit', '-q', '-m', message)
    return git('rev-parse', 'HEAD').trim()
  }
  git('init', '-q', '-b', 'main')
  commit(start, 'start')
  git('checkout', '-q', '-b', 'feature')
  const headSha = commit(head, 'pull request')
  git('checkout', '-q', 'main')
  const base = commit(moved, 'base moves on')
  git('checkout', '-q', '--detach', base)
  git('merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature')
  const merge = git('rev-parse', 'HEAD').trim()
  git('update-ref', 'refs/pull/7/merge', merge)
  return {dir, base, head: headSha, merge, git}
}

/** What actions/checkout leaves for `pull_request`: refs/pull/7/merge fetched at `depth`, detached. */
export function checkoutMerge(origin: PullRequestRepo, depth: number): PullRequestRepo {
  const dir = tempDir('copydesk-checkout-')
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, encoding: 'utf8', env: gitEnv, stdio: ['ignore', 'pipe', 'ignore']})
  git('init', '-q')
  git('fetch', '-q', `--depth=${depth}`, `file://${origin.dir}`, '+refs/pull/7/merge:refs/remotes/pull/7/merge')
  git('checkout', '-q', '--detach', 'refs/remotes/pull/7/merge')
  return {...origin, dir, git}
}

/** The pull-request files API's view of the repository's diff (with `patch` like GitHub's). */
export function apiFiles(repo: Repo): Array<{filename: string; status: string; previous_filename?: string; patch?: string}> {
  const fields = repo.git('diff', '-z', '--name-status', '-M', `${repo.base}...${repo.head}`).split('\0')
  const files = []
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i]
    const status = code.startsWith('R') ? 'renamed' : code === 'D' ? 'removed' : code === 'A' ? 'added' : 'modified'
    const filename = code.startsWith('R') ? fields[i + 2] : fields[i + 1]
    const diff = repo.git('diff', '-M', `${repo.base}...${repo.head}`, '--', ...(code.startsWith('R') ? [fields[i + 1]] : []), filename)
    const patch = diff.includes('@@') ? diff.slice(diff.indexOf('@@')) : undefined
    files.push({filename, status, ...(code.startsWith('R') ? {previous_filename: fields[i + 1]} : {}), ...(patch ? {patch} : {})})
    i += code.startsWith('R') ? 3 : 2
  }
  return files
}

// ---------------------------------------------------------------- fake GitHub

export interface Request {
  method: string
  url: string
  authorization?: string
  body: any
}

export interface FakeGitHub {
  url: string
  requests: Request[]
  /** The pull request's files as the files API lists them (replace on a new push). */
  files: unknown[]
  /** The pull request's review comments: those given, then each posted review's, as GitHub lists them. */
  comments: Array<{[key: string]: unknown}>
  close(): Promise<void>
}

export interface Reply {
  status: number
  body?: unknown
  headers?: {[name: string]: string}
}

export interface FakeOptions {
  files: unknown[]
  /** Review comments already on the pull request. */
  comments?: Array<{[key: string]: unknown}>
  /** Status for POST …/pulls/N/reviews (default: 200, and its comments are listed from then on). */
  reviews?: number
  checks?: number
  patchStatus?: number
  filesStatus?: number
  perPage?: number
  /** Answer a request differently (return undefined for the usual answer); `address` is the server's own. */
  handle?: (request: Request, url: URL, address: string) => Reply | undefined
  /** Serve HTTPS with this key and certificate. */
  tls?: {key: string; cert: string}
}

export async function fakeGitHub(options: FakeOptions): Promise<FakeGitHub> {
  const requests: Request[] = []
  const state = {files: options.files, comments: [...(options.comments ?? [])]}
  let nextId = 1000
  const listener: RequestListener = async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request = {method: req.method ?? '', url: url.pathname + url.search, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined}
    requests.push(request)
    const send = (status: number, body: unknown, headers: {[name: string]: string} = {}) => {
      res.writeHead(status, {'content-type': 'application/json', ...headers})
      res.end(JSON.stringify(body))
    }
    const special = options.handle?.(request, url, address())
    if (special) return send(special.status, special.body ?? {}, special.headers)
    // A list, a page at a time, with GitHub's Link header.
    const list = (items: unknown[]) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.perPage ?? 100)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(items.length / perPage))
      const link: {[name: string]: string} = page < last ? {link: `<${address()}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${address()}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`} : {}
      return send(200, items.slice((page - 1) * perPage, page * perPage), link)
    }
    const files = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname)
    if (req.method === 'GET' && files) {
      if (options.filesStatus) return send(options.filesStatus, {message: 'Server Error'})
      return list(state.files)
    }
    if (req.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.test(url.pathname)) return list(state.comments)
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/.test(url.pathname)) {
      if (options.reviews === 403) return send(403, {message: 'Resource not accessible by integration'})
      if (options.reviews) return send(options.reviews, {message: 'Unprocessable Entity'})
      const review = JSON.parse(raw)
      const id = nextId++
      // As GitHub lists a review's comments: `line` is the line in the current diff (null once outdated).
      for (const comment of review.comments ?? []) {
        state.comments.push({id: nextId++, pull_request_review_id: id, commit_id: review.commit_id, original_commit_id: review.commit_id, user: {login: 'github-actions[bot]'},
          start_line: null, ...comment, original_line: comment.line, original_start_line: comment.start_line ?? null})
      }
      return send(200, {id, state: 'COMMENTED', commit_id: review.commit_id})
    }
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname)) {
      if (options.checks === 403) return send(403, {message: 'Resource not accessible by integration'})
      const id = nextId++
      return send(201, {id, html_url: `https://github.example/o/r/runs/${id}`})
    }
    if (req.method === 'PATCH' && /^\/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/.test(url.pathname)) {
      return options.patchStatus && JSON.parse(raw).output.annotations ? send(options.patchStatus, {message: 'Server Error'}) : send(200, {})
    }
    send(404, {message: 'Not Found'})
  }
  const server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = () => `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: address(),
    requests,
    get files() {
      return state.files
    },
    set files(files: unknown[]) {
      state.files = files
    },
    comments: state.comments,
    close: () => new Promise((done) => server.close(() => done()))
  }
}

export interface Proxy {
  url: string
  /** `host:port` of each CONNECT request. */
  tunnels: string[]
  close(): Promise<void>
}

/** A proxy that accepts connections and never says a word. */
export async function silentServer(): Promise<{url: string; connections: number; close(): Promise<void>}> {
  const sockets: Socket[] = []
  const server = createTcpServer((socket) => {
    sockets.push(socket)
    socket.on('error', () => {})
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get connections() {
      return sockets.length
    },
    close: () => new Promise((done) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => done())
    })
  }
}

/** An HTTP proxy that tunnels every CONNECT to `target` on 127.0.0.1, whatever host was asked for. */
export async function proxyServer(target: number): Promise<Proxy> {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const server = createHttpServer((_, res) => res.writeHead(405).end())
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const upstream = connect(target, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => {})
      socket.on('close', () => sockets.delete(socket))
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () => new Promise((done) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => done())
    })
  }
}

/** A self-signed certificate for `host` (openssl), for an HTTPS fake API; `file` is the PEM to trust (NODE_EXTRA_CA_CERTS). */
export function selfSigned(host: string): {key: string; cert: string; file: string} {
  const dir = tempDir('copydesk-tls-')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`,
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], {stdio: 'ignore'})
  return {key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), file: join(dir, 'cert.pem')}
}

export interface Trickle {
  url: string
  /** Request lines received (`GET /path HTTP/1.1`). */
  requests: string[]
  close(): Promise<void>
}

/**
 * A server that answers every request one byte at a time and never finishes:
 * GETs get complete headers and then a body that trickles in; other methods
 * get their status line a byte at a time.
 */
export async function trickleServer(interval = 500): Promise<Trickle> {
  const requests: string[] = []
  const sockets = new Set<Socket>()
  const server = createTcpServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    let timer: NodeJS.Timeout | undefined
    socket.on('close', () => {
      clearInterval(timer)
      sockets.delete(socket)
    })
    socket.once('data', (chunk: Buffer) => {
      const line = chunk.toString('latin1').split('\r\n')[0]
      requests.push(line)
      const text = line.startsWith('GET ')
        ? 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n' + '['.padEnd(1000, ' ')
        : 'HTTP/1.1 201 Created\r\ncontent-type: application/json\r\n\r\n{}'
      let at = line.startsWith('GET ') ? text.indexOf('\r\n\r\n') + 4 : 0
      if (at) socket.write(text.slice(0, at))
      timer = setInterval(() => {
        if (at < text.length) socket.write(text[at++])
      }, interval)
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((done) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => done())
    })
  }
}

// ---------------------------------------------------------------- the runner

export interface Command {
  command: string
  properties: {[key: string]: string}
  data: string
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%')

/**
 * Workflow commands as the runner reads them (actions/runner
 * ActionCommandManager): `::name k=v,…::data` at the start of a line,
 * also the legacy `##[name k=v;]data`; nothing between
 * `::stop-commands::TOKEN` and `::TOKEN::`.
 */
export function parseCommands(stdout: string): Command[] {
  const commands: Command[] = []
  let stopToken: string | undefined
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined
      continue
    }
    let match = /^::([A-Za-z-]+)(?: ([^]*?))?::([^]*)$/.exec(line)
    if (match) {
      const properties: {[key: string]: string} = {}
      for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
        const at = pair.indexOf('=')
        properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
      }
      const command = {command: match[1], properties, data: unescapeData(match[3])}
      if (command.command === 'stop-commands') stopToken = command.data
      else commands.push(command)
      continue
    }
    match = /##\[([A-Za-z-]+)(?: ([^\]]*))?\]([^]*)$/.exec(line)
    if (match) commands.push({command: match[1], properties: {}, data: match[3]})
  }
  return commands
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  commands: Command[]
  annotations: Command[]
  summary: string
  outputs: {[name: string]: string}
  ms: number
}

/** action.yml's inputs and their defaults, as the runner would pass them. */
export function defaults(token: string): {[name: string]: string} {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {inputs: {[name: string]: {default?: string}}}
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '').replace('${{ github.token }}', token)]))
}

export interface RunOptions {
  repo: Repo
  api?: string
  token?: string
  inputs?: {[name: string]: string}
  event?: unknown
  eventName?: string
  /** GITHUB_SHA (default: the head commit). */
  sha?: string
  /** More environment: proxies, COPYDESK_API_TIMEOUT / COPYDESK_API_BUDGET. */
  env?: NodeJS.ProcessEnv
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const temp = tempDir('copydesk-runner-')
  const event = options.event ?? {
    pull_request: {number: 7, base: {sha: options.repo.base, ref: 'main'}, head: {sha: options.repo.head, ref: 'feature'}},
    repository: {full_name: 'newsroom/articles'}
  }
  writeFileSync(join(temp, 'event.json'), JSON.stringify(event))
  writeFileSync(join(temp, 'summary.md'), '')
  writeFileSync(join(temp, 'output'), '')
  const inputs = {...defaults(options.token ?? ''), ...options.inputs}
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'newsroom/articles',
    GITHUB_SHA: options.sha ?? options.repo.head,
    GITHUB_WORKSPACE: options.repo.dir,
    GITHUB_API_URL: options.api ?? 'http://127.0.0.1:9',
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_OUTPUT: join(temp, 'output'),
    RUNNER_TEMP: temp,
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const started = performance.now()
  const child = spawn(process.execPath, [bundle], {cwd: options.repo.dir, env})
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  const ms = performance.now() - started
  const commands = parseCommands(stdout)
  return {
    code,
    stdout,
    stderr,
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
    summary: readFileSync(join(temp, 'summary.md'), 'utf8'),
    outputs: parseOutputs(readFileSync(join(temp, 'output'), 'utf8')),
    ms
  }
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): {[name: string]: string} {
  const outputs: {[name: string]: string} = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const end = lines.indexOf(match[2], i + 1)
    outputs[match[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}
