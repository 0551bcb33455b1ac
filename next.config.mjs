// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets several builds (e.g. parallel e2e runs) live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (server, tests, scripts) as its own step.
  typescript: { ignoreBuildErrors: true },
  // Native and server-only packages stay out of the bundles (PDFKit reads data files from its own
  // folder at run time).
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "bcryptjs",
    "pdfkit",
    "fontkit",
    // One Yjs for the custom server's realtime rooms and the routes that read the saved docs.
    "yjs",
  ],
  turbopack: {
    // lib0 (under Yjs) names Node's global Buffer on its Node-only code path, which made Turbopack
    // ship Next's Buffer polyfill (7 kB gzipped) to every workshop page. No browser code uses it.
    resolveAlias: { "next/dist/compiled/buffer": { browser: false } },
  },
  experimental: {
    authInterrupts: true,
  },
};

export default nextConfig;
