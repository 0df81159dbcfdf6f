/**
 * The Action's GitHub API client as a CI engineer meets it: the bundled
 * Action (dist/index.js) against misbehaving API servers on 127.0.0.1. The
 * token goes only to the API origin; pagination ends; slow replies and rate
 * limits cost bounded time, and then the Action falls back (git for the
 * files, workflow commands for annotations) without failing the step for it.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiFiles, buildOnce, cleanup, fakeGitHub, makeRepo, proxyServer, runAction, selfSigned, silentServer, trickleServer, type ActionRun, type FakeGitHub, type Repo} from './harness.ts'

const token = 'ghs_api-test-token'
const filesPath = '/repos/newsroom/articles/pulls/7/files'
let repo: Repo
let listed: ReturnType<typeof apiFiles>
let normal: ActionRun

const start = '# Harbour plan\n\nThe council published the harbour plan on Monday after a long review.\n'
const added = '\nThe vote is set for February 30 in the main hall.\n\nResidents said the the plan was late.\n'

const sarifOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')).runs[0].results.map((r: any) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`).sort()
const findingCommands = (run: ActionRun) => run.annotations.filter((c) => c.properties.file !== undefined).map((c) => `${c.command} ${c.properties.file}:${c.properties.line}`)

async function withServer<T>(server: FakeGitHub, body: (server: FakeGitHub) => Promise<T>): Promise<T> {
  try {
    return await body(server)
  } finally {
    await server.close()
  }
}

beforeAll(async () => {
  buildOnce()
  repo = makeRepo({'news/harbour.md': start, 'news/old.md': '# Old\n\nNothing changes here on June 31 at all.\n'}, {'news/harbour.md': start + added, 'news/new.md': '# New\n\nA new article that says the the same thing twice.\n'})
  listed = apiFiles(repo)
  normal = await withServer(await fakeGitHub({files: listed, checks: 403}), (api) => runAction({repo, api: api.url, token}))
  expect(sarifOf(normal)).toEqual(['news/harbour.md:5 inconsistent-date', 'news/harbour.md:7 repeated-words', 'news/new.md:3 repeated-words'])
}, 120_000)
afterAll(cleanup)

describe('the token goes only to the API origin', {timeout: 60_000}, () => {
  it('does not follow a next page at another origin, and says so; the files come from git', async () => {
    const elsewhere = await fakeGitHub({files: listed})
    try {
      await withServer(await fakeGitHub({
        files: listed,
        checks: 403,
        handle: (request) => request.method === 'GET' ? {status: 200, body: listed.slice(0, 1), headers: {link: `<${elsewhere.url}${filesPath}?per_page=100&page=2>; rel="next"`}} : undefined
      }), async (api) => {
        const run = await runAction({repo, api: api.url, token})
        expect(elsewhere.requests).toEqual([])
        expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(1)
        expect(run.summary).toContain(`list stopped early (the next page is at another origin (${elsewhere.url}), not followed); changed files come from git.`)
        expect(sarifOf(run)).toEqual(sarifOf(normal))
        expect(run.code).toBe(1)
      })
    } finally {
      await elsewhere.close()
    }
  })
})

describe('pagination ends', {timeout: 60_000}, () => {
  it('stops at an empty page that links to itself', async () => {
    await withServer(await fakeGitHub({
      files: listed,
      checks: 403,
      handle: (request, url, address) => {
        if (request.method !== 'GET') return undefined
        const page = Number(url.searchParams.get('page') ?? 1)
        const next = `<${address}${filesPath}?per_page=100&page=2>; rel="next"`
        return page === 1 ? {status: 200, body: listed, headers: {link: next}} : {status: 200, body: [], headers: {link: next}}
      }
    }), async (api) => {
      const run = await runAction({repo, api: api.url, token})
      expect(api.requests.filter((r) => r.method === 'GET').map((r) => r.url)).toEqual([`${filesPath}?per_page=100`, `${filesPath}?per_page=100&page=2`])
      expect(run.summary).not.toContain('changed files come from git')
      expect(sarifOf(run)).toEqual(sarifOf(normal))
    })
  })

  it('stops when a next link returns to a page already read', async () => {
    await withServer(await fakeGitHub({
      files: listed,
      checks: 403,
      handle: (request, url, address) => {
        if (request.method !== 'GET') return undefined
        const page = Number(url.searchParams.get('page') ?? 1)
        return {status: 200, body: listed.slice(page - 1, page), headers: {link: `<${address}${filesPath}?per_page=100${page === 1 ? '&page=2' : ''}>; rel="next"`}}
      }
    }), async (api) => {
      const run = await runAction({repo, api: api.url, token})
      expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
      expect(run.summary).toContain('list stopped early (the next page is one already read); changed files come from git.')
      expect(sarifOf(run)).toEqual(sarifOf(normal))
    })
  })

  it('reads at most 30 pages however many a server offers', async () => {
    await withServer(await fakeGitHub({
      files: listed,
      checks: 403,
      handle: (request, url, address) => {
        if (request.method !== 'GET') return undefined
        const page = Number(url.searchParams.get('page') ?? 1)
        return {status: 200, body: [{filename: `assets/${page}.jpg`, status: 'added'}], headers: {link: `<${address}${filesPath}?per_page=100&page=${page + 1}>; rel="next"`}}
      }
    }), async (api) => {
      const run = await runAction({repo, api: api.url, token})
      expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(30)
      expect(run.summary).toContain('list stopped early (more than 30 pages); changed files come from git.')
      expect(sarifOf(run)).toEqual(sarifOf(normal))
    })
  })
})

describe('deadlines', {timeout: 60_000}, () => {
  it('gives up on replies that trickle in a byte at a time, and falls back to git and commands', async () => {
    const slow = await trickleServer()
    try {
      const run = await runAction({repo, api: slow.url, token, env: {COPYDESK_API_TIMEOUT: '1', COPYDESK_API_BUDGET: '4'}})
      expect(slow.requests.some((line) => line.startsWith(`GET ${filesPath}`))).toBe(true)
      expect(run.summary).toMatch(/The pull-request files API failed \(GET [^)]*no complete reply within 1 s/)
      expect(run.summary).toContain('changed files come from git')
      expect(run.summary).toMatch(/Could not create the check run \(.*\); findings are shown as workflow-command annotations instead/)
      expect(sarifOf(run)).toEqual(sarifOf(normal))
      expect(findingCommands(run)).toEqual(findingCommands(normal))
      expect(run.code).toBe(normal.code)
    } finally {
      await slow.close()
    }
  })
})

describe('retries', {timeout: 60_000}, () => {
  it('retries 5xx, 429 and a secondary-rate-limit 403, then uses the API', async () => {
    let gets = 0
    let posts = 0
    await withServer(await fakeGitHub({
      files: listed,
      handle: (request) => {
        if (request.method === 'GET' && ++gets === 1) return {status: 502, body: {message: 'Bad Gateway'}}
        if (request.method === 'GET' && gets === 2) return {status: 429, body: {message: 'Too many requests'}, headers: {'retry-after': '1'}}
        if (request.method === 'POST' && ++posts === 1) {
          return {status: 403, body: {message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'}, headers: {'retry-after': '1'}}
        }
        return undefined
      }
    }), async (api) => {
      const run = await runAction({repo, api: api.url, token})
      expect(gets).toBe(3)
      expect(posts).toBe(2)
      expect(api.requests.every((r) => r.authorization === `Bearer ${token}`)).toBe(true)
      expect(run.summary).not.toContain('changed files come from git')
      expect(run.summary).not.toContain('workflow-command annotations instead')
      expect(findingCommands(run)).toEqual([])
      expect(run.code).toBe(1)
    })
  })

  it('does not call a secondary rate limit a read-only token when it outlasts the time budget', async () => {
    await withServer(await fakeGitHub({
      files: listed,
      handle: (request) => request.method === 'POST' ? {status: 403, body: {message: 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation.'}} : undefined
    }), async (api) => {
      const run = await runAction({repo, api: api.url, token, env: {COPYDESK_API_BUDGET: '5'}})
      expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
      expect(run.summary).not.toContain('read-only token')
      expect(run.summary).toContain("GitHub's rate limit stopped the check run")
      expect(run.summary).toContain('findings are shown as workflow-command annotations instead')
      expect(findingCommands(run)).toEqual(findingCommands(normal))
      expect(run.code).toBe(1)
    })
  })
})

describe('proxies', {timeout: 60_000}, () => {
  it('reaches the API through HTTP_PROXY, and not for a host in NO_PROXY', async () => {
    await withServer(await fakeGitHub({files: listed}), async (api) => {
      const port = new URL(api.url).port
      const proxy = await proxyServer(Number(port))
      try {
        const host = `copydesk-api.invalid:${port}`
        const run = await runAction({repo, api: `http://${host}`, token, env: {HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url}})
        expect(proxy.tunnels.length).toBeGreaterThan(0)
        expect(new Set(proxy.tunnels)).toEqual(new Set([host]))
        expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${filesPath}?per_page=100`, 'POST /repos/newsroom/articles/check-runs'])
        expect(run.summary).not.toContain('changed files come from git')
        expect(findingCommands(run)).toEqual([])

        proxy.tunnels.length = 0
        const direct = await runAction({repo, api: `http://${host}`, token, env: {HTTP_PROXY: proxy.url, NO_PROXY: 'copydesk-api.invalid', COPYDESK_API_BUDGET: '2'}})
        expect(proxy.tunnels).toEqual([])
        expect(direct.summary).toContain('The pull-request files API failed')
        expect(sarifOf(direct)).toEqual(sarifOf(normal))
      } finally {
        await proxy.close()
      }
    })
  })

  it('a proxy that never answers costs the API time budget, not the job', async () => {
    const silent = await silentServer()
    try {
      const run = await runAction({repo, api: 'http://copydesk-api.invalid:8080', token, env: {HTTP_PROXY: silent.url, COPYDESK_API_TIMEOUT: '1', COPYDESK_API_BUDGET: '3'}})
      expect(silent.connections).toBeGreaterThan(0)
      expect(run.summary).toMatch(/The pull-request files API failed \(GET [^)]*no complete reply within 1 s/)
      expect(run.summary).toContain('findings are shown as workflow-command annotations instead')
      expect(findingCommands(run)).toEqual(findingCommands(normal))
      expect(run.code).toBe(normal.code)
    } finally {
      await silent.close()
    }
  })

  // The real case: an https API (api.github.com) behind an HTTP proxy. Needs openssl for a test certificate.
  it.skipIf(spawnSync('openssl', ['version']).status !== 0)('reaches an HTTPS API through HTTPS_PROXY, verifying its certificate', async () => {
    const host = 'copydesk-api.invalid'
    const tls = selfSigned(host)
    await withServer(await fakeGitHub({files: listed, tls}), async (api) => {
      const port = new URL(api.url).port
      const proxy = await proxyServer(Number(port))
      try {
        const run = await runAction({repo, api: `https://${host}:${port}`, token, env: {HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.file}})
        expect(new Set(proxy.tunnels)).toEqual(new Set([`${host}:${port}`]))
        expect(api.requests.map((r) => `${r.method} ${r.url} ${r.authorization}`)).toEqual([`GET ${filesPath}?per_page=100 Bearer ${token}`, `POST /repos/newsroom/articles/check-runs Bearer ${token}`])
        expect(findingCommands(run)).toEqual([])
        expect(run.code).toBe(1)
        // Without the certificate trusted, the token is not sent: the TLS handshake fails first.
        api.requests.length = 0
        const untrusted = await runAction({repo, api: `https://${host}:${port}`, token, env: {HTTPS_PROXY: proxy.url, COPYDESK_API_BUDGET: '2'}})
        expect(api.requests).toEqual([])
        expect(untrusted.summary).toMatch(/The pull-request files API failed \(GET [^)]*self-signed certificate/)
        expect(sarifOf(untrusted)).toEqual(sarifOf(normal))
      } finally {
        await proxy.close()
      }
    })
  })
})
