import { cpus, hostname, loadavg, totalmem, type } from 'node:os';

/** Where the figures came from: a benchmark's numbers mean nothing without the machine and its load. */
export interface MachineInfo {
  hostname: string;
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  os: string;
  node: string;
}

export function machineInfo(): MachineInfo {
  return {
    hostname: hostname(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: type(),
    node: process.version,
  };
}

/** The load average over 1, 5 and 15 minutes (as `uptime` prints it), rounded. */
export function loadAverage(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return [one, five, fifteen].map((value) => Math.round(value * 100) / 100) as [
    number,
    number,
    number,
  ];
}
