// Shared set-up for the staff console tests: an in-memory database, a sealer, the demo villages
// (demo-yc-1 and demo-yc-2 in township demo-yc-t1; demo-yj-1 and demo-yj-2 in demo-yj-t1),
// a clock the test moves, accounts, requests inserted directly, and a signed-in client. Each
// client comes from its own address (as the Node host sees a socket), unless a test gives one.
import { materialsFor, type MaterialsList } from '../../content/materials.ts';
import { renderSummary } from '../../bot/summary.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { referrals } from '../../adapters/db/schema.ts';
import type { ReferralStatus, SealedReferral } from '../../adapters/db/referral-record.ts';
import { nodeClientOf } from '../../adapters/runtime/node-client.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { createStaffAccount } from '../../adapters/web/staff/accounts.ts';
import { staffRoutes } from '../../adapters/web/staff/routes.tsx';
import { StaffStore } from '../../adapters/web/staff/store.ts';
import { type Household, screen } from '../../screening/index.ts';

export const BASE = 'http://doudi.test';
export const PASSWORD = 'correct-horse-1';

export async function setUp(opts: { publicUrl?: string } = {}) {
  const { db, sqlite, atomic } = openNodeDb(':memory:');
  const sealer = await Sealer.fromKey(newDataKey());
  const villages = villageDirectory({});
  let now = new Date('2026-12-01T02:00:00Z');
  const clock = { now: () => now, today: () => now.toISOString().slice(0, 10) };
  const logs: string[] = [];
  const app = staffRoutes({
    db,
    atomic,
    sealer,
    villages,
    clock,
    publicUrl: opts.publicUrl ?? BASE,
    log: (e, f) => logs.push(JSON.stringify({ e, ...f })),
    client: nodeClientOf([]),
  });
  const store = new StaffStore(db);
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  // Fewer iterations keep the suite quick; the stored format and verification are the same.
  const addUser = (username: string, role: 'village' | 'township' | 'county' | 'admin' | 'agent', scope?: string) =>
    createStaffAccount(
      store,
      villages,
      { username, password: PASSWORD, role, ...(scope ? { scope } : {}), displayName: `${username}显示名` },
      now,
      1000,
    );
  let n = 0;
  const addReferral = async (o: ReferralFixture) => {
    n++;
    const row = await referralRow(sealer, n, o);
    await db.insert(referrals).values(row);
    return row.id;
  };
  return { db, sqlite, atomic, sealer, villages, app, store, clock, advance, addUser, addReferral, logs };
}

export interface ReferralFixture {
  /** Empty for a request whose village was not listed (then `township` or `county`). */
  village: string;
  township?: string;
  county?: string;
  channel?: string;
  household?: Household;
  urgent?: boolean;
  dueMs?: number | null;
  status?: ReferralStatus;
  createdAt?: string;
  name?: string;
  phone?: string;
  idNumber?: string;
  programs?: string[];
  materials?: MaterialsList[];
}

/** A request row as the lead's request creation writes it: plain routing columns, sealed body. */
export async function referralRow(
  sealer: Sealer,
  n: number,
  o: ReferralFixture,
): Promise<typeof referrals.$inferInsert & { id: string }> {
  const household: Household =
    o.household ??
    ({
      hukou: 'rural',
      members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false, employed: false }],
      income: { wages: 0 },
    } as Household);
  const report = screen(household, { region: '140802', date: '2026-12-01' });
  const body: SealedReferral = {
    contact: {
      name: o.name ?? '张建华',
      phone: o.phone ?? '13812345678',
      ...(o.idNumber ? { idNumber: o.idNumber } : {}),
      callTime: '上午',
    },
    channelUserId: `wx-user-${n}`,
    household,
    report,
    summary: renderSummary(household, report, { region: '140802', date: '2026-12-01' }),
    consent: { at: '2026-11-30T01:00:00Z', version: 'v1', text: '同意' },
    materials:
      o.materials ??
      materialsFor(
        report.results.filter((r) => r.verdict !== 'unlikely').map((r) => r.program),
        household,
      ),
  };
  const createdAt = o.createdAt ?? new Date(Date.parse('2026-11-20T00:00:00Z') + n * 60_000).toISOString();
  return {
    id: `ref-${n}-${o.village}`,
    reference: `DD-${String(n).padStart(6, '0')}`,
    idempotencyKey: `idem-${n}`,
    resident: await sealer.hash(`wx-user-${n}`),
    channel: o.channel ?? 'wechat',
    region: '140802',
    village: o.village,
    township: o.township ?? villageDirectory({}).get(o.village)?.township.code ?? 'unknown',
    county: o.county ?? (o.village ? '140802' : ''),
    urgent: o.urgent ?? false,
    dueMs: o.dueMs ?? null,
    programs: (o.programs ?? ['tekun', 'dibao']).join(','),
    status: o.status ?? 'new',
    sealed: await sealer.seal(body),
    createdAt,
    updatedAt: createdAt,
  };
}

export type Env = Awaited<ReturnType<typeof setUp>>;

let clients = 0;

/** A browser-like client: keeps cookies, sends Origin on POST, reads the CSRF token from pages. */
export class Client {
  cookies = new Map<string, string>();
  constructor(
    readonly env: Env,
    readonly origin = BASE,
    /** The socket address the server sees; by default one of its own (198.18.0.0/15 is for tests). */
    readonly ip = `198.18.${(++clients >> 8) & 255}.${clients & 255}`,
  ) {}
  private get socket() {
    return { incoming: { socket: { remoteAddress: this.ip } } };
  }
  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      if (/Max-Age=0/i.test(c) || v === '') this.cookies.delete(k!);
      else this.cookies.set(k!, v!);
    }
  }
  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.env.app.request(
      `${BASE}${path}`,
      { headers: { cookie: this.header(), ...headers } },
      this.socket,
    );
    this.keep(res);
    return res;
  }
  async post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = { origin: this.origin },
  ): Promise<Response> {
    const res = await this.env.app.request(
      `${BASE}${path}`,
      {
        method: 'POST',
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(form).toString(),
      },
      this.socket,
    );
    this.keep(res);
    return res;
  }
  /** A form with repeated fields (ticked boxes), as a browser sends it. */
  async postPairs(
    path: string,
    pairs: [string, string][],
    headers: Record<string, string> = { origin: this.origin },
  ): Promise<Response> {
    const res = await this.env.app.request(
      `${BASE}${path}`,
      {
        method: 'POST',
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(pairs).toString(),
      },
      this.socket,
    );
    this.keep(res);
    return res;
  }
  async csrf(path = '/staff/requests'): Promise<string> {
    const html = await (await this.get(path)).text();
    const m = html.match(/name="_csrf" value="([^"]+)"/);
    if (!m) throw new Error(`no CSRF token on ${path}`);
    return m[1]!;
  }
  async login(username: string, password = PASSWORD): Promise<Response> {
    const token = await this.csrf('/staff/login');
    return this.post('/staff/login', { _csrf: token, username, password });
  }
}
