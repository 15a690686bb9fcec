/** The logger lives in src/observability/logger.ts (pino); this path stays for existing imports. */
export { createLogger, redactSecrets, REDACTED } from '../observability/logger';
export type { Logger, LogFormat, LogLevel, PinoLogger } from '../observability/logger';
