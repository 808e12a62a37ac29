import { pino } from 'pino';

/** Structured logs on stderr, so stdout stays machine-readable for `extract` and `export`. */
export function createLogger(level = 'info') {
  return pino({ level, base: undefined }, pino.destination(2));
}

export type Logger = ReturnType<typeof createLogger>;
