import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * The console's Content-Security-Policy: scripts only from the gateway's own origin (the build has no inline
 * script), API calls only to it, no frames, plugins or foreign forms. Styles allow inline because Ant Design
 * writes its component styles at run time.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the gateway answers itself; the console's SPA fallback never shadows them. */
const API_PATHS = /^\/(graphql|healthz|readyz|metrics)(\/|$)/;

/**
 * Serves the built console at `/` from `dir`: hashed files under `/assets/` cached for a year, index.html
 * never cached (a new build is picked up on the next load), and every other browser navigation (GET or HEAD
 * asking for HTML) answered with index.html so the console's own router shows the view.
 */
export function serveConsole(app: Express, dir: string): void {
  const indexHtml = path.join(dir, 'index.html');
  const security = (res: express.Response) => {
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
  };
  app.use(
    express.static(dir, {
      index: false,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders: (res, file) => {
        security(res);
        const hashed = file.startsWith(path.join(dir, 'assets') + path.sep);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || req.path.startsWith('/assets/') || !req.accepts('html')) {
      next();
      return;
    }
    security(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml, (err) => {
      if (err) next(err);
    });
  });
}

/** Whether `dir` holds a built console. */
export function isConsoleBuild(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}
