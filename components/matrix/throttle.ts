export type Throttled<T> = {
  /** Sends at once if the interval has passed, otherwise keeps the latest value for later. */
  push: (value: T) => void;
  /** Drops anything still waiting (after a drop or cancel). */
  cancel: () => void;
};

/**
 * Calls `send` at most once per `intervalMs`, always delivering the latest value last
 * (leading and trailing edge), so a remote preview ends exactly where the pointer stopped.
 */
export function createThrottle<T>(options: {
  intervalMs: number;
  send: (value: T) => void;
  now?: () => number;
  schedule?: (run: () => void, ms: number) => () => void;
}): Throttled<T> {
  const now = options.now ?? (() => performance.now());
  const schedule =
    options.schedule ??
    ((run: () => void, ms: number) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    });
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let cancelTimer: (() => void) | null = null;

  function flush(): void {
    cancelTimer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = now();
    options.send(value);
  }

  return {
    push(value) {
      pending = { value };
      const wait = options.intervalMs - (now() - last);
      if (wait <= 0) {
        cancelTimer?.();
        flush();
      } else {
        cancelTimer ??= schedule(flush, wait);
      }
    },
    cancel() {
      pending = null;
      cancelTimer?.();
      cancelTimer = null;
    },
  };
}
