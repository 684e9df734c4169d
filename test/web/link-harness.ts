// A small browser stand-in for the link page's HTTP tests: a cookie jar that keeps every cookie
// (the page sets more than one), the hidden fields of the last page sent back with each answer
// (as a browser submits a form), 303s followed, and a client address per visitor.
import type { Hono } from 'hono';

export interface Page {
  status: number;
  html: string;
  headers: Headers;
}

/** The hidden fields of the page's forms (every form carries the same ones). */
export function fieldsOf(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  return fields;
}

export class Visitor {
  readonly jar = new Map<string, string>();
  last: Page | undefined;

  constructor(
    readonly app: Hono,
    /** Where the visitor comes from, as the reverse proxy in front of the Node server reports it. */
    readonly ip = '198.51.100.7',
    /** The site the page was served from: a browser sends it as Origin with a form. */
    readonly origin = 'https://doudi.example',
  ) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One request, its cookies kept (Max-Age=0 deletes), no redirect followed. */
  async raw(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size > 0 && !headers.has('cookie')) headers.set('cookie', this.cookieHeader());
    if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', this.ip);
    const res = await this.app.request(path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const gone = attrs.some((a) => /^\s*max-age=0$/i.test(a));
      if (gone) this.jar.delete(name);
      else this.jar.set(name, pair!.slice(eq + 1));
    }
    return res;
  }

  async open(path: string): Promise<Page> {
    const res = await this.raw(path);
    this.last = { status: res.status, html: await res.text(), headers: res.headers };
    return this.last;
  }

  /** Submits an answer with the hidden fields of the last page (or those given), then follows the 303. */
  async send(
    path: string,
    text: string,
    fields: Record<string, string> = fieldsOf(this.last?.html ?? ''),
    headers: Record<string, string> = { origin: this.origin },
  ): Promise<Page> {
    const res = await this.raw(path, { method: 'POST', body: new URLSearchParams({ ...fields, text }), headers });
    if (res.status === 303) return this.open(res.headers.get('location')!);
    this.last = { status: res.status, html: await res.text(), headers: res.headers };
    return this.last;
  }
}

/** The page's text without tags, for readable assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[^<]*<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
