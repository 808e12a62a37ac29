import type { ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { Routes } from '../server/http.ts';
import { type ExplorerAssets, loadExplorer } from './bundle.ts';

// The page loads nothing from elsewhere: scripts, styles and data all come from this server.
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'";

/**
 * GET /explore (the page), /explore/app.js and /explore/app.css. The bundle is built once, when the
 * routes are added (server start), and kept in memory; requests wait for it.
 */
export function addExplorerRoutes(routes: Routes, logger: Logger): Promise<ExplorerAssets> {
  const started = performance.now();
  const assets = loadExplorer();
  assets.then(
    (a) =>
      logger.info(
        { ms: Math.round(performance.now() - started), bytes: a.js.length },
        'explorer page bundled',
      ),
    (err: unknown) => logger.error({ err }, 'explorer page could not be bundled'),
  );
  const serve =
    (pick: (a: ExplorerAssets) => string, type: string) => async (_req: unknown, res: ServerResponse) => {
      let body: string;
      try {
        body = pick(await assets);
      } catch (err) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end((err as Error).message);
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    };
  routes
    .add(
      'GET',
      '/explore',
      serve((a) => a.html, 'text/html; charset=utf-8'),
    )
    .add(
      'GET',
      '/explore/',
      serve((a) => a.html, 'text/html; charset=utf-8'),
    )
    .add(
      'GET',
      '/explore/app.js',
      serve((a) => a.js, 'text/javascript; charset=utf-8'),
    )
    .add(
      'GET',
      '/explore/app.css',
      serve((a) => a.css, 'text/css; charset=utf-8'),
    );
  return assets;
}
