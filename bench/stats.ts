import { readFileSync, writeFileSync } from 'node:fs';

/** Small numeric helpers for benchmark reports. */

/** Nearest-rank percentile of an unsorted sample (p in 0..100). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(sample: readonly number[]): number {
  return percentile(sample, 50);
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latency(sample: readonly number[]): Latency {
  return {
    n: sample.length,
    p50: percentile(sample, 50),
    p95: percentile(sample, 95),
    p99: percentile(sample, 99),
  };
}

export function mb(bytes: number): number {
  return bytes / 1e6;
}

/** Fixed decimals, trimmed of nothing: tables line up. */
export function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

export function ratio(a: number, b: number): string {
  return b > 0 ? `${fmt(a / b, 2)}×` : '–';
}

/**
 * This process's peak RSS in MB. VmHWM, not getrusage's maxRSS: Linux carries maxRSS across exec, so a
 * child spawned by a big parent would report the parent's peak.
 */
export function peakRssMB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Starts a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM); false if unsupported. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}
