import fs from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../bench/server-control';

describe('the V8 flags the server runs with', () => {
  it('are the same for `npm start` and the benchmark, so that the benchmark measures the server as started', () => {
    const start = (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
    const nodeFlags = /\bnode ((?:--\S+ )*)dist\/src\/main\.js/.exec(start)?.[1].trim().split(' ') ?? [];
    expect(nodeFlags).toEqual(SERVER_NODE_FLAGS);
  });
});
