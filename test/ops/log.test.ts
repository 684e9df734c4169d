// The JSON logs (adapters/ops/log.ts): one JSON object a line with level, time, event and fields;
// fields that could hold a resident's words or identity are redacted wherever a caller puts them,
// and a failed statement's parameters never reach a line.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { errorText, jsonLogger } from '../../adapters/ops/log.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, destination };
}

describe('JSON logs', () => {
  it('one object a line: level, time, event, the instance and the fields', () => {
    const { lines, destination } = capture();
    const logger = jsonLogger({ destination, base: { instance: 'host:1:ab' } });
    logger.log('http', { method: 'GET', path: '/healthz', status: 200, ms: 1.2 });
    logger.error('db.transaction_lost', { error: 'disk I/O error' });
    const [a, b] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toMatchObject({ level: 'info', event: 'http', instance: 'host:1:ab', method: 'GET', status: 200 });
    expect(typeof a!['time']).toBe('string');
    expect(b).toMatchObject({ level: 'error', event: 'db.transaction_lost' });
  });

  it('redacts fields that can hold what a resident wrote or who they are', () => {
    const { lines, destination } = capture();
    jsonLogger({ destination }).log('careless', {
      text: '我叫王秀英',
      openId: 'oSECRET',
      nested: { phone: '13812345678' },
      status: 1,
    });
    expect(lines[0]).not.toContain('王秀英');
    expect(lines[0]).not.toContain('oSECRET');
    expect(lines[0]).not.toContain('13812345678');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      text: '[redacted]',
      openId: '[redacted]',
      nested: { phone: '[redacted]' },
      status: 1,
    });
  });

  it("keeps a failed statement's SQL and the database's reason, never its parameters", () => {
    const failed = Object.assign(
      new Error(
        'Failed query: insert into "sessions" ("key", "state") values' +
          ' ($1, $2)\nparams: wechat:abc,{"sealed":"v1.SECRET"}',
      ),
      {
        cause: Object.assign(new Error('duplicate key value violates unique constraint "sessions_pkey"'), {
          code: '23505',
        }),
      },
    );
    const text = errorText(failed);
    expect(text).toContain('insert into "sessions"');
    expect(text).toContain('23505 duplicate key value');
    expect(text).not.toContain('SECRET');
    const { lines, destination } = capture();
    jsonLogger({ destination }).log('background.failed', { error: `DrizzleQueryError: ${failed.message}` });
    expect(lines[0]).not.toContain('SECRET');
    expect(lines[0]).toContain('[params not logged]');
  });

  it('DOUDI_LOG=off writes nothing', () => {
    const { lines, destination } = capture();
    jsonLogger({ destination, off: true }).log('http', { status: 200 });
    expect(lines).toEqual([]);
  });
});
