import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  resolve: {
    // Fixtures import "migration-guard" as users do; in this repository that is the source.
    alias: [
      { find: /^migration-guard$/, replacement: source("./src/index.ts") },
      { find: /^migration-guard\/testing$/, replacement: source("./src/testing/index.ts") },
    ],
  },
  test: {
    // fixtures/plugins holds example user projects: their rule tests run as a user's would.
    include: ["test/**/*.test.ts", "fixtures/plugins/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
