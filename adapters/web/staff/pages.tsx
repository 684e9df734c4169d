/**
 * The console's pages, rendered on the server (Hono JSX): no script, readable on a phone (lists
 * turn into cards under 700 px) and on a desk. Every word comes from messages.ts.
 */
import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';
import { REFERRAL_STATUSES, STATUS_LABELS } from '../../db/referral-record.ts';
import { PROGRAMS } from '../../../screening/index.ts';
import { PROGRAM_SHORT, S } from './messages.ts';
import type {
  CitationView,
  CitedText,
  DetailView,
  HistoryItem,
  ListFiltersView,
  ListRow,
  MaterialsGroup,
  PrintView,
  ProgramView,
} from './view.ts';

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;
  background:#f4f4f1}
header{background:#1f5c42;color:#fff;padding:10px 16px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
header a,header button{color:#fff}header .app{font-weight:bold;font-size:18px;margin-right:auto}
header form{display:inline;margin:0}
header button{background:none;border:1px solid #fff;border-radius:6px;padding:2px 10px;font:inherit;cursor:pointer}
main{max-width:1100px;margin:0 auto;padding:16px}h1{font-size:22px;margin:4px 0 14px}
h2{font-size:18px;margin:18px 0 8px}
.card{background:#fff;border-radius:10px;padding:14px 16px;margin:0 0 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.msg{padding:10px 14px;border-radius:8px;background:#fff3cd;border:1px solid #e0c36a;margin:0 0 14px}
.msg.error{background:#fde2e1;border-color:#d98c89}
label{display:block;font-size:14px;color:#444}
input,select,textarea{font:inherit;padding:8px;border:1px solid #999;border-radius:6px;width:100%;background:#fff}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;align-items:end}
.btn,button.btn{display:inline-block;font:inherit;padding:8px 16px;border-radius:6px;border:1px solid #1f5c42;
  background:#1f5c42;color:#fff;text-decoration:none;cursor:pointer}
.btn.light{background:#fff;color:#1f5c42}.actions{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#eef3ef;font-weight:normal;color:#333;white-space:nowrap}
.status{display:inline-block;padding:0 8px;border-radius:10px;background:#e7efe9;color:#1f5c42;white-space:nowrap}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}dl.facts dt{color:#555}
dl.facts dd{margin:0}
.cite{font-size:13px;color:#555}.muted{color:#666;font-size:14px}ul{margin:4px 0;padding-left:22px}
.pager{display:flex;gap:12px;align-items:center;margin:12px 0}
.login{max-width:380px;margin:40px auto}.login label{margin-top:10px}.login button{margin-top:16px;width:100%}
.urgent{display:inline-block;padding:0 8px;border-radius:10px;background:#b3261e;color:#fff;white-space:nowrap}
.overdue{color:#a3231b;font-weight:bold}.msg.urgent-note{background:#fde2e1;border-color:#b3261e}
.check{display:flex;align-items:center;gap:8px;margin:8px 0}.check input{width:auto}
.history li{margin-bottom:6px}.history .lines{color:#333;font-size:14px;margin:2px 0 0;padding-left:18px}
form.stack label{margin-top:10px}textarea.facts{font-family:inherit;min-height:14em}
.compare td,.compare th{white-space:normal}.consent{white-space:pre-line}.scroll{overflow-x:auto}
svg.chart{display:block;width:100%;max-width:560px;height:auto;margin:8px 0}
@media (max-width:700px){
 table.list thead{display:none}table.list tr{display:block;border-bottom:8px solid #f4f4f1}
table.list td{display:flex;gap:10px;border:none;padding:4px 12px}
 table.list td::before{content:attr(data-label);color:#666;min-width:6.5em;flex-shrink:0}
 table.list td{overflow-wrap:anywhere;min-width:0}
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

export const Layout: FC<{
  title: string;
  user?: PageUser | undefined;
  csrf?: string | undefined;
  children?: Child;
}> = ({ title, user, csrf, children }) => (
  <html lang="zh-CN">
    <Head title={title} />
    <body>
      <header>
        <span class="app">{S.appName}</span>
        {user ? (
          <>
            {user.role !== 'agent' ? <a href="/staff/requests">{S.nav.requests}</a> : null}
            {user.role !== 'agent' ? <a href="/staff/visits">{S.nav.visits}</a> : null}
            {user.role !== 'agent' ? <a href="/staff/reports">{S.nav.reports}</a> : null}
            {user.role !== 'agent' ? <a href="/staff/stats">{S.nav.stats}</a> : null}
            {user.role === 'admin' || user.role === 'county' ? <a href="/staff/charts">统计图</a> : null}
            {user.role === 'agent' || user.role === 'admin' ? <a href="/staff/lookup">{S.nav.lookup}</a> : null}
            {user.role === 'agent' || user.role === 'admin' ? <a href="/staff/feedback">12345 反馈</a> : null}
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

export const LoginPage: FC<{
  csrf: string;
  message?: string | undefined;
  error?: boolean;
  username?: string | undefined;
}> = ({ csrf, message, error, username }) => (
  <Layout title={S.login.title}>
    <div class="card login">
      <h1>{S.login.title}</h1>
      {message ? (
        <p class={error ? 'msg error' : 'msg'} role="alert">
          {message}
        </p>
      ) : null}
      <form method="post" action="/staff/login">
        <input type="hidden" name="_csrf" value={csrf} />
        <label for="username">{S.login.username}</label>
        <input id="username" name="username" autocomplete="username" required maxlength={64} value={username ?? ''} />
        <label for="password">{S.login.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={200} />
        <button type="submit" class="btn">
          {S.login.submit}
        </button>
      </form>
    </div>
  </Layout>
);

export const ErrorPage: FC<{
  message: string;
  user?: PageUser | undefined;
  csrf?: string | undefined;
  issues?: string[];
}> = ({ message, user, csrf, issues }) => (
  <Layout title={S.errors.back} user={user} csrf={csrf}>
    <div class="card">
      <p class="msg error" role="alert">
        {message}
      </p>
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
const FilterSelect: FC<{
  name: string;
  label: string;
  value: string | undefined;
  options: [value: string, label: string][];
}> = ({ name, label, value, options }) => (
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
      <FilterSelect
        name="status"
        label={S.list.status}
        value={filters.status}
        options={REFERRAL_STATUSES.map((x) => [x, STATUS_LABELS[x]])}
      />
      {villages.length > 1 ? (
        <FilterSelect
          name="village"
          label={S.list.village}
          value={filters.village}
          options={villages.map((v) => [v.code, v.name])}
        />
      ) : null}
      <FilterSelect
        name="program"
        label={S.list.program}
        value={filters.program}
        options={PROGRAMS.map((x) => [x, PROGRAM_SHORT[x] ?? x])}
      />
      <div>
        <label for="f-from">{S.list.from}</label>
        <input id="f-from" type="date" name="from" value={filters.from ?? ''} />
      </div>
      <div>
        <label for="f-to">{S.list.to}</label>
        <input id="f-to" type="date" name="to" value={filters.to ?? ''} />
      </div>
      <div>
        <label class="check">
          <input type="checkbox" name="overdue" value="1" checked={filters.overdue === '1'} /> {S.list.overdueOnly}
        </label>
        <label class="check">
          <input type="checkbox" name="urgent" value="1" checked={filters.urgent === '1'} /> {S.list.urgentOnly}
        </label>
      </div>
      <div class="actions">
        <button type="submit" class="btn">
          {S.list.apply}
        </button>
        <a class="btn light" href="/staff/requests">
          {S.list.reset}
        </a>
      </div>
    </form>
    <div class="actions">
      <span>{S.list.total(total)}</span>
      <a class="btn light" href={`/staff/requests.csv${query()}`}>
        {S.list.export}
      </a>
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
            <th>{S.list.due}</th>
            <th>{S.list.programs}</th>
            <th>{S.list.contact}</th>
            <th>{S.list.phone}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td data-label={S.list.reference}>
                <a href={`/staff/requests/${encodeURIComponent(r.id)}`}>{r.reference}</a>{' '}
                {r.urgent ? <span class="urgent">{S.list.urgent}</span> : null}
              </td>
              <td data-label={S.list.created}>{r.created}</td>
              <td data-label={S.list.village}>{r.village}</td>
              <td data-label={S.list.status}>
                <span class="status">{r.status}</span>
                {r.followUp ? (
                  <span class="muted">
                    　{S.list.followUp}：{r.followUp}
                  </span>
                ) : null}
              </td>
              <td data-label={S.list.due}>
                {r.due ? <span class={r.due.overdue ? 'overdue' : ''}>{r.due.text}</span> : '—'}
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

const Part: FC<{ variant: Variant; title: string; class?: string; children?: Child }> = ({
  variant,
  title,
  class: extra,
  children,
}) => (
  <section class={variant === 'screen' ? (extra ? `card ${extra}` : 'card') : extra}>
    <h2>{title}</h2>
    {children}
  </section>
);

const HouseholdFacts: FC<{ lines: string[]; variant: Variant; title?: string }> = ({ lines, variant, title }) => (
  <Part variant={variant} title={title ?? (variant === 'print' ? S.print.household : S.detail.household)}>
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

/** Each program's verdict on the resident's account and on the corrected facts, side by side. */
const Compare: FC<{ original: ProgramView[]; corrected: ProgramView[] }> = ({ original, corrected }) => (
  <table class="list compare">
    <thead>
      <tr>
        <th>{S.list.program}</th>
        <th>{S.detail.originalPrograms}</th>
        <th>{S.detail.correctedPrograms}</th>
      </tr>
    </thead>
    <tbody>
      {original.map((p) => {
        const c = corrected.find((x) => x.program === p.program);
        return (
          <tr>
            <td data-label={S.list.program}>{p.name}</td>
            <td data-label={S.detail.originalPrograms}>{p.verdict}</td>
            <td data-label={S.detail.correctedPrograms}>
              <strong>{c?.verdict ?? '—'}</strong>
              {c?.amount ? <span class="muted">　{c.amount}</span> : null}
            </td>
          </tr>
        );
      })}
    </tbody>
  </table>
);

const Programs: FC<{ programs: ProgramView[] }> = ({ programs }) => (
  <>
    {programs.map((p) => (
      <div>
        <p>
          <strong>{p.name}</strong>：{p.verdict}
          {p.amount ? <span class="muted">　{p.amount}</span> : null}
        </p>
        <CitedList items={p.reasons} />
      </div>
    ))}
  </>
);

/** The status form: nothing chosen until staff choose, and a note alone is a choice of its own. */
const StatusForm: FC<{ d: DetailView; csrf: string }> = ({ d, csrf }) => (
  <section class="card">
    <h2>{S.detail.changeStatus}</h2>
    <form method="post" action={`/staff/requests/${encodeURIComponent(d.id)}/status`} class="stack">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="from" value={d.status} />
      <label for="to">{S.detail.to}</label>
      <select id="to" name="to" required>
        <option value="" selected>
          {S.detail.choose}
        </option>
        <option value="note">{S.detail.noteOnly}</option>
        {d.next.map((n) => (
          <option value={n.value}>{n.label}</option>
        ))}
      </select>
      <label for="note">{S.detail.note}</label>
      <textarea id="note" name="note" rows={3} maxlength={500}></textarea>
      <label class="check">
        <input type="checkbox" name="tell" value="1" /> {S.detail.tellResident}
      </label>
      <div class="actions">
        <button type="submit" class="btn">
          {S.detail.save}
        </button>
      </div>
    </form>
  </section>
);

const CorrectionForm: FC<{ d: DetailView; csrf: string; issues?: string[] | undefined; text?: string | undefined }> = ({
  d,
  csrf,
  issues,
  text,
}) => (
  <section class="card" id="correct">
    <h2>{S.correction.title}</h2>
    <p class="muted">{S.correction.help}</p>
    {issues && issues.length > 0 ? (
      <div class="msg error" role="alert">
        <p>{S.correction.invalid}</p>
        <ul>
          {issues.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      </div>
    ) : null}
    <form method="post" action={`/staff/requests/${encodeURIComponent(d.id)}/household`} class="stack">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="base" value={d.correctionBase} />
      <label for="household-text">{S.correction.label}</label>
      <textarea id="household-text" name="text" class="facts" rows={12} maxlength={4000}>
        {text ?? d.correctionText}
      </textarea>
      <div class="actions">
        <button type="submit" class="btn">
          {S.correction.save}
        </button>
      </div>
    </form>
  </section>
);

const History: FC<{ items: HistoryItem[] }> = ({ items }) => (
  <section class="card">
    <h2>{S.detail.history}</h2>
    {items.length === 0 ? (
      <p class="muted">{S.detail.noHistory}</p>
    ) : (
      <ul class="history">
        {items.map((h) => (
          <li>
            {h.at}　{h.actor}：{h.what}
            {h.note ? `。${h.note}` : ''}
            {h.note && h.told ? <span class="muted">{S.history.told}</span> : null}
            {h.lines.length > 0 ? (
              <ul class="lines">
                {h.lines.map((l) => (
                  <li>{l}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    )}
  </section>
);

export const DetailPage: FC<{
  user: PageUser;
  csrf: string;
  d: DetailView;
  message?: string | undefined;
  correction?: { issues: string[]; text: string } | undefined;
}> = ({ user, csrf, d, message, correction }) => (
  <Layout title={d.reference} user={user} csrf={csrf}>
    <div class="actions">
      <a href="/staff/requests">← {S.detail.back}</a>
      {d.erased ? null : (
        <a class="btn light" href={`/staff/requests/${encodeURIComponent(d.id)}/print`}>
          {S.detail.print}
        </a>
      )}
    </div>
    <h1>
      {d.reference} <span class="status">{d.statusLabel}</span>{' '}
      {d.urgent ? <span class="urgent">{S.list.urgent}</span> : null}
    </h1>
    {message ? (
      <p class="msg" role="status">
        {message}
      </p>
    ) : null}
    {d.erased ? (
      <p class="msg" role="status">
        {S.detail.erased}
      </p>
    ) : null}
    {d.urgent && !d.erased ? <p class="msg urgent-note">{S.detail.urgent}</p> : null}
    <section class="card">
      <h2>{S.detail.contact}</h2>
      <dl class="facts">
        {d.erased ? null : (
          <>
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
          </>
        )}
        <dt>{S.detail.village}</dt>
        <dd>
          {d.village}
          {d.township && !d.village.startsWith(d.township) ? `（${d.township}）` : ''}
        </dd>
        <dt>{S.detail.created}</dt>
        <dd>{d.created}</dd>
        <dt>{S.detail.channel}</dt>
        <dd>{d.channel}</dd>
        {d.due ? (
          <>
            <dt>{S.detail.due}</dt>
            <dd class={d.due.overdue ? 'overdue' : ''}>{d.due.text}</dd>
          </>
        ) : null}
        {d.followUp ? (
          <>
            <dt>{S.detail.followUp}</dt>
            <dd>{d.followUp}</dd>
          </>
        ) : null}
        {d.erased ? null : (
          <>
            <dt>{S.detail.consent}</dt>
            <dd>{d.consentAt}</dd>
          </>
        )}
      </dl>
    </section>
    {d.next.length > 0 ? <StatusForm d={d} csrf={csrf} /> : <p class="muted">{S.detail.finished}</p>}
    {d.erased ? null : (
      <>
        <section class="card">
          <h2>{S.detail.programs}</h2>
          {d.corrected ? (
            <>
              <p class="muted">{S.detail.correctedBy(d.corrected.by, d.corrected.at)}</p>
              <Compare original={d.programs} corrected={d.corrected.programs} />
              <h2>{S.detail.correctedPrograms}</h2>
              <Programs programs={d.corrected.programs} />
              {/* The resident's own estimate stays one tap away, so the corrected one leads. */}
              <details>
                <summary>{S.detail.originalPrograms}</summary>
                <Programs programs={d.programs} />
              </details>
            </>
          ) : (
            <Programs programs={d.programs} />
          )}
        </section>
        {d.corrected ? (
          <HouseholdFacts lines={d.corrected.household} variant="screen" title={S.detail.correctedHousehold} />
        ) : null}
        <HouseholdFacts lines={d.household} variant="screen" />
        {d.next.length > 0 ? (
          <CorrectionForm d={d} csrf={csrf} issues={correction?.issues} text={correction?.text} />
        ) : null}
        <MaterialsChecklist groups={d.materials} variant="screen" />
      </>
    )}
    <History items={d.history} />
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
function DataTable<T>({
  rows,
  empty,
  columns,
}: {
  rows: T[];
  empty: string;
  columns: [label: string, cell: (r: T) => unknown][];
}) {
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
        [
          S.audit.request,
          (r) => (r.requestId ? <a href={`/staff/requests/${encodeURIComponent(r.requestId)}`}>{r.request}</a> : ''),
        ],
        [S.audit.detail, (r) => r.detail],
      ]}
    />
  </Layout>
);

const PRINT_CSS = `
@page{size:A4;margin:14mm 15mm 14mm 15mm}
*{box-sizing:border-box}
body{margin:0;font:10.5pt/1.45 "Noto Serif CJK SC","Noto Sans CJK SC","SimSun","Songti SC",serif;color:#000;
  background:#fff}
.sheet{max-width:180mm;margin:0 auto;padding:8mm 0}
h1{text-align:center;font-size:18pt;margin:0 0 2mm;letter-spacing:2px}
h2{font-size:12pt;margin:4mm 0 1.5mm;border-bottom:1px solid #000;padding-bottom:1mm}
.meta{display:flex;justify-content:space-between;font-size:9.5pt;margin-bottom:2mm}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #000;padding:1.5mm 2mm;vertical-align:top;text-align:left;font-weight:normal}
th{width:24mm;background:#f2f2f2}ul{margin:0;padding-left:5mm}li{margin:0 0 .5mm}
.cite{font-size:8.5pt;color:#333}.note{font-size:9pt;margin:2mm 0}
.materials p{margin:1mm 0}.materials li{list-style:none;margin-left:-5mm}.materials li::before{content:"☐ "}
.sign{display:grid;grid-template-columns:1fr 1fr;gap:3mm 10mm;margin-top:3mm}
.sign div{border-bottom:1px solid #000;height:10mm;display:flex;align-items:flex-end;font-size:10pt}
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
        <a href="/staff/requests">← {S.detail.back}</a>
        <a href={`/staff/requests/${encodeURIComponent(id)}`}>{S.print.backToRequest}</a>
      </nav>
      <main class="sheet">
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
        {p.corrected ? <p class="note">{S.print.corrected}</p> : null}
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
      </main>
    </body>
  </html>
);

export type LookupView =
  | { state: 'ask' }
  | { state: 'none'; typed: string }
  | { state: 'found'; typed: string; status: string; place: string; urgent: boolean; nonce: string }
  | { state: 'attached'; place: string };

/**
 * The 12345 agent's page: a phone number or 身份证号 in, whether an open case exists out, and the call summary attached to
 * it.
 */
export const LookupPage: FC<{ user: PageUser; csrf: string; v: LookupView; error?: string | undefined }> = ({
  user,
  csrf,
  v,
  error,
}) => (
  <Layout title={S.lookup.title} user={user} csrf={csrf}>
    <h1>{S.lookup.title}</h1>
    <p class="muted">{S.lookup.intro}</p>
    {error ? (
      <p class="msg error" role="alert">
        {error}
      </p>
    ) : null}
    {v.state === 'attached' ? (
      <p class="msg" role="status">
        {S.lookup.attached(v.place)}
      </p>
    ) : null}
    <form method="post" action="/staff/lookup" class="card stack">
      <input type="hidden" name="_csrf" value={csrf} />
      <label for="lookup-number">{S.lookup.label}</label>
      <input
        id="lookup-number"
        name="number"
        inputmode="text"
        autocomplete="off"
        required
        maxlength={40}
        value={v.state === 'none' || v.state === 'found' ? v.typed : ''}
      />
      <div class="actions">
        <button type="submit" class="btn">
          {S.lookup.submit}
        </button>
      </div>
    </form>
    {v.state === 'none' ? (
      <p class="card" role="status">
        {S.lookup.none} <a href="/staff/hotline/new">登记这个来电，转给村委会</a>
      </p>
    ) : null}
    {v.state === 'found' ? (
      <section class="card" role="status">
        <h2>{S.lookup.found}</h2>
        <dl class="facts">
          <dt>{S.lookup.status}</dt>
          <dd>
            <span class="status">{v.status}</span> {v.urgent ? <span class="urgent">{S.lookup.urgent}</span> : null}
          </dd>
          <dt>{S.lookup.place}</dt>
          <dd>{v.place}</dd>
        </dl>
        <h2>{S.lookup.attachTitle}</h2>
        <form method="post" action="/staff/lookup/call" class="stack">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="number" value={v.typed} />
          <input type="hidden" name="nonce" value={v.nonce} />
          <label for="call-summary">{S.lookup.attachLabel}</label>
          <textarea id="call-summary" name="summary" rows={6} maxlength={3000} required></textarea>
          <p class="muted">{S.lookup.attachHint}</p>
          <div class="actions">
            <button type="submit" class="btn">
              {S.lookup.attach}
            </button>
          </div>
        </form>
      </section>
    ) : null}
  </Layout>
);

export interface StatsView {
  rows: {
    place: string;
    total: number;
    byStatus: Record<string, number>;
    urgentOpen: number;
    overdue: number;
    escalated: number;
    followUp: { resolved: number; unresolved: number; no_contact: number; unanswered: number };
  }[];
  total: StatsView['rows'][number];
  from?: string | undefined;
  to?: string | undefined;
}

/** Counts per place: statuses, urgent, overdue, raised, and the 回访 answers. */
export const StatsPage: FC<{ user: PageUser; csrf: string; v: StatsView }> = ({ user, csrf, v }) => {
  const cols: [string, (r: StatsView['total']) => unknown][] = [
    [S.stats.place, (r) => r.place],
    [S.stats.total, (r) => r.total],
    ...REFERRAL_STATUSES.map((st): [string, (r: StatsView['total']) => unknown] => [
      STATUS_LABELS[st],
      (r) => r.byStatus[st] ?? 0,
    ]),
    [S.stats.urgentOpen, (r) => r.urgentOpen],
    [S.stats.overdue, (r) => r.overdue],
    [S.stats.escalated, (r) => r.escalated],
    [`${S.stats.followUp}：${S.stats.resolved}`, (r) => r.followUp.resolved],
    [`${S.stats.followUp}：${S.stats.unresolved}`, (r) => r.followUp.unresolved],
    [`${S.stats.followUp}：${S.stats.noContact}`, (r) => r.followUp.no_contact],
    [`${S.stats.followUp}：${S.stats.unanswered}`, (r) => r.followUp.unanswered],
  ];
  return (
    <Layout title={S.stats.title} user={user} csrf={csrf}>
      <h1>{S.stats.title}</h1>
      <form method="get" action="/staff/stats" class="card filters" aria-label={S.stats.range}>
        <div>
          <label for="s-from">{S.list.from}</label>
          <input id="s-from" type="date" name="from" value={v.from ?? ''} />
        </div>
        <div>
          <label for="s-to">{S.list.to}</label>
          <input id="s-to" type="date" name="to" value={v.to ?? ''} />
        </div>
        <div class="actions">
          <button type="submit" class="btn">
            {S.stats.apply}
          </button>
        </div>
      </form>
      <DataTable rows={v.rows.length ? [...v.rows, v.total] : []} empty={S.stats.empty} columns={cols} />
    </Layout>
  );
};
