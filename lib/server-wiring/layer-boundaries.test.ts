import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import-boundary rule of eslint.config.mjs, run on imports that cross a layer.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "import/no-restricted-paths")
    .map((message) => message.message);
}

describe("layer boundaries", () => {
  it("fail on imports across layers", { timeout: 60_000 }, async () => {
    const violations: [string, string][] = [
      ["lib/workshops/violation.ts", "@/lib/realtime/server/index"],
      ["lib/documents/violation.ts", "@/lib/db"],
      ["lib/documents/violation.ts", "@/lib/realtime/client/workshop-docs"],
      ["lib/realtime/server/violation.ts", "@/lib/workshops/reveal-private-notes"],
      ["lib/realtime/server/violation.ts", "@/lib/documents/roles-version"],
      ["lib/realtime/server/violation.ts", "@/lib/document-store/sqlite-doc-store"],
      ["lib/realtime/client/violation.ts", "@/lib/documents/control"],
      ["components/violation.tsx", "@/lib/db"],
      ["app/violation.ts", "@/lib/realtime/server/index"],
    ];
    for (const [file, target] of violations) {
      const errors = await boundaryErrors(
        file,
        `import * as target from "${target}";\nexport { target };\n`,
      );
      expect(errors, `${file} importing ${target}`).not.toEqual([]);
    }
  });

  it("let the allowed directions through", { timeout: 60_000 }, async () => {
    const allowed: [string, string][] = [
      ["lib/realtime/server/allowed.ts", "@/lib/documents/control-layout"],
      ["lib/realtime/server/allowed.ts", "@/lib/document-store/doc-store"],
      ["lib/workshops/allowed.ts", "@/lib/realtime/live-api"],
      ["lib/server-wiring/allowed.ts", "@/lib/workshops/reveal-private-notes"],
      ["components/allowed.tsx", "@/lib/documents/control"],
    ];
    for (const [file, target] of allowed) {
      const errors = await boundaryErrors(
        file,
        `import * as target from "${target}";\nexport { target };\n`,
      );
      expect(errors, `${file} importing ${target}`).toEqual([]);
    }
  });
});
