import { readFileSync } from 'node:fs';
import type { SupervisorStatus } from '@tdkt/infra';
import { Gauge, type Registry } from 'prom-client';

/**
 * What `npm start` says of the processes it keeps running (the status file it names in
 * SUPERVISOR_STATUS_FILE): restarts, state, last exit. Null when the API runs without it, or the file
 * cannot be read right now.
 */
export function readSupervisorStatus(file: string | undefined): SupervisorStatus | null {
  if (file === undefined) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SupervisorStatus;
  } catch {
    return null;
  }
}

/** Restarts and state of each supervised process, read from the status file at every scrape. */
export function registerSupervisorMetrics(registry: Registry, file: string): void {
  const read = () => Object.entries(readSupervisorStatus(file)?.services ?? {});
  new Gauge({
    name: 'tdkt_supervisor_restarts',
    help: 'Times npm start has started a process again since it started, by process',
    labelNames: ['service'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [service, status] of read()) this.set({ service }, status.restarts);
    },
  });
  new Gauge({
    name: 'tdkt_supervisor_up',
    help: 'Whether npm start has the process running (0 while it restarts it, or after it gave up)',
    labelNames: ['service'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [service, status] of read())
        this.set({ service }, status.state === 'running' ? 1 : 0);
    },
  });
}
