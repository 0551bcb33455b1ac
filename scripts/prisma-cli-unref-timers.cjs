// Preloaded into Prisma's CLI (`node --require`) by lib/config/apply-migrations.ts. On PostgreSQL
// the JS schema engine (6.19) arms a 10 s timer around its advisory lock and never clears it, so
// `migrate deploy` sat idle for 10 s after finishing. Long timers are unref'd: they still fire, but
// no longer keep a finished process alive (a pending query's socket still does).
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal.call(this, callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
