/**
 * The WeChat API client, isolated from the dialogue (grammY's lesson): `fetch` is injected so
 * tests stand in with msw. Access tokens come from `stable_token` (normal mode: repeated calls
 * do not rotate it), cached through a TokenStore port (the database, shared by every process).
 * On 40001/40014/42001 the cached token is expired only if it is still the one that failed
 * (compare-and-expire), then the call is retried once. With several instances one fetches a new
 * token at a time (`lockRefresh`) and the others wait for it. Quota errors (45015 out of the 48-hour
 * window, 45047 too many messages) are reported, never retried in a loop.
 */

export class WechatApiError extends Error {
  override readonly name = 'WechatApiError';
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
  }
}

export interface CachedToken {
  token: string;
  expiresAt: number;
}

export interface TokenStore {
  get(appId: string): Promise<CachedToken | undefined>;
  set(appId: string, token: CachedToken): Promise<void>;
  /** Remove the cached token only if it is still `token`. */
  expireIf(appId: string, token: string): Promise<void>;
  /**
   * Several instances sharing the store: true when this one may fetch a new token now, false
   * while another is fetching it (then this one waits for the token that one stores).
   */
  lockRefresh?(appId: string): Promise<boolean>;
  /** Lets another instance refresh at once next time (after this one stored its token, or failed). */
  releaseRefresh?(appId: string): Promise<void>;
}

/** How long to wait for another instance's refresh before fetching a token ourselves. */
const REFRESH_WAIT_MS = 3_000;
const REFRESH_POLL_MS = 100;

export interface WechatApiOptions {
  appId: string;
  appSecret: string;
  apiBase?: string;
  fetch?: typeof fetch;
  tokens: TokenStore;
  now?: () => number;
  /** Called for quota and window errors so operators can see them. */
  onQuotaError?: (errcode: number, errmsg: string) => void;
}

const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
const QUOTA_ERRORS = new Set([45015, 45047]);
/** Refresh a little before WeChat's expiry. */
const EXPIRY_MARGIN_MS = 300_000;

interface ApiReply {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

export class WechatApiClient {
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly o: WechatApiOptions) {
    this.base = (o.apiBase ?? 'https://api.weixin.qq.com').replace(/\/$/, '');
    this.fetch = o.fetch ?? ((...args) => fetch(...args));
    this.now = o.now ?? (() => Date.now());
  }

  private async postJson(path: string, body: unknown): Promise<ApiReply> {
    const res = await this.fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as ApiReply;
    } catch {
      throw new WechatApiError(-1, `non-JSON reply (HTTP ${res.status})`);
    }
  }

  async accessToken(): Promise<string> {
    const cached = await this.o.tokens.get(this.o.appId);
    if (cached && cached.expiresAt > this.now()) return cached.token;
    if (this.o.tokens.lockRefresh && !(await this.o.tokens.lockRefresh(this.o.appId))) {
      // Another instance is fetching it: take the one it stores (stable_token would give the same).
      for (let waited = 0; waited < REFRESH_WAIT_MS; waited += REFRESH_POLL_MS) {
        await new Promise((resolve) => setTimeout(resolve, REFRESH_POLL_MS));
        const theirs = await this.o.tokens.get(this.o.appId);
        if (theirs && theirs.expiresAt > this.now()) return theirs.token;
      }
    }
    try {
      const r = await this.postJson('/cgi-bin/stable_token', {
        grant_type: 'client_credential',
        appid: this.o.appId,
        secret: this.o.appSecret,
        force_refresh: false,
      });
      if (!r.access_token) throw new WechatApiError(r.errcode ?? -1, r.errmsg ?? 'no access_token');
      const token = { token: r.access_token, expiresAt: this.now() + (r.expires_in ?? 7200) * 1000 - EXPIRY_MARGIN_MS };
      await this.o.tokens.set(this.o.appId, token);
      return token.token;
    } finally {
      await this.o.tokens.releaseRefresh?.(this.o.appId);
    }
  }

  /** Call an API that takes `access_token`; one compare-and-expire retry on token errors. */
  async call(path: string, body: unknown): Promise<ApiReply> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.accessToken();
      const r = await this.postJson(`${path}?access_token=${encodeURIComponent(token)}`, body);
      const code = r.errcode ?? 0;
      if (code === 0) return r;
      if (TOKEN_ERRORS.has(code) && attempt === 0) {
        await this.o.tokens.expireIf(this.o.appId, token);
        continue;
      }
      if (QUOTA_ERRORS.has(code)) this.o.onQuotaError?.(code, r.errmsg ?? '');
      throw new WechatApiError(code, r.errmsg ?? '');
    }
    throw new WechatApiError(-1, 'unreachable');
  }

  sendText(openId: string, content: string): Promise<ApiReply> {
    return this.call('/cgi-bin/message/custom/send', { touser: openId, msgtype: 'text', text: { content } });
  }

  createMenu(menu: unknown): Promise<ApiReply> {
    return this.call('/cgi-bin/menu/create', menu);
  }
}

/**
 * The custom menu: the key actions a resident would otherwise have to type (为什么, 返回, 我的回答,
 * 摘要, 人工, 申请), one tap away; each key maps to the dialogue's command (MENU_KEYS in inbound.ts).
 * WeChat allows three buttons of at most 4 characters, each with up to five sub-buttons.
 */
export const DOUDI_MENU = {
  button: [
    { type: 'click', name: '开始评估', key: 'START' },
    {
      name: '常用',
      sub_button: [
        { type: 'click', name: '为什么问这个', key: 'WHY' },
        { type: 'click', name: '返回上一题', key: 'BACK' },
        { type: 'click', name: '我的回答', key: 'ANSWERS' },
        { type: 'click', name: '评估摘要', key: 'SUMMARY' },
        { type: 'click', name: '找人工', key: 'HUMAN' },
      ],
    },
    {
      name: '申请政策',
      sub_button: [
        { type: 'click', name: '联系村委', key: 'APPLY' },
        { type: 'click', name: '政策问答', key: 'POLICY' },
      ],
    },
  ],
};
