import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/database/data-source';
import { assertJapaneseTextSupport, DatabaseLocaleError } from '../../src/database/database';
import { waitFor } from '../support/wait-for';

const templateUrl = () => new URL(process.env.MUSUBI_TEST_TEMPLATE_URL as string);

async function adminQuery(sql: string): Promise<void> {
  const url = templateUrl();
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether a process runs: an exited one that nobody has reaped yet (a zombie, state Z) does not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe('database bootstrap', () => {
  it('accepts the embedded cluster: UTF-8 with kanji and kana as letters, so trigrams keep Japanese', async () => {
    const dataSource = createDataSource({ url: templateUrl().toString() });
    await dataSource.initialize();
    try {
      await expect(assertJapaneseTextSupport(dataSource)).resolves.toBeUndefined();
      const [row] = await dataSource.query(`SELECT similarity('有機EL素子の発光効率', '有機ELディスプレイ') AS s`);
      // Under the C locale only "EL" survives and this is 1.
      expect(Number(row.s)).toBeLessThan(0.5);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses a database whose locale would break Japanese search, with a message saying what to do', async () => {
    const name = `c_locale_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'SQL_ASCII' LOCALE_PROVIDER libc LC_COLLATE 'C' LC_CTYPE 'C'`);
    const url = templateUrl();
    url.pathname = `/${name}`;
    const dataSource = createDataSource({ url: url.toString() });
    await dataSource.initialize();
    try {
      const failure = assertJapaneseTextSupport(dataSource);
      await expect(failure).rejects.toBeInstanceOf(DatabaseLocaleError);
      await expect(failure).rejects.toThrow(/SQL_ASCII.*UTF8.*日本語検索/s);
    } finally {
      await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    }
  });

  describe('embedded cluster lifecycle (in a child process, as `npm start` runs it)', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-lifecycle-'));
    const port = String(20000 + (process.pid % 20000));
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    const run = (action: 'write' | 'read' | 'start'): { ok: boolean; logs: string[]; rows?: unknown[]; error?: string } => {
      const script = path.join(__dirname, '..', 'support', 'embedded-lifecycle.ts');
      const output = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', script, dataDir, port, action], { encoding: 'utf8' });
      return JSON.parse(output.trim().split('\n').pop() as string);
    };

    it('keeps its data across restarts and clears a stale lock left by a crash', () => {
      expect(run('write')).toMatchObject({ ok: true, rows: [{ note: '残る' }] });
      // A crash leaves postmaster.pid naming a process that no longer exists.
      fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), '999999\n/tmp\n');
      const restarted = run('read');
      expect(restarted).toMatchObject({ ok: true, rows: [{ note: '残る' }] });
      expect(restarted.logs.join('\n')).toMatch(/stale lock/);
    });

    it('reclaims a PostgreSQL left running by a musubi killed with SIGKILL, but never one a live musubi holds', async () => {
      const script = path.join(__dirname, '..', 'support', 'embedded-lifecycle.ts');
      const holder = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', script, dataDir, port, 'hold'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      holder.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      try {
        await waitFor(
          () => output.includes('"ok"'),
          () => `the holder to start its cluster: ${output}`,
        );
        expect(JSON.parse(output.trim())).toMatchObject({ ok: true });
        const postmasterPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

        // Its owner lives: a second start refuses and leaves it alone.
        const refused = run('start');
        expect(refused.ok).toBe(false);
        expect(refused.error).toMatch(new RegExp(`in use by PostgreSQL process ${postmasterPid}`));
        expect(isAlive(postmasterPid)).toBe(true);

        holder.kill('SIGKILL');
        await exited;
        // kill -9 leaves the postmaster running, an orphan holding the folder.
        expect(isAlive(postmasterPid)).toBe(true);

        const restarted = run('read');
        expect(restarted).toMatchObject({ ok: true, rows: [{ note: '残る' }] });
        expect(restarted.logs.join('\n')).toMatch(new RegExp(`Reclaiming the embedded PostgreSQL \\(process ${postmasterPid}\\)`));
        // The orphan was stopped (it may take a moment to exit on a loaded machine).
        await waitFor(
          () => !isAlive(postmasterPid),
          () => `the reclaimed postmaster ${postmasterPid} to exit`,
        );
      } finally {
        if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
      }
    });

    it('refuses to start on a data folder a live process holds, and says which', () => {
      fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n/tmp\n`);
      try {
        const refused = run('start');
        expect(refused.ok).toBe(false);
        expect(refused.error).toMatch(new RegExp(`in use by PostgreSQL process ${process.pid}.*データフォルダ`, 's'));
      } finally {
        fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
      }
    });
  });
});
