/**
 * The resident's screening page, rendered on the server (Hono JSX): large text, mobile first,
 * works without JavaScript. Each reply of the dialogue engine becomes paragraphs; numbered
 * choices become big buttons; commands (返回, 我的回答 …) are always one tap away.
 */
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import type { OutboundMessage } from '../../../bot/ports.ts';

const CSS = `
*{box-sizing:border-box}body{margin:0;font:20px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f6f5f1}
main{max-width:640px;margin:0 auto;padding:16px}h1{font-size:24px;margin:8px 0 16px}
.msg{background:#fff;border-radius:12px;padding:14px 16px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.msg p{margin:0 0 6px}.choices{display:flex;flex-direction:column;gap:10px;margin:12px 0}
button{font:inherit;min-height:52px;border-radius:10px;border:2px solid #2a6f4e;background:#fff;color:#1d4d36;padding:8px 14px;text-align:left}
button.primary{background:#2a6f4e;color:#fff;text-align:center}
form.answer{display:flex;gap:8px;margin:12px 0}form.answer input{flex:1;font:inherit;padding:10px;border:2px solid #999;border-radius:10px;min-width:0}
.commands{display:flex;flex-wrap:wrap;gap:8px;margin-top:20px}.commands button{min-height:44px;font-size:17px;border-color:#888;color:#333}
footer{font-size:15px;color:#555;margin-top:24px}
`;

const Lines: FC<{ text: string }> = ({ text }) => (
  <>
    {text.split('\n').map((line) => (
      <p>{line}</p>
    ))}
  </>
);

export const COMMANDS = ['返回', '我的回答', '重新开始', '帮助', '人工', '删除我的信息'] as const;

export const ScreeningPage: FC<{ action: string; messages: OutboundMessage[]; villageLabel: string; request?: { reference: string; status: string } }> = ({ action, messages, villageLabel, request }) => (
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>兜底助手 · 救助评估</title>
      <style>{raw(CSS)}</style>
    </head>
    <body>
      <main>
        <h1>兜底助手 · 救助评估</h1>
        {request ? (
          <div class="msg status" role="status">
            <p>
              你的申请（编号 {request.reference}）现在的进展：<strong>{request.status}</strong>
            </p>
          </div>
        ) : null}
        {messages.map((m) =>
          m.type === 'text' ? (
            <div class="msg">
              <Lines text={m.text} />
            </div>
          ) : m.type === 'choices' ? (
            <div class="msg">
              <Lines text={m.text} />
              <form method="post" action={action} class="choices">
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
          <input name="text" aria-label="你的回答" placeholder="在这里打字回答" maxlength={500} autocomplete="off" />
          <button type="submit" class="primary">发送</button>
        </form>
        <form method="post" action={action} class="commands">
          {COMMANDS.map((c) => (
            <button type="submit" name="text" value={c}>
              {c}
            </button>
          ))}
        </form>
        <footer>这个链接由{villageLabel}提供。结果只是估计，最终以乡镇（街道）和民政部门审核为准。身份证号不是必填的。</footer>
      </main>
    </body>
  </html>
);

export const NotFoundPage: FC<{ message?: string }> = ({ message }) => (
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>链接无效</title>
      <style>{raw(CSS)}</style>
    </head>
    <body>
      <main>
        <div class="msg">
          <p>{message ?? '这个链接无效或已经过期。请向村（居）委会要一个新的链接，或拨打 12345 政务服务热线。'}</p>
        </div>
      </main>
    </body>
  </html>
);
