import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildLexicon } from '../matching/text/lexicon-build';
import { LEXICON_PATH } from '../matching/text/lexicon-format';

/**
 * `npm run lexicon:build [-- DIR]`: derives src/matching/data/lexicon.tsv.gz from the EDRDG's EDICT
 * and compdic as Debian's `edict` package installs them (`apt-get install edict`). The folder
 * is the argument, else $EDICT_DIR, else /usr/share/edict. Only this command needs the package:
 * the server and the tests read the committed derived file.
 */
const DEFAULT_DIR = '/usr/share/edict';
const FILES = ['edict', 'compdic'] as const;

function debianVersion(): string {
  try {
    return `Debian package edict ${execFileSync('dpkg-query', ['-W', '-f=${Version}', 'edict'], { encoding: 'utf8' }).trim()}`;
  } catch {
    return 'Debian package edict (version unknown)';
  }
}

function main(): void {
  const dir = process.argv[2] ?? process.env.EDICT_DIR ?? DEFAULT_DIR;
  const decoder = new TextDecoder('euc-jp');
  const sources = FILES.map((name) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file))
      throw new Error(`${file} not found: install Debian's edict package (apt-get install edict) or pass the folder holding ${FILES.join(' and ')}`);
    return { name: name === 'edict' ? 'EDICT' : 'COMPDIC', text: decoder.decode(fs.readFileSync(file)) };
  });
  const started = performance.now();
  const result = buildLexicon(sources, { sourceVersion: process.env.EDICT_VERSION ?? debianVersion() });
  const out = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), ...LEXICON_PATH);
  // gzip level 9 without a name or time stamp in its header: the same text gives the same bytes.
  const bytes = zlib.gzipSync(Buffer.from(result.text, 'utf8'), { level: 9 });
  fs.writeFileSync(out, bytes);
  console.log(
    `Wrote ${path.relative(process.cwd(), out)}: ${result.forms} Japanese forms, ${result.keys} English keys, ` +
      `${Buffer.byteLength(result.text)} bytes of text, ${bytes.length} gzipped (${Math.round(performance.now() - started)} ms)`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
