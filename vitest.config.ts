// Test runner configuration: Node tests for every layer; golden YAML cases are loaded by test/golden.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
