import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{lib,components,app,scripts}/**/*.test.{ts,tsx}", "server.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
