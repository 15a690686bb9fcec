import { loadConfig } from '../config/config';
import type { Logger } from '../common/logger';
import { Database, openDatabase } from '../database/database';
import { embeddedDatabaseUrl } from '../database/database-url';
import { EmbeddedPostgresError } from '../database/embedded-postgres';

/** Progress goes to stderr, so `npm run export` can write its data to stdout. */
export const stderrLogger: Logger = {
  debug: () => undefined,
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`WARN  ${message}\n`),
  error: (message) => process.stderr.write(`ERROR ${message}\n`),
};

/**
 * Runs a command against the configured database (DATABASE_URL, or the embedded one) and
 * closes it afterwards, whatever happens. Exit code: the command's, or 2 when the database
 * cannot be opened or the command fails unexpectedly.
 */
export async function withDatabase(command: (database: Database) => Promise<number>): Promise<never> {
  let code: number;
  let database: Database | null = null;
  try {
    const config = loadConfig();
    try {
      database = await openDatabase(config, stderrLogger);
    } catch (error) {
      if (error instanceof EmbeddedPostgresError && !config.databaseUrl) {
        // Only one process may run the embedded cluster; a running server can still be reached as a client.
        error.message +=
          `\nヒント: サーバー (npm start) を止めてから実行するか、起動中のサーバーのデータベースを DATABASE_URL で指定してください。` +
          `\nHint: stop the server (npm start) first, or reach its database through DATABASE_URL:` +
          `\n  DATABASE_URL=${embeddedDatabaseUrl(config)} npm run …`;
      }
      throw error;
    }
    code = await command(database);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    code = 2;
  } finally {
    if (database) await database.close().catch(() => undefined);
  }
  process.exit(code);
}

/** `--name value` and `--flag` options plus positional arguments; unknown options are refused. */
export function parseArguments(args: string[], valued: string[], flags: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [null, null];
    if (name === null) positional.push(arg);
    else if (flags.includes(name)) options[name] = true;
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value / --${name} に値を指定してください`);
      options[name] = value;
    } else throw new UsageError(`Unknown option --${name} / 不明なオプションです: --${name}`);
  }
  return { positional, options };
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Prints the usage text: after a usage error (exit 2), or for --help (exit 0). */
export function exitWithHelp(usage: string): never {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

/** Prints a usage error with the command's usage text and exits with 2. */
export function exitWithUsage(error: unknown, usage: string): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
  process.exit(2);
}
