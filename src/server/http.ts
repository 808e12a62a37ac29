import type { IncomingMessage, ServerResponse } from 'node:http';

/** A route handler gets the parsed URL; it writes the whole response itself. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

/**
 * The server's routes by path, each by method ('*' for any). Later features (/explore, /export) add
 * theirs with `add` before the server starts listening.
 */
export class Routes {
  readonly #table = new Map<string, Map<string, Handler>>();

  add(method: string, path: string, handler: Handler): this {
    const byMethod = this.#table.get(path) ?? new Map<string, Handler>();
    byMethod.set(method.toUpperCase(), handler);
    this.#table.set(path, byMethod);
    return this;
  }

  /** The handler for a request, or why there is none (404 unknown path, 405 wrong method). */
  match(method: string, path: string): Handler | 404 | 405 {
    const byMethod = this.#table.get(path);
    if (!byMethod) return 404;
    return byMethod.get(method.toUpperCase()) ?? byMethod.get('*') ?? 405;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The error the route's error handler turns into a 413 answer. */
function bodyTooLarge(max: number): Error {
  return Object.assign(new Error(`E_BODY_TOO_LARGE: request body over ${max} bytes`), { status: 413 });
}

/**
 * The body of a request, refusing more than `max` bytes (a GraphQL query is small). Plain 'data' and
 * 'end' listeners: `for await` over the request costs an async iterator and a promise per chunk.
 *
 * An oversized body is refused as soon as its size is known (content-length, or the running count of a
 * chunked one), and the rest of the upload is read and dropped (bounded by the server's requestTimeout):
 * destroying the request instead reset the connection before the client could read the 413.
 */
export function readBody(req: IncomingMessage, max: number): Promise<string> {
  if (Number(req.headers['content-length']) > max) {
    req.resume();
    return Promise.reject(bodyTooLarge(max));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      // No listener left: the stream keeps flowing and the chunks are dropped.
      req.off('data', onData);
      chunks.length = 0;
      reject(bodyTooLarge(max));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
