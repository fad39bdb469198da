/** What a benchmark ran on: absolute figures only compare on the same kind of machine. */
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  os: string;
  node: string;
}

/** The machine this process runs on. */
export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}

/** The 1, 5 and 15-minute load averages, rounded: other work on a shared machine slows every figure. */
export function loadAverages(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return [Number(one.toFixed(2)), Number(five.toFixed(2)), Number(fifteen.toFixed(2))];
}
