import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux everywhere that matters). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  parent: number;
  cpuSeconds: number;
}

function stat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields count from after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { pid, parent: Number(fields[1]), cpuSeconds: ticks / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process and all its descendants have used so far (PostgreSQL forks a process per connection). */
export function treeCpuSeconds(root: number | undefined): number {
  if (root === undefined) return 0;
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => stat(Number(name)))
    .filter((entry): entry is ProcStat => entry !== null);
  const children = new Map<number, ProcStat[]>();
  for (const entry of all)
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  let total = 0;
  const pending = all.filter((entry) => entry.pid === root);
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    total += entry.cpuSeconds;
    pending.push(...(children.get(entry.pid) ?? []));
  }
  return total;
}

/** Resident memory now and at its peak (VmRSS, VmHWM) of one process, in MiB. */
export function memoryMiB(pid: number | undefined): { rss: number; peak: number } {
  if (pid === undefined) return { rss: Number.NaN, peak: Number.NaN };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

/** CPU seconds of several process trees between two moments. */
export class CpuMeter {
  private readonly start: Map<string, number>;

  constructor(private readonly processes: Record<string, number | undefined>) {
    this.start = new Map(
      Object.entries(processes).map(([name, pid]) => [name, treeCpuSeconds(pid)]),
    );
  }

  /** Seconds used by each process since the meter was made. */
  used(): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.processes).map(([name, pid]) => [
        name,
        treeCpuSeconds(pid) - (this.start.get(name) ?? 0),
      ]),
    );
  }
}
