import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

// The bench machine is shared (2 cores, other engineers' tests and servers run beside it), so every
// section records how much CPU the rest of the machine used while it ran.

interface CpuSnapshot {
  /** Busy and total jiffies of the whole machine, from /proc/stat (null off Linux). */
  busy: number | null;
  total: number | null;
  self: NodeJS.CpuUsage;
  /** Jiffies used so far by helper processes of ours (the bench Neo4j), by pid. */
  helpers: Map<number, number>;
  at: number;
}

/** utime + stime of a process in jiffies, or 0 once it is gone. */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

export function cpuSnapshot(helperPids: readonly number[] = []): CpuSnapshot {
  const helpers = new Map(helperPids.map((pid) => [pid, processTicks(pid)]));
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
  return { busy, total, self: process.cpuUsage(), helpers, at: performance.now() };
}

/**
 * Cores the rest of the machine kept busy since `start`: everything but this process, the helper
 * processes given to cpuSnapshot (the bench Neo4j), and `childCpuMs` of child processes we waited for.
 */
export function otherLoad(start: CpuSnapshot, childCpuMs = 0): number | null {
  const end = cpuSnapshot([...start.helpers.keys()]);
  if (start.busy === null || end.busy === null || start.total === null || end.total === null) return null;
  const cores = availableParallelism();
  const wallTicks = (end.total - start.total) / cores;
  if (wallTicks <= 0) return null;
  const busyCores = ((end.busy - start.busy) / (end.total - start.total)) * cores;
  let helperTicks = 0;
  for (const [pid, t] of start.helpers) helperTicks += (end.helpers.get(pid) ?? t) - t;
  // /proc/stat and /proc/<pid>/stat both count in USER_HZ (100 a second on Linux).
  const selfSec =
    (end.self.user - start.self.user + end.self.system - start.self.system) / 1e6 +
    helperTicks / 100 +
    childCpuMs / 1000;
  const wallSec = (end.at - start.at) / 1000;
  return Math.max(0, busyCores - selfSec / wallSec);
}

export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
}
