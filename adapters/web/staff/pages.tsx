/**
 * The console's pages, rendered on the server (Hono JSX): no script, readable on a phone (lists
 * turn into cards under 700 px) and on a desk. Every word comes from messages.ts.
 */
import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';
import { REFERRAL_STATUSES, STATUS_LABELS } from '../../db/referral-record.ts';
import { PROGRAMS } from '../../../screening/index.ts';
import { PROGRAM_SHORT, S } from './messages.ts';
import type { CitationView, CitedText, DetailView, ListFiltersView, ListRow, MaterialsGroup, PrintView } from './view.ts';

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f4f4f1}
header{background:#1f5c42;color:#fff;padding:10px 16px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
header a,header button{color:#fff}header .app{font-weight:bold;font-size:18px;margin-right:auto}
header form{display:inline;margin:0}header button{background:none;border:1px solid #fff;border-radius:6px;padding:2px 10px;font:inherit;cursor:pointer}
main{max-width:1100px;margin:0 auto;padding:16px}h1{font-size:22px;margin:4px 0 14px}h2{font-size:18px;margin:18px 0 8px}
.card{background:#fff;border-radius:10px;padding:14px 16px;margin:0 0 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.msg{padding:10px 14px;border-radius:8px;background:#fff3cd;border:1px solid #e0c36a;margin:0 0 14px}
.msg.error{background:#fde2e1;border-color:#d98c89}
label{display:block;font-size:14px;color:#444}input,select,textarea{font:inherit;padding:8px;border:1px solid #999;border-radius:6px;width:100%;background:#fff}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;align-items:end}
.btn,button.btn{display:inline-block;font:inherit;padding:8px 16px;border-radius:6px;border:1px solid #1f5c42;background:#1f5c42;color:#fff;text-decoration:none;cursor:pointer}
.btn.light{background:#fff;color:#1f5c42}.actions{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#eef3ef;font-weight:normal;color:#333;white-space:nowrap}
.status{display:inline-block;padding:0 8px;border-radius:10px;background:#e7efe9;color:#1f5c42;white-space:nowrap}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}dl.facts dt{color:#555}dl.facts dd{margin:0}
.cite{font-size:13px;color:#555}.muted{color:#666;font-size:14px}ul{margin:4px 0;padding-left:22px}
.pager{display:flex;gap:12px;align-items:center;margin:12px 0}
.login{max-width:380px;margin:40px auto}.login label{margin-top:10px}.login button{margin-top:16px;width:100%}
@media (max-width:700px){
 table.list thead{display:none}table.list tr{display:block;border-bottom:8px solid #f4f4f1}table.list td{display:flex;gap:10px;border:none;padding:4px 12px}
 table.list td::before{content:attr(data-label);color:#666;min-width:6.5em;flex-shrink:0}
 dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:6px}
}
`;

export interface PageUser {
  displayName: string;
  role: string;
}

const Head: FC<{ title: string; css?: string }> = ({ title, css }) => (
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>{`${title} · ${S.appName}`}</title>
    {/* Constant CSS, not escaped: JSX text escaping would turn its quotes into &quot; and break it. */}
    <style>{raw(css ?? CSS)}</style>
  </head>
);

export const Layout: FC<{ title: string; user?: PageUser | undefined; csrf?: string | undefined; children?: Child }> = ({ title, user, csrf, children }) => (
  <html lang="zh-CN">
    <Head title={title} />
    <body>
      <header>
        <span class="app">{S.appName}</span>
        {user ? (
          <>
            <a href="/staff/requests">{S.nav.requests}</a>
            {user.role === 'admin' ? <a href="/staff/outbox">{S.nav.outbox}</a> : null}
            {user.role === 'admin' ? <a href="/staff/audit">{S.nav.audit}</a> : null}
            <span>
              {user.displayName}（{S.role[user.role] ?? user.role}）
            </span>
            <form method="post" action="/staff/logout">
              <input type="hidden" name="_csrf" value={csrf ?? ''} />
              <button type="submit">{S.nav.logout}</button>
            </form>
          </>
        ) : null}
      </header>
      <main>{children}</main>
    </body>
  </html>
);

export const LoginPage: FC<{ csrf: string; message?: string | undefined; error?: boolean; username?: string | undefined }> = ({ csrf, message, error, username }) => (
  <Layout title={S.login.title}>
    <div class="card login">
      <h1>{S.login.title}</h1>
      {message ? <p class={error ? 'msg error' : 'msg'} role="alert">{message}</p> : null}
      <form method="post" action="/staff/login">
        <input type="hidden" name="_csrf" value={csrf} />
        <label for="username">{S.login.username}</label>
        <input id="username" name="username" autocomplete="username" required maxlength={64} value={username ?? ''} />
        <label for="password">{S.login.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={200} />
        <button type="submit" class="btn">{S.login.submit}</button>
      </form>
    </div>
  </Layout>
);

export const ErrorPage: FC<{ message: string; user?: PageUser | undefined; csrf?: string | undefined; issues?: string[] }> = ({ message, user, csrf, issues }) => (
  <Layout title={S.errors.back} user={user} csrf={csrf}>
    <div class="card">
      <p class="msg error" role="alert">{message}</p>
      {issues && issues.length > 0 ? (
        <ul>
          {issues.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={user ? '/staff/requests' : '/staff/login'}>{S.errors.back}</a>
      </p>
    </div>
  </Layout>
);

/** One labelled filter: "any" first, then the options, the current one selected. */
const FilterSelect: FC<{ name: string; label: string; value: string | undefined; options: [value: string, label: string][] }> = ({ name, label, value, options }) => (
  <div>
    <label for={`f-${name}`}>{label}</label>
    <select id={`f-${name}`} name={name}>
      <option value="">{S.list.any}</option>
      {options.map(([v, l]) => (
        <option value={v} selected={value === v}>
          {l}
        </option>
      ))}
    </select>
  </div>
);

export const ListPage: FC<{
  user: PageUser;
  csrf: string;
  filters: ListFiltersView;
  villages: { code: string; name: string }[];
  rows: ListRow[];
  total: number;
  page: number;
  pages: number;
  query: (page?: number) => string;
}> = ({ user, csrf, filters, villages, rows, total, page, pages, query }) => (
  <Layout title={S.list.title} user={user} csrf={csrf}>
    <h1>{S.list.title}</h1>
    <form method="get" action="/staff/requests" class="card filters" aria-label={S.list.filters}>
      <FilterSelect name="status" label={S.list.status} value={filters.status} options={REFERRAL_STATUSES.map((x) => [x, STATUS_LABELS[x]])} />
      {villages.length > 1 ? <FilterSelect name="village" label={S.list.village} value={filters.village} options={villages.map((v) => [v.code, v.name])} /> : null}
      <FilterSelect name="program" label={S.list.program} value={filters.program} options={PROGRAMS.map((x) => [x, PROGRAM_SHORT[x] ?? x])} />
      <div>
        <label for="f-from">{S.list.from}</label>
        <input id="f-from" type="date" name="from" value={filters.from ?? ''} />
      </div>
      <div>
        <label for="f-to">{S.list.to}</label>
        <input id="f-to" type="date" name="to" value={filters.to ?? ''} />
      </div>
      <div class="actions">
        <button type="submit" class="btn">{S.list.apply}</button>
        <a class="btn light" href="/staff/requests">{S.list.reset}</a>
      </div>
    </form>
    <div class="actions">
      <span>{S.list.total(total)}</span>
      <a class="btn light" href={`/staff/requests.csv${query()}`}>{S.list.export}</a>
    </div>
    <p class="muted">{S.list.maskedNote}</p>
    {rows.length === 0 ? (
      <p class="card">{S.list.empty}</p>
    ) : (
      <table class="list">
        <thead>
          <tr>
            <th>{S.list.reference}</th>
            <th>{S.list.created}</th>
            <th>{S.list.village}</th>
            <th>{S.list.status}</th>
            <th>{S.list.programs}</th>
            <th>{S.list.contact}</th>
            <th>{S.list.phone}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td data-label={S.list.reference}>
                <a href={`/staff/requests/${encodeURIComponent(r.id)}`}>{r.reference}</a>
              </td>
              <td data-label={S.list.created}>{r.created}</td>
              <td data-label={S.list.village}>{r.village}</td>
              <td data-label={S.list.status}>
                <span class="status">{r.status}</span>
              </td>
              <td data-label={S.list.programs}>{r.programs}</td>
              <td data-label={S.list.contact}>{r.name}</td>
              <td data-label={S.list.phone}>{r.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {pages > 1 ? (
      <nav class="pager">
        {page > 1 ? <a href={`/staff/requests${query(page - 1)}`}>{S.list.prev}</a> : null}
        <span>{S.list.page(page, pages)}</span>
        {page < pages ? <a href={`/staff/requests${query(page + 1)}`}>{S.list.next}</a> : null}
      </nav>
    ) : null}
  </Layout>
);

const Citations: FC<{ items: CitationView[] }> = ({ items }) =>
  items.length > 0 ? (
    <span class="cite">
      （{S.detail.citations}：{items.map((c) => c.label).join('；')}）
    </span>
  ) : null;

const CitedList: FC<{ items: CitedText[] }> = ({ items }) => (
  <ul>
    {items.map((x) => (
      <li>
        {x.text} <Citations items={x.citations} />
      </li>
    ))}
  </ul>
);

/**
 * The parts the detail page and the A4 form both show are rendered once, here, so the two cannot
 * drift apart; the variant only picks the frame (a card on screen, a ruled heading on paper) and
 * the heading's wording, the form's own being more careful (待核实, 以当地告知为准).
 */
type Variant = 'screen' | 'print';

const Part: FC<{ variant: Variant; title: string; class?: string; children?: Child }> = ({ variant, title, class: extra, children }) => (
  <section class={variant === 'screen' ? (extra ? `card ${extra}` : 'card') : extra}>
    <h2>{title}</h2>
    {children}
  </section>
);

const HouseholdFacts: FC<{ lines: string[]; variant: Variant }> = ({ lines, variant }) => (
  <Part variant={variant} title={variant === 'print' ? S.print.household : S.detail.household}>
    <ul>
      {lines.map((l) => (
        <li>{l}</li>
      ))}
    </ul>
  </Part>
);

/** The print stylesheet turns its items into tick boxes (class "materials"). */
const MaterialsChecklist: FC<{ groups: MaterialsGroup[]; variant: Variant }> = ({ groups, variant }) =>
  groups.length > 0 ? (
    <Part variant={variant} title={variant === 'print' ? S.print.materials : S.detail.materials} class="materials">
      {groups.map((g) => (
        <div>
          <p>
            <strong>{g.title}</strong>
          </p>
          <CitedList items={g.items} />
        </div>
      ))}
    </Part>
  ) : null;

export const DetailPage: FC<{ user: PageUser; csrf: string; d: DetailView; message?: string | undefined }> = ({ user, csrf, d, message }) => (
  <Layout title={d.reference} user={user} csrf={csrf}>
    <div class="actions">
      <a href="/staff/requests">← {S.detail.back}</a>
      <a class="btn light" href={`/staff/requests/${encodeURIComponent(d.id)}/print`}>
        {S.detail.print}
      </a>
    </div>
    <h1>
      {d.reference} <span class="status">{d.statusLabel}</span>
    </h1>
    {message ? <p class="msg">{message}</p> : null}
    <section class="card">
      <h2>{S.detail.contact}</h2>
      <dl class="facts">
        <dt>{S.detail.name}</dt>
        <dd>{d.contact.name}</dd>
        <dt>{S.detail.phone}</dt>
        <dd>
          <a href={`tel:${d.contact.phone}`}>{d.contact.phone}</a>
        </dd>
        <dt>{S.detail.callTime}</dt>
        <dd>{d.contact.callTime}</dd>
        <dt>{S.detail.idNumber}</dt>
        <dd>{d.contact.idNumber ? `${d.contact.idNumber}${S.detail.idNumberMasked}` : S.detail.idNumberNone}</dd>
        <dt>{S.detail.village}</dt>
        <dd>
          {d.village}
          {d.township ? `（${d.township}）` : ''}
        </dd>
        <dt>{S.detail.created}</dt>
        <dd>{d.created}</dd>
        <dt>{S.detail.channel}</dt>
        <dd>{d.channel}</dd>
        <dt>{S.detail.consent}</dt>
        <dd>{d.consentAt}</dd>
      </dl>
    </section>
    {d.next.length > 0 ? (
      <section class="card">
        <h2>{S.detail.changeStatus}</h2>
        <form method="post" action={`/staff/requests/${encodeURIComponent(d.id)}/status`}>
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="from" value={d.status} />
          <label for="to">{S.detail.to}</label>
          <select id="to" name="to" required>
            {d.next.map((n) => (
              <option value={n.value}>{n.label}</option>
            ))}
          </select>
          <label for="note">{S.detail.note}</label>
          <textarea id="note" name="note" rows={3} maxlength={500}></textarea>
          <label>
            <input type="checkbox" name="tell" value="1" style="width:auto" /> {S.detail.tellResident}
          </label>
          <div class="actions">
            <button type="submit" class="btn">{S.detail.save}</button>
          </div>
        </form>
      </section>
    ) : (
      <p class="muted">{S.detail.finished}</p>
    )}
    <section class="card">
      <h2>{S.detail.programs}</h2>
      {d.programs.map((p) => (
        <div>
          <p>
            <strong>{p.name}</strong>：{p.verdict}
            {p.amount ? <span class="muted">　{p.amount}</span> : null}
          </p>
          <CitedList items={p.reasons} />
        </div>
      ))}
    </section>
    <HouseholdFacts lines={d.household} variant="screen" />
    <MaterialsChecklist groups={d.materials} variant="screen" />
    <section class="card">
      <h2>{S.detail.history}</h2>
      {d.history.length === 0 ? (
        <p class="muted">{S.detail.noHistory}</p>
      ) : (
        <ul>
          {d.history.map((h) => (
            <li>
              {h.at}　{h.actor}：{h.from ? `${h.from} → ` : ''}
              {h.to}
              {h.note ? `。${h.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  </Layout>
);

export interface OutboxRowView {
  kind: string;
  target: string;
  status: string;
  attempts: number;
  lastError: string;
  created: string;
  next: string;
}

/** A list as a table on desktops and as labelled cards on phones (data-label), with an empty note. */
function DataTable<T>({ rows, empty, columns }: { rows: T[]; empty: string; columns: [label: string, cell: (r: T) => unknown][] }) {
  if (rows.length === 0) return <p class="card">{empty}</p>;
  return (
    <table class="list">
      <thead>
        <tr>
          {columns.map(([label]) => (
            <th>{label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            {columns.map(([label, cell]) => (
              <td data-label={label}>{cell(r)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const OutboxPage: FC<{ user: PageUser; csrf: string; rows: OutboxRowView[] }> = ({ user, csrf, rows }) => (
  <Layout title={S.outbox.title} user={user} csrf={csrf}>
    <h1>{S.outbox.title}</h1>
    <DataTable
      rows={rows}
      empty={S.outbox.empty}
      columns={[
        [S.outbox.kind, (r) => r.kind],
        [S.outbox.target, (r) => r.target],
        [S.outbox.status, (r) => r.status],
        [S.outbox.attempts, (r) => r.attempts],
        [S.outbox.lastError, (r) => r.lastError],
        [S.outbox.created, (r) => r.created],
        [S.outbox.next, (r) => r.next],
      ]}
    />
  </Layout>
);

export interface AuditRowView {
  at: string;
  actor: string;
  action: string;
  request: string;
  requestId: string | null;
  detail: string;
}

export const AuditPage: FC<{ user: PageUser; csrf: string; rows: AuditRowView[] }> = ({ user, csrf, rows }) => (
  <Layout title={S.audit.title} user={user} csrf={csrf}>
    <h1>{S.audit.title}</h1>
    <DataTable
      rows={rows}
      empty={S.audit.empty}
      columns={[
        [S.audit.at, (r) => r.at],
        [S.audit.actor, (r) => r.actor],
        [S.audit.action, (r) => r.action],
        [S.audit.request, (r) => (r.requestId ? <a href={`/staff/requests/${encodeURIComponent(r.requestId)}`}>{r.request}</a> : '')],
        [S.audit.detail, (r) => r.detail],
      ]}
    />
  </Layout>
);

const PRINT_CSS = `
@page{size:A4;margin:14mm 15mm 14mm 15mm}
*{box-sizing:border-box}body{margin:0;font:10.5pt/1.45 "Noto Serif CJK SC","Noto Sans CJK SC","SimSun","Songti SC",serif;color:#000;background:#fff}
.sheet{max-width:180mm;margin:0 auto;padding:8mm 0}
h1{text-align:center;font-size:18pt;margin:0 0 2mm;letter-spacing:2px}h2{font-size:12pt;margin:4mm 0 1.5mm;border-bottom:1px solid #000;padding-bottom:1mm}
.meta{display:flex;justify-content:space-between;font-size:9.5pt;margin-bottom:2mm}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:1.5mm 2mm;vertical-align:top;text-align:left;font-weight:normal}
th{width:24mm;background:#f2f2f2}ul{margin:0;padding-left:5mm}li{margin:0 0 .5mm}
.cite{font-size:8.5pt;color:#333}.note{font-size:9pt;margin:2mm 0}
.materials p{margin:1mm 0}.materials li{list-style:none;margin-left:-5mm}.materials li::before{content:"☐ "}
.sign{display:grid;grid-template-columns:1fr 1fr;gap:3mm 10mm;margin-top:3mm}.sign div{border-bottom:1px solid #000;height:10mm;display:flex;align-items:flex-end;font-size:10pt}
.sign .wide{grid-column:1 / span 2}
.noprint{margin:10px auto;max-width:180mm;display:flex;gap:12px}
.noprint a,.noprint button{font:14px sans-serif;padding:6px 14px}
tr,.sign,.keep{break-inside:avoid}h2{break-after:avoid}
@media print{.noprint{display:none}.sheet{padding:0;max-width:none}a{color:#000;text-decoration:none}}
`;

export const PrintPage: FC<{ id: string; p: PrintView }> = ({ id, p }) => (
  <html lang="zh-CN">
    <Head title={`${S.print.title} ${p.reference}`} css={PRINT_CSS} />
    <body>
      <nav class="noprint">
        <a href={`/staff/requests/${encodeURIComponent(id)}`}>← {S.detail.back}</a>
      </nav>
      <div class="sheet">
        <h1>{S.print.title}</h1>
        <div class="meta">
          <span>
            {S.print.reference}：{p.reference}
          </span>
          <span>
            {p.village}
            {p.township ? `（${p.township}）` : ''}
          </span>
          <span>
            {S.print.printedAt}：{p.printedAt}
          </span>
        </div>
        <p class="note">{S.print.note}</p>
        <section>
          <h2>{S.print.applicant}</h2>
          <table>
            <tr>
              <th>{S.detail.name}</th>
              <td>{p.contact.name}</td>
              <th>{S.detail.phone}</th>
              <td>{p.contact.phone}</td>
            </tr>
            <tr>
              <th>{S.detail.idNumber}</th>
              <td>{p.contact.idNumber || S.print.idBlank}</td>
              <th>{S.detail.callTime}</th>
              <td>{p.contact.callTime}</td>
            </tr>
            <tr>
              <th>{S.detail.village}</th>
              <td colspan={3}>
                {p.village}
                {p.township ? `，${p.township}` : ''}
              </td>
            </tr>
          </table>
        </section>
        <HouseholdFacts lines={p.household} variant="print" />
        <section>
          <h2>{S.print.programs}</h2>
          <table>
            {p.programs.map((r) => (
              <tr>
                <th style="width:34mm">
                  {r.name}
                  <br />
                  <strong>{r.verdict}</strong>
                </th>
                <td>
                  <CitedList items={r.reasons} />
                </td>
              </tr>
            ))}
          </table>
        </section>
        <MaterialsChecklist groups={p.materials} variant="print" />
        <section class="keep">
          <h2>{S.print.declaration}</h2>
          <p class="note">{S.print.declarationText}</p>
          <h2>{S.print.authorisation}</h2>
          <p class="note">{S.print.authorisationText}</p>
          <div class="sign">
            <div>{S.print.applicantSign}：</div>
            <div>{S.print.date}：</div>
            <div class="wide">{S.print.membersSign}：</div>
            <div>{S.print.staffSign}：</div>
            <div>{S.print.date}：</div>
          </div>
          <p class="note cite">{p.disclaimer}</p>
        </section>
      </div>
    </body>
  </html>
);
