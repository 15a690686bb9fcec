/** Minimal structured logger: one JSON object per line on stderr/stdout. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function createLogger(level: LogLevel = 'info', pretty = process.stdout.isTTY): Logger {
  const threshold = LEVELS.indexOf(level);
  const write = (lvl: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(lvl) < threshold) return;
    const stream = lvl === 'error' || lvl === 'warn' ? process.stderr : process.stdout;
    if (pretty) {
      const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
      stream.write(`${lvl.toUpperCase().padEnd(5)} ${message}${extra}\n`);
    } else {
      stream.write(`${JSON.stringify({ level: lvl, time: new Date().toISOString(), msg: message, ...fields })}\n`);
    }
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
