/**
 * Structured JSON logs through pino, one line per event on standard output, for a log collector
 * to gather from every instance. The call shape stays `log(event, fields)`, which every module
 * already uses; callers pass ids, codes, counts and timings, never personal data (the rule since
 * issue 7). As a second line of defence, fields whose names can carry what a resident wrote or who
 * they are are replaced by "[redacted]" wherever they appear, so a careless field cannot leak.
 */
import pino, { type DestinationStream } from 'pino';

export type Log = (event: string, fields: Record<string, unknown>) => void;

/** Field names that could hold a resident's words or identity (at the top level or one level down). */
export const REDACTED_FIELDS = ['text', 'body', 'content', 'query', 'openId', 'openid', 'userId', 'chatId', 'name', 'phone', 'idNumber', 'contact', 'household', 'state', 'payload', 'password', 'token', 'authorization', 'cookie'];

export interface Logger {
  /** An event at level info. */
  log: Log;
  /** An event at level error (a lost transaction, a failed start). */
  error: Log;
  /** Writes what is buffered (before exit). */
  flush: () => void;
}

export interface LoggerOptions {
  /** DOUDI_LOG=off silences everything. */
  off?: boolean;
  /** Fields every line carries (the instance's name). */
  base?: Record<string, unknown>;
  /** Standard output by default; a test passes a stream to read lines back. */
  destination?: DestinationStream;
}

export function jsonLogger(o: LoggerOptions = {}): Logger {
  const logger = pino(
    {
      level: o.off ? 'silent' : 'info',
      messageKey: 'event',
      base: o.base ?? {},
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: '[redacted]' },
    },
    o.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return {
    log: (event, fields) => logger.info(fields, event),
    error: (event, fields) => logger.error(fields, event),
    flush: () => logger.flush(),
  };
}
