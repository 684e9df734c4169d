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
export const REDACTED_FIELDS = [
  'text',
  'body',
  'content',
  'query',
  'openId',
  'openid',
  'userId',
  'chatId',
  'name',
  'phone',
  'idNumber',
  'contact',
  'household',
  'state',
  'payload',
  'password',
  'token',
  'authorization',
  'cookie',
];

export interface Logger {
  /** An event at level info. */
  log: Log;
  /** An event at level error (a lost transaction, a failed start). */
  error: Log;
  /** Writes what is buffered (before exit). */
  flush: () => void;
  /** DOUDI_LOG=off: every event is dropped, so callers may skip building them. */
  off: boolean;
}

export interface LoggerOptions {
  /** DOUDI_LOG=off silences everything. */
  off?: boolean;
  /** Fields every line carries (the instance's name). */
  base?: Record<string, unknown>;
  /** Standard output by default; a test passes a stream to read lines back. */
  destination?: DestinationStream;
}

/**
 * drizzle's error for a failed statement reads "Failed query: <sql>\nparams: <values>", and the
 * values can be what a statement was storing. A logged string keeps the statement and loses the
 * values; what the database said comes after as the cause.
 */
export function withoutParams(text: string): string {
  const at = text.indexOf('\nparams:');
  return at >= 0 && text.includes('Failed query') ? `${text.slice(0, at)} [params not logged]` : text;
}

/**
 * An error as a log field: its message without statement parameters, and its cause's (the driver's) message and code.
 */
export function errorText(error: unknown): string {
  const e = error as { message?: string; code?: string; cause?: { message?: string; code?: string } } | undefined;
  const own = withoutParams(String(e?.message ?? error));
  const cause = e?.cause
    ? `: ${e.cause.code ? `${e.cause.code} ` : ''}${withoutParams(String(e.cause.message ?? ''))}`
    : '';
  return own + cause;
}

export function jsonLogger(o: LoggerOptions = {}): Logger {
  const logger = pino(
    {
      level: o.off ? 'silent' : 'info',
      messageKey: 'event',
      base: o.base ?? {},
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Whatever a caller passed as a string (usually String(e)), the statement's values stay out.
        log: (fields) =>
          Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? withoutParams(v) : v])),
      },
      redact: { paths: REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]), censor: '[redacted]' },
    },
    o.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return {
    log: (event, fields) => logger.info(fields, event),
    error: (event, fields) => logger.error(fields, event),
    flush: () => logger.flush(),
    off: o.off === true,
  };
}
