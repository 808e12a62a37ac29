import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

// The bench machine is shared (2 cores, other engineers' tests and servers run beside it), so every
// section records how much CPU the rest of the machine used while it ran.

interface CpuSnapshot {
  /** Busy and total jiffies of the whole machine, from /proc/stat (null off Linux). */
  busy: number | null;
  total: number | null;
  self: NodeJS.CpuUsage;
  at: number;
}

export function cpuSnapshot(): CpuSnapshot {
  let busy: number | null = null;
  let total: number | null = null;
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    busy = total - idle;
  } catch {
    // not Linux: only our own CPU time is known
  }
  return { busy, total, self: process.cpuUsage(), at: performance.now() };
}

/**
 * Cores the rest of the machine kept busy since `start` (child processes of ours, like Neo4j, count
 * as "others" here, so sections that use a server report it separately).
 */
export function otherLoad(start: CpuSnapshot, end = cpuSnapshot()): number | null {
  if (start.busy === null || end.busy === null || start.total === null || end.total === null) return null;
  const cores = availableParallelism();
  const wallTicks = (end.total - start.total) / cores;
  if (wallTicks <= 0) return null;
  const busyCores = ((end.busy - start.busy) / (end.total - start.total)) * cores;
  const selfSec = (end.self.user - start.self.user + end.self.system - start.self.system) / 1e6;
  const wallSec = (end.at - start.at) / 1000;
  return Math.max(0, busyCores - selfSec / wallSec);
}

export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
}
