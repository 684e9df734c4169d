/**
 * The pages of the visit log, the assisted screening and the monthly report (issue 18), rendered
 * on the server in the console's layout: no script, large touch targets for a phone in a
 * resident's home, every control labelled. The report is an A4 sheet that prints as it shows.
 */
import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';
import type { OutboundMessage } from '../../../bot/ports.ts';
import { VISIT_OUTCOMES } from '../../db/visits.ts';
import { commandsFor } from '../link/page.tsx';
import type { Figures, MonthlyReport, ReportChoice } from './cases/monthly.ts';
import type { ScreeningView } from './cases/assisted.ts';
import type { VisitView } from './cases/visits.ts';
import { Layout, type PageUser } from './pages.tsx';
import { V } from './visit-messages.ts';

/** Touch targets of at least 48 px: staff tap these standing in a doorway. */
const TOUCH_CSS = `
.big button,.big .btn,.big input,.big select,.big textarea{min-height:48px;font-size:17px}
.choices button{display:block;width:100%;text-align:left;margin:8px 0;padding:12px 14px;border-radius:8px;
  border:1px solid #1f5c42;background:#fff;color:#1f5c42;font:inherit;font-size:17px;cursor:pointer}
.dialogue .say{background:#fff;border-radius:10px;padding:12px 14px;margin:0 0 10px;
  box-shadow:0 1px 2px rgba(0,0,0,.08);white-space:pre-line}
fieldset{border:1px solid #ccc;border-radius:8px;margin:10px 0;padding:8px 12px}legend{padding:0 4px;color:#333}
.ticks label{display:flex;align-items:center;gap:10px;min-height:44px;font-size:16px;color:#1a1a1a}
.ticks input{width:24px;height:24px}
.sr{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.cmds{display:flex;flex-wrap:wrap;gap:8px}
.cmds button{padding:8px 14px;border-radius:8px;border:1px solid #1f5c42;background:#fff;color:#1f5c42;font:inherit;
  cursor:pointer;min-height:44px}
`;

const Style: FC = () => <style>{raw(TOUCH_CSS)}</style>;

const Csrf: FC<{ csrf: string }> = ({ csrf }) => <input type="hidden" name="_csrf" value={csrf} />;

const Ticks: FC<{
  name: string;
  legend: string;
  options: { id: string; label: string }[];
  checked: string[];
  type?: 'checkbox' | 'radio';
}> = ({ name, legend, options, checked, type = 'checkbox' }) => (
  <fieldset class="ticks">
    <legend>{legend}</legend>
    {options.map((o) => (
      <label>
        <input type={type} name={name} value={o.id} checked={checked.includes(o.id)} required={type === 'radio'} />{' '}
        {o.label}
      </label>
    ))}
  </fieldset>
);

export interface VisitFormOptions {
  villages: { code: string; name: string }[];
  focusGroups: { id: string; label: string }[];
  changeKinds: { id: string; label: string }[];
  today: string;
}

const outcomeOptions = VISIT_OUTCOMES.map((o) => ({ id: o, label: V.outcomes[o] ?? o }));

/** What the last form did (a status line) and what was wrong with it (an alert listing each problem). */
const Notices: FC<{ message?: string | undefined; errors?: string[] | undefined }> = ({ message, errors }) => (
  <>
    {message ? (
      <p class="msg" role="status">
        {message}
      </p>
    ) : null}
    {errors?.length ? (
      <div class="msg error" role="alert">
        <ul>
          {errors.map((e) => (
            <li>{e}</li>
          ))}
        </ul>
      </div>
    ) : null}
  </>
);

export const VisitsPage: FC<{
  user: PageUser;
  csrf: string;
  rows: VisitView[];
  total: number;
  form?: VisitFormOptions | undefined;
  range: { from?: string | undefined; to?: string | undefined };
  message?: string | undefined;
  errors?: string[] | undefined;
}> = ({ user, csrf, rows, total, form, range, message, errors }) => (
  <Layout title={V.title} user={user} csrf={csrf}>
    <Style />
    <h1>{V.title}</h1>
    <Notices message={message} errors={errors} />
    {form ? (
      <section class="card big" aria-labelledby="new-visit">
        <h2 id="new-visit">{V.newTitle}</h2>
        <p class="muted">{V.intro}</p>
        <form method="post" action="/staff/visits" class="stack">
          <Csrf csrf={csrf} />
          {form.villages.length > 1 ? (
            <>
              <label for="village">{V.village}</label>
              <select id="village" name="village" required>
                {form.villages.map((v) => (
                  <option value={v.code}>{v.name}</option>
                ))}
              </select>
            </>
          ) : (
            <input type="hidden" name="village" value={form.villages[0]?.code ?? ''} />
          )}
          <label for="label">{V.label}</label>
          <input id="label" name="label" required maxlength={30} autocomplete="off" />
          <Ticks name="focusGroup" legend={V.focusGroup} options={form.focusGroups} checked={[]} type="radio" />
          <label for="visitedOn">{V.visitedOn}</label>
          <input id="visitedOn" name="visitedOn" type="date" required value={form.today} max={form.today} />
          <Ticks name="outcome" legend={V.outcome} options={outcomeOptions} checked={['none']} type="radio" />
          <Ticks name="changes" legend={V.changes} options={form.changeKinds} checked={[]} />
          <label for="note">{V.note}</label>
          <textarea id="note" name="note" maxlength={200} rows={3}></textarea>
          <p>
            <button type="submit" class="btn">
              {V.save}
            </button>
          </p>
        </form>
      </section>
    ) : (
      <p class="muted">{V.readOnly}</p>
    )}
    <section aria-labelledby="visit-list">
      <h2 id="visit-list">{V.list}</h2>
      <form method="get" action="/staff/visits" class="filters card">
        <div>
          <label for="from">{V.from}</label>
          <input id="from" name="from" type="date" value={range.from ?? ''} />
        </div>
        <div>
          <label for="to">{V.to}</label>
          <input id="to" name="to" type="date" value={range.to ?? ''} />
        </div>
        <div>
          <button type="submit" class="btn">
            {V.filter}
          </button>
        </div>
      </form>
      <p class="muted">{V.total(total)}</p>
      {rows.length === 0 ? (
        <p>{V.empty}</p>
      ) : (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">{V.visitedOn}</th>
              <th scope="col">{V.village}</th>
              <th scope="col">{V.label}</th>
              <th scope="col">{V.focusGroup}</th>
              <th scope="col">{V.outcome}</th>
              <th scope="col">{V.changes}</th>
              <th scope="col">{V.open}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td data-label={V.visitedOn}>{r.visitedOn}</td>
                <td data-label={V.village}>{r.village}</td>
                <td data-label={V.label}>{r.label}</td>
                <td data-label={V.focusGroup}>{r.focusGroup}</td>
                <td data-label={V.outcome}>
                  {r.outcome}
                  {r.reference ? `（${r.reference}）` : ''}
                </td>
                <td data-label={V.changes}>{r.changes.length ? r.changes.join('、') : V.changesNone}</td>
                <td data-label={V.open}>
                  <a href={`/staff/visits/${r.id}`}>
                    {V.open}
                    <span class="sr"> {r.label}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  </Layout>
);

export const VisitPage: FC<{
  user: PageUser;
  csrf: string;
  v: VisitView;
  changeKinds: { id: string; label: string }[];
  canChange: boolean;
  screening?: { started: boolean; done: boolean } | undefined;
  message?: string | undefined;
  errors?: string[] | undefined;
  request?: Record<string, string> | undefined;
}> = ({ user, csrf, v, changeKinds, canChange, screening, message, errors, request }) => (
  <Layout title={V.detail} user={user} csrf={csrf}>
    <Style />
    <p>
      <a href="/staff/visits">← {V.back}</a>
    </p>
    <h1>
      {V.detail}：{v.label}
    </h1>
    <Notices message={message} errors={errors} />
    <div class="card">
      <dl class="facts">
        <dt>{V.village}</dt>
        <dd>{v.village}</dd>
        <dt>{V.focusGroup}</dt>
        <dd>{v.focusGroup}</dd>
        <dt>{V.visitedOn}</dt>
        <dd>{v.visitedOn}</dd>
        <dt>{V.outcome}</dt>
        <dd>{v.outcome}</dd>
        <dt>{V.changes}</dt>
        <dd>{v.changes.length ? v.changes.join('、') : V.changesNone}</dd>
        <dt>{V.note}</dt>
        <dd>{v.note || V.none}</dd>
        {v.consent ? (
          <>
            <dt>{V.consentBy}</dt>
            <dd>
              {v.consent.by}，{v.consent.how}（{v.consent.at.slice(0, 10)}）
            </dd>
          </>
        ) : null}
      </dl>
    </div>
    {v.referralId ? (
      <p class="msg" role="status">
        {V.requestExists(v.reference ?? '')} <a href={`/staff/requests/${v.referralId}`}>{V.openRequest}</a>
      </p>
    ) : null}
    {canChange ? (
      <>
        <section class="card big" aria-labelledby="screen">
          <h2 id="screen">{V.screenTitle}</h2>
          <p class="muted">{V.screenIntro}</p>
          {screening?.done ? <p>{V.screened}</p> : null}
          <p>
            <a class="btn" href={`/staff/visits/${v.id}/screen`}>
              {screening?.started ? V.continueScreen : V.startScreen}
            </a>
          </p>
        </section>
        {screening?.done && !v.referralId ? (
          <RequestForm id={v.id} csrf={csrf} village={v.village} values={request ?? {}} />
        ) : null}
        <section class="card big" aria-labelledby="update">
          <h2 id="update">{V.update}</h2>
          <form method="post" action={`/staff/visits/${v.id}`} class="stack">
            <Csrf csrf={csrf} />
            <Ticks name="outcome" legend={V.outcome} options={outcomeOptions} checked={[v.outcomeId]} type="radio" />
            <Ticks name="changes" legend={V.changes} options={changeKinds} checked={v.changeIds} />
            <label for="note">{V.note}</label>
            <textarea id="note" name="note" maxlength={200} rows={3}>
              {v.note}
            </textarea>
            <p>
              <button type="submit" class="btn">
                {V.save}
              </button>
            </p>
          </form>
        </section>
      </>
    ) : null}
  </Layout>
);

const RequestForm: FC<{ id: string; csrf: string; village: string; values: Record<string, string> }> = ({
  id,
  csrf,
  village,
  values,
}) => (
  <section class="card big" aria-labelledby="request">
    <h2 id="request">{V.requestTitle}</h2>
    <p class="muted">{V.requestIntro}</p>
    <p>{V.consentText(village)}</p>
    <form method="post" action={`/staff/visits/${id}/request`} class="stack">
      <Csrf csrf={csrf} />
      <label for="consentBy">{V.consentBy}</label>
      <input id="consentBy" name="consentBy" required maxlength={20} value={values['consentBy'] ?? ''} />
      <Ticks
        name="consentHow"
        legend={V.consentHow}
        options={[
          { id: 'oral', label: V.consentWays['oral']! },
          { id: 'signed', label: V.consentWays['signed']! },
        ]}
        checked={values['consentHow'] ? [values['consentHow']] : []}
        type="radio"
      />
      <label for="name">{V.name}</label>
      <input id="name" name="name" required maxlength={20} autocomplete="off" value={values['name'] ?? ''} />
      <label for="phone">{V.phone}</label>
      <input
        id="phone"
        name="phone"
        type="tel"
        required
        maxlength={20}
        autocomplete="off"
        value={values['phone'] ?? ''}
      />
      <label for="callTime">{V.callTime}</label>
      <input id="callTime" name="callTime" required maxlength={40} value={values['callTime'] ?? ''} />
      <label for="idNumber">{V.idNumber}</label>
      <input id="idNumber" name="idNumber" maxlength={20} autocomplete="off" value={values['idNumber'] ?? ''} />
      <p>
        <button type="submit" class="btn">
          {V.submitRequest}
        </button>
      </p>
    </form>
  </section>
);

const Say: FC<{ m: OutboundMessage; action: string; step: Child }> = ({ m, action, step }) =>
  m.type === 'text' ? (
    <div class="say">{m.folds ? (m.pageText ?? m.text) : m.text}</div>
  ) : m.type === 'choices' && m.multiple ? (
    <form method="post" action={action} class="say">
      {step}
      <fieldset class="ticks">
        <legend>{m.text}</legend>
        {m.choices.map((c) => (
          <label>
            <input type="checkbox" name="pick" value={c.id} /> {c.id}. {c.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="btn">
        {V.send}
      </button>
    </form>
  ) : m.type === 'choices' ? (
    <div class="say">
      <p>{m.text}</p>
      <form method="post" action={action} class="choices">
        {step}
        {m.choices.map((c) => (
          <button type="submit" name="text" value={c.id}>
            {c.id}. {c.label}
          </button>
        ))}
      </form>
    </div>
  ) : m.type === 'link' ? (
    <div class="say">
      <a href={m.url}>{m.text}</a>
    </div>
  ) : null;

export const ScreenPage: FC<{
  user: PageUser;
  csrf: string;
  id: string;
  label: string;
  s: ScreeningView;
  notice?: string | undefined;
}> = ({ user, csrf, id, label, s, notice }) => {
  const action = `/staff/visits/${id}/screen`;
  const step = (
    <>
      <Csrf csrf={csrf} />
      <input type="hidden" name="_step" value={String(s.version)} />
      <input type="hidden" name="_shown" value={s.shown} />
    </>
  );
  return (
    <Layout title={V.screenTitle} user={user} csrf={csrf}>
      <Style />
      <p>
        <a href={`/staff/visits/${id}`}>← {V.detail}</a>
      </p>
      <h1>
        {V.screenTitle}：{label}
      </h1>
      <p class="muted">{V.screenIntro}</p>
      {notice ? (
        <p class="msg" role="status">
          {notice}
        </p>
      ) : null}
      {s.done ? (
        <p class="msg" role="status">
          {V.screened}：<a href={`/staff/visits/${id}#request`}>{V.requestTitle}</a>
        </p>
      ) : null}
      <div class="dialogue big">
        {s.messages.map((m) => (
          <Say m={m} action={action} step={step} />
        ))}
        <form method="post" action={action} class="card">
          {step}
          <label for="answer">{V.answer}</label>
          <input id="answer" name="text" maxlength={500} autocomplete="off" />
          <p>
            <button type="submit" class="btn">
              {V.send}
            </button>
          </p>
        </form>
        <form method="post" action={action} aria-label={V.commands}>
          {step}
          <div class="cmds">
            {commandsFor(s.messages)
              // The request is made with the form below (consent given in person), not the resident's 申请 flow.
              .filter((c) => c !== '删除我的信息' && c !== '人工' && c !== '申请')
              .map((c) => (
                <button type="submit" name="text" value={c}>
                  {c}
                </button>
              ))}
          </div>
        </form>
      </div>
    </Layout>
  );
};

export const ReportsPage: FC<{ user: PageUser; csrf: string; month: string; choices: ReportChoice[] }> = ({
  user,
  csrf,
  month,
  choices,
}) => (
  <Layout title={V.reportsTitle} user={user} csrf={csrf}>
    <Style />
    <h1>{V.reportsTitle}</h1>
    <p class="muted">{V.reportsIntro}</p>
    {choices.length === 0 ? (
      <p>{V.noVillages}</p>
    ) : (
      <form method="get" action="/staff/reports/show" class="card big stack">
        <label for="month">{V.month}</label>
        <input id="month" name="month" type="month" required value={month} />
        <label for="report">{V.pick}</label>
        <select id="report" name="of" required>
          {choices.map((c) => (
            <option value={`${c.level}:${c.code}`}>
              {c.level === 'township' ? V.townshipReport(c.name, '') : V.villageReport(c.name, '')}
            </option>
          ))}
        </select>
        <p>
          <button type="submit" class="btn">
            {V.show}
          </button>
        </p>
      </form>
    )}
  </Layout>
);

const PRINT_CSS = `
@page{size:A4;margin:14mm 15mm}
*{box-sizing:border-box}
body{margin:0;font:10.5pt/1.45 "Noto Serif CJK SC","Noto Sans CJK SC","SimSun",serif;color:#000;background:#fff}
.sheet{max-width:180mm;margin:0 auto;padding:8mm 4mm}
h1{text-align:center;font-size:16pt;margin:0 0 2mm}
h2{font-size:12pt;margin:4mm 0 1.5mm;border-bottom:1px solid #000;padding-bottom:1mm}h3{font-size:11pt;margin:3mm 0 1mm}
.meta{display:flex;flex-wrap:wrap;justify-content:space-between;gap:2mm;font-size:9.5pt;margin-bottom:2mm}
table{border-collapse:collapse;width:100%;margin-bottom:2mm}
td,th{border:1px solid #000;padding:1.2mm 2mm;text-align:left;font-weight:normal}th{background:#f2f2f2}
td.n{text-align:right}.note{font-size:9pt;margin:2mm 0}.refs{overflow-wrap:anywhere}
.sign{display:grid;grid-template-columns:1fr 1fr;gap:3mm 10mm;margin-top:4mm}
.sign div{border-bottom:1px solid #000;height:10mm;display:flex;align-items:flex-end}
.noprint{margin:10px auto;max-width:180mm;display:flex;flex-wrap:wrap;gap:12px}
.noprint a{font:15px sans-serif;padding:10px 14px;border:1px solid #1f5c42;border-radius:6px;color:#1f5c42;
  text-decoration:none}
tr,.sign{break-inside:avoid}h2{break-after:avoid}
@media print{.noprint{display:none}.sheet{padding:0;max-width:none}}
`;

const FigureTables: FC<{ f: Figures; title?: string }> = ({ f, title }) => (
  <section>
    {title ? <h3>{title}</h3> : null}
    <h2>{V.visitsSection}</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">{V.focusGroup}</th>
          {VISIT_OUTCOMES.map((o) => (
            <th scope="col">{V.outcomes[o]}</th>
          ))}
          <th scope="col">{V.visitsTotal}</th>
        </tr>
      </thead>
      <tbody>
        {f.visits.map((g) => (
          <tr>
            <th scope="row">{g.label}</th>
            {VISIT_OUTCOMES.map((o) => (
              <td class="n">{g.byOutcome[o] ?? 0}</td>
            ))}
            <td class="n">{g.total}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{V.visitsTotal}</th>
          {VISIT_OUTCOMES.map((o) => (
            <td class="n">{f.visitTotals[o] ?? 0}</td>
          ))}
          <td class="n">{f.visitTotals.total}</td>
        </tr>
      </tbody>
    </table>
    <p class="note">
      {V.households}：{f.households}
    </p>
    <h2>{V.changedSection}</h2>
    <table>
      <tbody>
        {f.changed.map((c) => (
          <tr>
            <th scope="row">{c.label}</th>
            <td class="n">{c.households}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{V.changedAny}</th>
          <td class="n">{f.changedAny}</td>
        </tr>
        <tr>
          <th scope="row">{V.corrected}</th>
          <td class="n">
            {f.corrected.length}
            {f.corrected.length ? `（${f.corrected.join('、')}）` : ''}
          </td>
        </tr>
      </tbody>
    </table>
    <h2>{V.requestsSection}</h2>
    <table>
      <tbody>
        <tr>
          <th scope="row">{V.requestsTotal}</th>
          <td class="n">{f.requests.total}</td>
        </tr>
        <tr>
          <th scope="row">{V.assistedCount}</th>
          <td class="n">{f.requests.assisted}</td>
        </tr>
        <tr>
          <th scope="row">{V.selfCount}</th>
          <td class="n">{f.requests.self}</td>
        </tr>
        {f.requests.byProgram.map((b) => (
          <tr>
            <th scope="row">
              {V.byProgram}：{b.label}
            </th>
            <td class="n">{b.count}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{V.references}</th>
          <td class="refs">{f.requests.references.length ? f.requests.references.join('、') : V.none}</td>
        </tr>
      </tbody>
    </table>
  </section>
);

export const ReportPage: FC<{ r: MonthlyReport; csvHref: string; clauseLabel: string }> = ({
  r,
  csvHref,
  clauseLabel,
}) => (
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex" />
      <title>{r.level === 'village' ? V.villageReport(r.name, r.month) : V.townshipReport(r.name, r.month)}</title>
      <style>{raw(PRINT_CSS)}</style>
    </head>
    <body>
      <nav class="noprint" aria-label={V.reportsTitle}>
        <a href="/staff/reports">← {V.reportsTitle}</a>
        <a href={csvHref}>{V.csv}</a>
      </nav>
      <main class="sheet">
        <h1>{r.level === 'village' ? V.villageReport(r.name, r.month) : V.townshipReport(r.name, r.month)}</h1>
        <div class="meta">
          <span>{V.period(r.due.from, r.due.to)}</span>
          <span>{r.level === 'village' ? V.dueVillage(r.due.village) : V.dueTownship(r.due.township)}</span>
          <span>
            {V.printed}：{r.generatedAt}
          </span>
        </div>
        <p class="note">
          {V.basisLine(clauseLabel)}
          {r.note ? `；${r.note}` : ''}
        </p>
        <FigureTables f={r.figures} />
        {r.villages ? (
          <>
            <h2>{V.villagesSection}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{V.village}</th>
                  <th scope="col">{V.visitsTotal}</th>
                  <th scope="col">{V.households}</th>
                  <th scope="col">{V.changedAny}</th>
                  <th scope="col">{V.requestsTotal}</th>
                  <th scope="col">{V.assistedCount}</th>
                </tr>
              </thead>
              <tbody>
                {r.villages.map((v) => (
                  <tr>
                    <th scope="row">{v.name}</th>
                    <td class="n">{v.figures.visitTotals.total}</td>
                    <td class="n">{v.figures.households}</td>
                    <td class="n">{v.figures.changedAny}</td>
                    <td class="n">{v.figures.requests.total}</td>
                    <td class="n">{v.figures.requests.assisted}</td>
                  </tr>
                ))}
                {r.own ? (
                  <tr>
                    <th scope="row">{V.officeOwn}</th>
                    <td class="n">—</td>
                    <td class="n">—</td>
                    <td class="n">—</td>
                    <td class="n">{r.own.requests.total}</td>
                    <td class="n">{r.own.requests.assisted}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </>
        ) : null}
        <div class="sign">
          <div>{r.level === 'village' ? V.signVillage : V.signTownship}：</div>
          <div>{V.date}：</div>
        </div>
      </main>
    </body>
  </html>
);
