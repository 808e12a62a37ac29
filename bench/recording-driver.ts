import type { Driver } from 'neo4j-driver';

// To run "the same Cypher" as a GraphQL request, the server is given a driver that writes down every
// statement it sends (hand-written resolvers and @neo4j/graphql's generated Cypher alike); the
// baseline then sends exactly those statements, with the same parameters, straight through the driver.

export interface RecordedStatement {
  statement: string;
  params: Record<string, unknown>;
  database?: string;
}

export interface Recorder {
  driver: Driver;
  /** Clears the log and starts recording. */
  start(): void;
  /** Stops recording and returns what was sent since start(). */
  stop(): RecordedStatement[];
}

type Fn = (...args: unknown[]) => unknown;

export function recordingDriver(real: Driver): Recorder {
  let on = false;
  let log: RecordedStatement[] = [];
  const note = (statement: unknown, params: unknown, database?: string) => {
    if (on && typeof statement === 'string') {
      log.push({ statement, params: (params ?? {}) as Record<string, unknown>, database });
    }
  };
  const wrapTx = <T extends object>(tx: T, database?: string): T =>
    new Proxy(tx, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === 'run') {
          return (q: unknown, p: unknown, ...rest: unknown[]) => {
            note(q, p, database);
            return (value as Fn).call(target, q, p, ...rest);
          };
        }
        return typeof value === 'function' ? (value as Fn).bind(target) : value;
      },
    });
  const wrapSession = <T extends object>(session: T, database?: string): T =>
    new Proxy(session, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === 'run') return wrapTx(target, database)[prop as keyof T];
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            (value as Fn).call(target, (tx: object) => work(wrapTx(tx, database)), ...rest);
        }
        if (prop === 'beginTransaction') {
          return (...args: unknown[]) => wrapTx((value as Fn).apply(target, args) as object, database);
        }
        return typeof value === 'function' ? (value as Fn).bind(target) : value;
      },
    });
  const driver = new Proxy(real, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === 'executeQuery') {
        return (q: unknown, p: unknown, config?: { database?: string }, ...rest: unknown[]) => {
          note(q, p, config?.database);
          return (value as Fn).call(target, q, p, config, ...rest);
        };
      }
      if (prop === 'session') {
        return (config?: { database?: string }, ...rest: unknown[]) =>
          wrapSession((value as Fn).call(target, config, ...rest) as object, config?.database);
      }
      return typeof value === 'function' ? (value as Fn).bind(target) : value;
    },
  });
  return {
    driver,
    start() {
      log = [];
      on = true;
    },
    stop() {
      on = false;
      return log;
    },
  };
}
