import fs from 'node:fs';
import path from 'node:path';

/** .env.example documents every environment variable the app reads (src/), so it cannot fall behind. */
const ROOT = path.join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Names read as process.env.X, env.X (the config's parameter), or through the config's helpers: integer('X', …). */
function variablesReadBy(source: string): string[] {
  const patterns = [/\b(?:process\.)?env\.([A-Z][A-Z0-9_]+)/g, /\b(?:integer|oneOf|flag)\('([A-Z][A-Z0-9_]+)'/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

describe('.env.example', () => {
  it('documents every environment variable read under src/', () => {
    const read = new Set(sourceFiles(path.join(ROOT, 'src')).flatMap((file) => variablesReadBy(fs.readFileSync(file, 'utf8'))));
    const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
    expect(read.size).toBeGreaterThan(20);
  });
});
