import { ServerResponse } from 'node:http';

/**
 * A placeholder page until the offline GraphiQL build is wired in: it must never load from a
 * CDN, because the machines musubi runs on may have no internet.
 */
export function servePlayground(res: ServerResponse, _path?: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
    '<!doctype html><meta charset="utf-8"><title>musubi</title><p>musubi GraphQL endpoint: POST /graphql</p>',
  );
}
