/* eslint-disable no-console -- the launcher and the infra scripts talk to a person in a terminal */

/** Progress lines for long set-up steps, so a first run that builds tools never looks stuck. */
export function step(message: string): void {
  console.log(`› ${message}`);
}

export function info(message: string): void {
  console.log(message);
}

export function warn(message: string): void {
  console.warn(`! ${message}`);
}

/** Prints a message every `intervalMs` while a long task runs; returns a function that stops it. */
export function heartbeat(label: string, intervalMs = 15_000): () => void {
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`  … ${label} (${seconds}s so far)`);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
