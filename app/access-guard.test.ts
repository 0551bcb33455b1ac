import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every route handler and server action goes through lib/auth/with-access.ts: this test reads
// each file under app/ and fails on an export that is not a wrapped handler.

const APP = path.resolve(import.meta.dirname);
const ROUTE_WRAPPERS = new Set(["withRoute"]);
const ACTION_WRAPPERS = new Set(["withAccess", "withFormAccess"]);
/** Route segment config Next.js reads from a route file. */
const ROUTE_CONFIG = new Set(["dynamic", "runtime", "revalidate", "maxDuration", "fetchCache"]);
/** NextAuth answers its own routes (sign-in, callbacks, session) and checks nothing of ours. */
const EXEMPT = new Set(["api/auth/[...nextauth]/route.ts"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function kindOf(relative: string): "route" | "action" | null {
  const name = path.basename(relative);
  if (relative.startsWith("api/") && name === "route.ts") return "route";
  if (name === "actions.ts" || name.endsWith("-actions.ts")) return "action";
  return null;
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** The exports of `source` that do not go through one of `wrappers`, by name. */
function unguardedExports(source: string, wrappers: Set<string>): string[] {
  const file = ts.createSourceFile("file.ts", source, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  for (const statement of file.statements) {
    if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      if (!(ts.isExportDeclaration(statement) && statement.isTypeOnly)) {
        problems.push(`re-export: ${statement.getText().slice(0, 60)}`);
      }
      continue;
    }
    if (!isExported(statement)) continue;
    if (!ts.isVariableStatement(statement)) {
      const name = (statement as ts.DeclarationStatement).name?.getText() ?? "(anonymous)";
      problems.push(`${name} is not wrapped`);
      continue;
    }
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText();
      const init = declaration.initializer;
      if (ROUTE_CONFIG.has(name) && init && ts.isLiteralExpression(init)) continue;
      const callee = init && ts.isCallExpression(init) ? init.expression.getText() : null;
      if (!callee || !wrappers.has(callee)) problems.push(`${name} is not wrapped`);
    }
  }
  return problems;
}

const guarded = filesUnder(APP)
  .map((file) => path.relative(APP, file).split(path.sep).join("/"))
  .filter((relative) => kindOf(relative) !== null && !EXEMPT.has(relative))
  .sort();

describe("every route handler and server action uses the access wrapper", () => {
  it("finds the route handlers and actions", () => {
    expect(guarded.filter((file) => kindOf(file) === "route").length).toBeGreaterThanOrEqual(4);
    expect(guarded.filter((file) => kindOf(file) === "action").length).toBeGreaterThanOrEqual(6);
  });

  it.each(guarded)("%s", (relative) => {
    const source = readFileSync(path.join(APP, relative), "utf8");
    const wrappers = kindOf(relative) === "route" ? ROUTE_WRAPPERS : ACTION_WRAPPERS;
    expect(unguardedExports(source, wrappers)).toEqual([]);
    // The wrapper is the only place that reads the session or the membership.
    expect(source).not.toMatch(/getCurrentUser|requireUser|requireMembership|getServerSession/);
  });

  it("flags a handler written by hand", () => {
    const source = `export async function POST() { return new Response(); }
export const GET = handler;
export const dynamic = "force-dynamic";
export type Shape = { a: string };`;
    expect(unguardedExports(source, ROUTE_WRAPPERS)).toEqual([
      "POST is not wrapped",
      "GET is not wrapped",
    ]);
  });
});
