/** Ctrl-C (SIGINT) or SIGTERM, for a command that runs until stopped. */
export interface StopSignal {
  /** Waits `ms`, or less if a stop signal comes first; resolves to true once stopped. */
  within(ms: number): Promise<boolean>;
  /** Stops listening for the signals. */
  cancel(): void;
}

/** Listens for SIGINT and SIGTERM from now on (so they stop the loop instead of the process). */
export function stopSignal(): StopSignal {
  let stopped = false;
  let wake: (() => void) | undefined;
  const on = () => {
    stopped = true;
    wake?.();
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    within(ms) {
      if (stopped) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          wake = undefined;
          resolve(stopped);
        }, ms);
        wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
    cancel() {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
}
