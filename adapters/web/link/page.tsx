/**
 * The resident's screening page, rendered on the server (Hono JSX): large text, mobile first,
 * works without JavaScript. Each reply of the dialogue engine becomes paragraphs, with quoted
 * clauses folded under their line (`<details>`, no script); numbered choices become big buttons
 * (several-choice questions, big checkboxes and one 选好了 button); the step's key actions (为什么,
 * 申请 …) and the ways out (返回, 删除我的信息 …) are always one tap away. Every form carries its
 * token and the step it answers (guard.ts, step.ts).
 */
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import { R } from '../../../bot/messages/referral.ts';
import type { FollowUpAnswer, OutboundMessage } from '../../../bot/ports.ts';
import { followUpAnswerText } from '../../../bot/referral/follow-up.ts';
import { L } from './messages.ts';

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:20px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;
  background:#f6f5f1}
main{max-width:640px;margin:0 auto;padding:16px}h1{font-size:24px;margin:8px 0 16px}
.msg{background:#fff;border-radius:12px;padding:14px 16px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.msg p{margin:0 0 6px}.choices{display:flex;flex-direction:column;gap:10px;margin:12px 0}
button{font:inherit;min-height:52px;border-radius:10px;border:2px solid #2a6f4e;background:#fff;color:#1d4d36;
  padding:8px 14px;text-align:left}
button.primary{background:#2a6f4e;color:#fff;text-align:center}
form.answer{display:flex;gap:8px;margin:12px 0}
form.answer input{flex:1;font:inherit;padding:10px;border:2px solid #999;border-radius:10px;min-width:0}
fieldset{border:0;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}legend{padding:0;margin-bottom:6px}
label.pick{display:flex;align-items:center;gap:12px;min-height:52px;border:2px solid #2a6f4e;border-radius:10px;
  padding:8px 14px;background:#fff}
label.pick input{width:26px;height:26px;flex:none}
.commands{display:flex;flex-wrap:wrap;gap:8px;margin-top:20px}
.commands button{min-height:44px;font-size:17px;border-color:#888;color:#333}
footer{font-size:15px;color:#555;margin-top:24px}footer p{margin:0 0 6px}a[href^="tel:"]{color:#1d4d36;font-weight:bold}
details{border-top:1px solid #e2e0da;padding:8px 0}details summary{cursor:pointer;color:#1d4d36}
details p{font-size:17px;color:#333}
.notes ul{margin:4px 0;padding-left:20px}.notes .when{color:#555;font-size:16px}
.notice,.done{border-left:6px solid #b7791f}.keep{font-size:17px;color:#333;margin:0 0 12px}
`;

/** A run of digits, or two joined by a dash (0359-1234567): linear, and classified in code. */
const NUMBER = /\d+(?:-\d+)?/g;
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-\d{7,8}$/;

function callable(n: string): boolean {
  return n === '12345' || MOBILE.test(n) || LANDLINE.test(n);
}

/** A line with 12345 and phone numbers as tap-to-call links. */
export function withCallLinks(line: string): (string | ReturnType<FC>)[] {
  const out: (string | ReturnType<FC>)[] = [];
  let last = 0;
  for (const m of line.matchAll(NUMBER)) {
    if (!callable(m[0])) continue;
    out.push(line.slice(last, m.index), <a href={`tel:${m[0]}`}>{m[0]}</a>);
    last = m.index + m[0].length;
  }
  out.push(line.slice(last));
  return out;
}

const Lines: FC<{ text: string }> = ({ text }) => (
  <>
    {text.split('\n').map((line) => (
      <p>{withCallLinks(line)}</p>
    ))}
  </>
);

/** Shown when the dialogue names no actions (a plain page): the ways out that always work. */
export const COMMANDS = ['返回', '我的回答', '重新开始', '帮助', '人工', '删除我的信息'] as const;
/** Always at the end of the row, whatever the step's own actions. */
const ALWAYS = ['帮助', '重新开始', '删除我的信息'] as const;

/** The step's key actions (为什么, 申请, 摘要 …) first, then the ways out that always work. */
export function commandsFor(messages: readonly OutboundMessage[]): string[] {
  const named = messages.find((m) => m.type === 'actions')?.actions;
  return named ? [...new Set([...named, ...ALWAYS])] : [...COMMANDS];
}

/** What every form sends back besides the answer: its token and the step it answers (step.ts). */
export interface FormStep {
  csrf: string;
  step: number;
  shown: string;
}

const Hidden: FC<{ form: FormStep }> = ({ form }) => (
  <>
    <input type="hidden" name="_csrf" value={form.csrf} />
    <input type="hidden" name="_step" value={String(form.step)} />
    <input type="hidden" name="_shown" value={form.shown} />
  </>
);

/** A request this browser sent, by number and status in words: no personal data. */
export interface RequestBanner {
  reference: string;
  status: string;
  /** Notes staff marked for the resident, newest first. */
  notes?: { at: string; text: string }[] | undefined;
  /** The 回访 question waits for this request. */
  followUp?: boolean | undefined;
  /** The 回访 answer already given, in words. */
  followUpAnswer?: string | undefined;
}

/** Who to call, on the page's footer: the village's contacts with a phone, then 12345. */
export interface CallContact {
  name: string;
  role?: string | undefined;
  phone: string;
}

/** A request's progress, the notes for the resident (newest first), and the 回访 with its one-tap answers. */
const Banner: FC<{ r: RequestBanner; action: string; form: FormStep }> = ({ r, action, form }) => (
  <div class="msg status" role="status">
    <p>
      你的申请（编号 {r.reference}）现在的进展：<strong>{r.status}</strong>
    </p>
    {r.notes && r.notes.length > 0 ? (
      <div class="notes">
        <p>{L.notesTitle}</p>
        <ul>
          {r.notes.map((n) => (
            <li>
              <span class="when">{n.at}</span> {withCallLinks(n.text)}
            </li>
          ))}
        </ul>
      </div>
    ) : null}
    {r.followUpAnswer ? <p class="keep">{L.followUpAnswered(r.followUpAnswer)}</p> : null}
    {r.followUp ? (
      <form method="post" action={action} class="choices">
        <Hidden form={form} />
        <Lines text={R.followUpQuestion(r.reference, r.status)} />
        {R.followUpChoices.map((c) => (
          <button type="submit" name="text" value={followUpAnswerText(r.reference, c.id as FollowUpAnswer)}>
            {c.label}
          </button>
        ))}
      </form>
    ) : null}
  </div>
);

const Head: FC<{ title: string }> = ({ title }) => (
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <style>{raw(CSS)}</style>
  </head>
);

export const ScreeningPage: FC<{
  action: string;
  messages: OutboundMessage[];
  villageLabel: string;
  form: FormStep;
  /** Said once above the page (a form for a step already answered). */
  notice?: string | undefined;
  /** What 删除我的信息 deleted and kept, shown once after it. */
  done?: string | undefined;
  requests?: RequestBanner[];
  /** The village's contacts with a phone, as tap-to-call links. */
  contacts?: CallContact[];
}> = ({ action, messages, villageLabel, form, notice, done, requests = [], contacts = [] }) => (
  <html lang="zh-CN">
    <Head title={L.title} />
    <body>
      <main>
        <h1>{L.title}</h1>
        {notice ? (
          <div class="msg notice" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        {done ? (
          <div class="msg done" role="status">
            <Lines text={done} />
          </div>
        ) : (
          requests.map((r) => <Banner r={r} action={action} form={form} />)
        )}
        {requests.length > 0 ? <p class="keep">{L.keepNumber}</p> : null}
        {messages.map((m) =>
          m.type === 'text' ? (
            <div class="msg">
              <Lines text={m.folds ? (m.pageText ?? m.text) : m.text} />
              {(m.folds ?? []).map((f) => (
                <details>
                  <summary>{f.label}</summary>
                  <Lines text={f.body} />
                </details>
              ))}
            </div>
          ) : m.type === 'choices' && m.multiple ? (
            <div class="msg">
              <form method="post" action={action} class="choices">
                <Hidden form={form} />
                <fieldset>
                  <legend>{m.text.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}</legend>
                  {m.choices.map((c) => (
                    <label class="pick">
                      <input type="checkbox" name="pick" value={c.id} /> {c.id}. {c.label}
                    </label>
                  ))}
                </fieldset>
                <button type="submit" class="primary">
                  {L.picked}
                </button>
              </form>
            </div>
          ) : m.type === 'choices' ? (
            <div class="msg">
              <Lines text={m.text} />
              <form method="post" action={action} class="choices">
                <Hidden form={form} />
                {m.choices.map((c) => (
                  <button type="submit" name="text" value={c.id}>
                    {c.id}. {c.label}
                  </button>
                ))}
              </form>
            </div>
          ) : m.type === 'link' ? (
            <div class="msg">
              <p>
                <a href={m.url}>{m.text}</a>
              </p>
            </div>
          ) : null,
        )}
        <form method="post" action={action} class="answer">
          <Hidden form={form} />
          <input
            name="text"
            aria-label={L.answerLabel}
            placeholder={L.answerPlaceholder}
            maxlength={500}
            autocomplete="off"
          />
          <button type="submit" class="primary">
            {L.send}
          </button>
        </form>
        <form method="post" action={action} class="commands">
          <Hidden form={form} />
          {commandsFor(messages).map((c) => (
            <button type="submit" name="text" value={c}>
              {c}
            </button>
          ))}
        </form>
        <footer>
          <p>{L.footer(villageLabel)}</p>
          <p>
            {contacts.map((c) => (
              <>
                {c.role ? `${c.role} ` : ''}
                {c.name}：<a href={`tel:${c.phone}`}>{c.phone}</a>
                {'　'}
              </>
            ))}
            {L.hotline}：<a href="tel:12345">12345</a>
          </p>
        </footer>
      </main>
    </body>
  </html>
);

/** One plain message: an unknown link, a refused or unreadable form, too many new dialogues. */
export const PlainPage: FC<{ title: string; message: string; link?: { href: string; text: string } }> = ({
  title,
  message,
  link,
}) => (
  <html lang="zh-CN">
    <Head title={title} />
    <body>
      <main>
        <div class="msg">
          <Lines text={message} />
          {link ? (
            <p>
              <a href={link.href}>{link.text}</a>
            </p>
          ) : null}
        </div>
      </main>
    </body>
  </html>
);

export const NotFoundPage: FC<{ message?: string }> = ({ message }) => (
  <PlainPage title={L.notFoundTitle} message={message ?? L.notFound} />
);
