import {defineConfig} from 'vitest/config'

/**
 * Two suites. `fast` (`npm test`): rules, library, configuration, CLI and
 * reporters. `slow` (`npm run test:slow`; both with `npm run test:all` and in
 * CI): robustness and pathological inputs, whole-corpus comparisons, and the
 * Action run end to end.
 */
const slow = ['test/robustness/**/*.test.ts', 'test/corpus/**/*.test.ts', 'test/action/!(units).test.ts', 'test/lazy-tree.test.ts', 'test/bridge.test.ts']

export default defineConfig({
  test: {
    // Time limits here only catch hangs: the CI machine is shared and noisy, so no
    // test may fail because a correct run was slow (vitest's default is 5 s).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {extends: true, test: {name: 'fast', include: ['test/**/*.test.ts'], exclude: slow}},
      {extends: true, test: {name: 'slow', include: slow}}
    ]
  }
})
