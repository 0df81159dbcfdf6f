import {defineConfig} from 'vitest/config'

// Time limits here only catch hangs: the CI machine is shared and noisy, so no
// test may fail because a correct run was slow (vitest's default is 5 s).
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
})
