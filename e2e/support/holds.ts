/**
 * Asserts that something stays true for `ms` (a leak that never arrives, a paused timer that
 * does not move): checks it every 100 ms and fails on the first check that throws, instead of
 * sleeping blindly and looking once at the end.
 */
export async function holdsFor(ms: number, check: () => Promise<void>): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    await check();
    if (Date.now() >= end) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, end - Date.now())));
  }
}
