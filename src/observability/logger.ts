import { Writable } from 'node:stream';
import pino from 'pino';

/**
 * musubi's logger: pino underneath (one JSON object per line), behind the small interface
 * every module already uses, so a CLI can pass a stderr logger and a test a silent one.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'pretty';

export interface PinoLogger extends Logger {
  /** True when a line at `level` would be written (skip building costly fields otherwise). */
  isLevelEnabled(level: Exclude<LogLevel, 'silent'>): boolean;
  readonly pino: pino.Logger;
}

export const REDACTED = '[REDACTED]';

/**
 * Paths pino blanks out whatever the caller logs: credentials in headers, and password-like
 * fields one level deep. Deeper secrets in GraphQL variables are removed by redactSecrets().
 */
const REDACT_PATHS = [
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["proxy-authorization"]',
  'password',
  '*.password',
  'token',
  '*.token',
  'apiKey',
  '*.apiKey',
];

/**
 * `format` also accepts a boolean (true = pretty) for older callers; `destination` defaults to
 * stdout (tests pass a stream to read the lines back).
 */
export function createLogger(level: LogLevel = 'info', format: LogFormat | boolean = 'json', destination?: NodeJS.WritableStream): PinoLogger {
  const pretty = format === true || format === 'pretty';
  const stream = pretty ? prettyStream(destination ?? process.stdout) : (destination ?? pino.destination({ dest: 1, sync: true }));
  const logger = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    stream as pino.DestinationStream,
  );
  const write = (lvl: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (fields) logger[lvl](fields, message);
    else logger[lvl](message);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    isLevelEnabled: (lvl) => logger.isLevelEnabled(lvl),
    pino: logger,
  };
}

const SECRET_KEY = /pass(word|phrase)?|secret|token|api[-_]?key|authori[sz]ation|cookie|credential/i;

/**
 * A copy of `value` with the values of secret-looking keys (password, token, apiKey …) replaced,
 * at any depth: GraphQL variables nest inputs, and pino's redaction paths cannot follow them.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 20) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
  return copy;
}

const COLOURS: Record<string, string> = { debug: '\x1b[90m', info: '\x1b[36m', warn: '\x1b[33m', error: '\x1b[31m', fatal: '\x1b[31m' };

/** LOG_FORMAT=pretty: `12:34:56 INFO  message {fields}`, coloured on a terminal. */
function prettyStream(out: NodeJS.WritableStream): Writable {
  const colour = (out as NodeJS.WriteStream).isTTY === true;
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        try {
          const { level, time, msg, pid: _pid, ...fields } = JSON.parse(line) as Record<string, unknown>;
          const label = String(level).toUpperCase().padEnd(5);
          const clock = typeof time === 'string' ? time.slice(11, 19) : '';
          const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
          const head = colour ? `${COLOURS[String(level)] ?? ''}${label}\x1b[0m` : label;
          out.write(`${clock} ${head} ${String(msg ?? '')}${extra}\n`);
        } catch {
          out.write(`${line}\n`);
        }
      }
      callback();
    },
  });
}
