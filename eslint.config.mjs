import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const UI = ["./app", "./components"];
const DOMAIN = [
  "./lib/auth",
  "./lib/config",
  "./lib/document-store",
  "./lib/documents",
  "./lib/exports",
  "./lib/imports",
  "./lib/invites",
  "./lib/sharing",
  "./lib/summary",
  "./lib/workshops",
];
const LIVE_SERVER = ["./lib/realtime/server", "./lib/server-wiring"];

const LAYER_ZONES = [
  {
    target: "./lib/documents",
    from: [
      ...UI,
      ...LIVE_SERVER,
      "./lib/realtime",
      ...DOMAIN.filter((dir) => dir !== "./lib/documents" && dir !== "./lib/config"),
      "./lib/db.ts",
    ],
    message:
      "lib/documents is the document contract: yjs and zod only, no app, server or database code.",
  },
  {
    target: "./lib/realtime/server",
    from: [
      ...UI,
      "./lib/server-wiring",
      "./lib/realtime/client",
      ...DOMAIN.filter((dir) => dir !== "./lib/documents" && dir !== "./lib/document-store"),
      "./lib/db.ts",
    ],
    message:
      "The realtime server gets domain code as arguments from server.ts (lib/server-wiring), never by import.",
  },
  {
    target: "./lib/realtime/server",
    from: "./lib/documents",
    except: ["./control-layout.ts", "./layout.ts", "./vote-keys.ts"],
    message:
      "The realtime server reads the document contract (the *-layout.ts files, vote-keys.ts) only: write code runs in the operations server.ts hands it.",
  },
  {
    target: "./lib/realtime/server",
    from: "./lib/document-store",
    except: ["./doc-store.ts"],
    message:
      "The realtime server takes its store as an argument: import the DocStore interface only.",
  },
  {
    target: ["./lib/realtime/client", "./lib/realtime/protocol.ts", "./lib/realtime/live-api.ts"],
    from: [...UI, "./lib"],
    except: ["./realtime/protocol.ts", "./realtime/client", "./awareness"],
    message: "The browser client and the protocol depend on lib/realtime/protocol only.",
  },
  {
    target: "./lib/awareness",
    from: [...UI, "./lib"],
    except: ["./awareness"],
    message: "lib/awareness is generic (Yjs awareness and React): it imports nothing of the app.",
  },
  {
    target: DOMAIN,
    from: [...UI, ...LIVE_SERVER, "./lib/realtime/client"],
    message:
      "Domain code reaches the live server through lib/realtime/live-api, never the server or browser client.",
  },
  {
    target: "./components",
    from: [...LIVE_SERVER, "./lib/db.ts", "./lib/document-store"],
    message: "Components call typed functions and hooks, never the database or the live server.",
  },
  {
    target: "./app",
    from: LIVE_SERVER,
    message:
      "Route handlers and server actions reach the live server through lib/realtime/live-api.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "func-style": ["error", "declaration", { allowArrowFunctions: true }],
    },
  },
  {
    // The layers (README "How it fits together"): the realtime server gets its store, auth and
    // domain operations as arguments from server.ts (lib/server-wiring), so it reads only the
    // transport protocol and the document contract; domain code reaches the live server through
    // the lib/realtime/live-api port. Tests and test helpers may cross layers to set up a scenario.
    // lint-boundaries.test.ts shows a violating import failing.
    files: ["app/**", "components/**", "lib/**", "server.ts"],
    ignores: [
      "**/*.test.ts",
      "**/*.test.tsx",
      "**/testing.ts",
      "**/testing-*.ts",
      "lib/testing/**",
    ],
    rules: { "import/no-restricted-paths": ["error", { zones: LAYER_ZONES }] },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next*/**",
    "node_modules/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
