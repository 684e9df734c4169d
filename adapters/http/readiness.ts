/**
 * GET /readyz: whether this instance should get traffic. /healthz only says the process answers
 * (its contract: always 200 {"ok":true}); /readyz says whether it can also store what it is sent.
 * On Node a full disk made the server exit and restart in a loop, healthy between each loss, so a
 * load balancer kept sending it residents; now /readyz answers 503 with a code while the
 * database cannot take writes (the host's probe: adapters/runtime/node-ready.ts, worker.ts). With
 * PostgreSQL the same probe write goes to the shared database: an instance that cannot reach it,
 * or reaches a server that refuses writes (a read-only standby after a failover), is taken out.
 */
export type Readiness =
  | { ok: true }
  | { ok: false; code: 'DB_NOT_WRITABLE' | 'DISK_FULL' | 'DB_TIMEOUT' | 'DB_UNREACHABLE'; message: string };

export type ReadinessProbe = () => Promise<Readiness>;

export const NOT_WRITABLE: Readiness = {
  ok: false,
  code: 'DB_NOT_WRITABLE',
  message: '数据库现在不能写入，请检查磁盘和数据库文件。(database not writable)',
};
/** PostgreSQL: no connection could be made, or it was lost (the server is down, restarting, or failing over). */
export const UNREACHABLE: Readiness = {
  ok: false,
  code: 'DB_UNREACHABLE',
  message: '连不上数据库。(database unreachable)',
};
export const DISK_FULL: Readiness = {
  ok: false,
  code: 'DISK_FULL',
  message: '数据库所在的磁盘快满了，请清理磁盘。(disk nearly full)',
};
const TIMED_OUT: Readiness = {
  ok: false,
  code: 'DB_TIMEOUT',
  message: '数据库没有及时响应。(database did not answer in time)',
};

/**
 * One probe a second at most, shared by every /readyz asking meanwhile: each probe is a
 * committed write, and anyone may ask, so asking must not become a way to make the server write.
 */
export function sharedProbe(probe: ReadinessProbe, nowMs: () => number = Date.now, ttlMs = 1_000): ReadinessProbe {
  let last: { at: number; result: Promise<Readiness> } | undefined;
  return () => {
    const now = nowMs();
    if (last && now - last.at < ttlMs && now >= last.at) return last.result;
    last = { at: now, result: probe() };
    return last.result;
  };
}

/** The probe, or DB_TIMEOUT after `ms`: a load balancer's check must itself answer in time. */
export async function checkReadiness(probe: ReadinessProbe | undefined, ms = 3_000): Promise<Readiness> {
  if (!probe) return { ok: true };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([probe().catch((): Readiness => NOT_WRITABLE), late]);
  } finally {
    clearTimeout(timer);
  }
}
