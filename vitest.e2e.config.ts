import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium against the built site (`npm run test:e2e`). */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 30_000,
		hookTimeout: 600_000,
	},
});
