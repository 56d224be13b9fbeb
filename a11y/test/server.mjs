// Serves the fixture pages, with the same CSP as the portal and a language switch like
// the portal's, so the suite's own tests exercise it as it runs against a real instance.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function startFixtureServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const lang = /^\/language\/(\w+)$/.exec(url.pathname);
    if (lang) {
      res.writeHead(303, { Location: url.searchParams.get('next') ?? '/', 'Set-Cookie': `lang=${lang[1]}; Path=/` });
      return res.end();
    }
    try {
      const name = url.pathname.slice(1) || 'good.html';
      const body = readFileSync(join(fixtures, name.replace(/[^a-z0-9.-]/g, '')));
      const csp = name === 'keyboard-trap.html' ? "default-src 'self' 'unsafe-inline'" : "default-src 'none'; style-src 'self' 'unsafe-inline'";
      res.writeHead(200, { 'Content-Type': name.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html lang="en"><head><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>');
    }
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${server.address().port}` })));
}
