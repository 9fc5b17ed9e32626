import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts'],
		// Site tests run real `astro build`s, which share the project's .astro/ folder: one file at a time.
		fileParallelism: false,
	},
});
