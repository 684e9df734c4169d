/**
 * The 12345 agent's intake page (server-rendered, no JavaScript needed): paste a call summary,
 * see the facts found with the words they came from highlighted, the estimate with reasons, the
 * questions still to ask, and the work-order summary. The summary box is also the correction
 * form: edit a line ("年龄 78" → "年龄 80") and re-screen, since doudi's summary parses back exactly.
 */
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import type { ExtractedFact } from '../../../bot/hotline/intake.ts';
import { MAX_SUMMARY_CHARS } from '../../../bot/hotline/intake.ts';
import { H } from '../../../bot/messages/facts.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from '../../../bot/messages/zh-CN.ts';
import type { ScreeningReport } from '../../../screening/index.ts';

const CSS = `
body{margin:0;font:17px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f4f4f2;
  color:#1a1a1a}
main{max-width:960px;margin:0 auto;padding:16px}h1{font-size:22px}h2{font-size:18px;margin:20px 0 8px}
textarea{width:100%;min-height:160px;font:inherit;padding:10px;box-sizing:border-box}
select,button{font:inherit;padding:8px 14px}
.box{background:#fff;border-radius:8px;padding:12px 16px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
mark{background:#ffe27a;padding:0 2px}.warn{background:#fff4d6;border-left:4px solid #b25e00}
#summary-text{field-sizing:content}.verdict{font-weight:bold}ul{margin:4px 0;padding-left:22px}
`;

/** The region list: [code, name], each city then its counties (adapters/config/cities.ts, from the city packages). */
export type RegionList = readonly (readonly [string, string])[];

/** The pasted text with each fact's words marked; overlapping spans keep the first. */
const Highlighted: FC<{ text: string; facts: ExtractedFact[] }> = ({ text, facts }) => {
  const spans = [...facts].sort((a, b) => a.start - b.start);
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at || f.end <= f.start) continue;
    parts.push(text.slice(at, f.start), { mark: text.slice(f.start, f.end) });
    at = f.end;
  }
  parts.push(text.slice(at));
  return <p>{parts.map((p) => (typeof p === 'string' ? p : <mark>{p.mark}</mark>))}</p>;
};

const Form: FC<{
  id: string;
  regions: RegionList;
  region: string;
  text: string;
  label: string;
  button: string;
  rows?: number;
}> = ({ id, regions, region, text, label, button, rows }) => (
  <form method="post" action="/agent">
    <p>
      <label for={`${id}-region`}>地区：</label>
      <select id={`${id}-region`} name="region">
        {regions.map(([code, name]) =>
          code === region ? (
            <option value={code} selected>
              {name}
            </option>
          ) : (
            <option value={code}>{name}</option>
          ),
        )}
      </select>
    </p>
    <p>
      <label for={`${id}-text`}>{label}</label>
    </p>
    <textarea id={`${id}-text`} name="text" maxlength={MAX_SUMMARY_CHARS} rows={rows ?? 8}>
      {text}
    </textarea>
    <p>
      <button type="submit">{button}</button>
    </p>
  </form>
);

export interface AgentResult {
  facts: ExtractedFact[];
  understood: string[];
  report: ScreeningReport;
  questions: string[];
  conditions: string[];
  summary: string;
  fromSummary: boolean;
  regionNote?: { chosen: string; named: string };
}

const nameIn = (regions: RegionList, code: string) => regions.find(([c]) => c === code)?.[1] ?? code;

export const AgentPage: FC<{
  regions: RegionList;
  region: string;
  text?: string;
  result?: AgentResult;
  error?: string;
}> = ({ regions, region, text, result, error }) => (
  <html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>兜底助手 · 12345 来电评估</title>
      <style>{raw(CSS)}</style>
    </head>
    <body>
      <main>
        <h1>兜底助手 · 12345 来电评估</h1>
        {error ? <p role="alert">{error}</p> : null}
        <Form
          id="call"
          regions={regions}
          region={region}
          text={text ?? ''}
          label="粘贴通话摘要（也可以粘贴居民从聊天里复制的评估摘要）："
          button="评估"
        />
        {result ? (
          <>
            {result.regionNote ? (
              <p class="box warn" role="status">
                {H.regionMismatch(nameIn(regions, result.regionNote.chosen), nameIn(regions, result.regionNote.named))}
              </p>
            ) : null}
            <h2>识别出的情况</h2>
            <div class="box">
              {result.fromSummary ? (
                <p>这是兜底助手的评估摘要，已按原样读取。</p>
              ) : (
                <Highlighted text={text ?? ''} facts={result.facts} />
              )}
              {result.understood.length > 0 ? (
                <ul>
                  {result.understood.map((line) => (
                    <li>{line}</li>
                  ))}
                </ul>
              ) : null}
              <p>请核对：理解错的地方，在下面的工单摘要里改正后重新评估。</p>
            </div>
            <h2>评估结果（仅为估计）</h2>
            <div class="box">
              {result.report.results.map((r) => (
                <div>
                  <p class="verdict">
                    {PROGRAM_NAMES[r.program]}：{VERDICT_WORDS[r.verdict]}
                  </p>
                  <ul>
                    {r.reasons.slice(0, 3).map((x) => (
                      <li>{x.text}</li>
                    ))}
                  </ul>
                </div>
              ))}
              {result.conditions.length > 0 ? (
                <>
                  <p>还差几项就能判断：</p>
                  <ul>
                    {result.conditions.map((c) => (
                      <li>{c}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {result.report.demo ? <p>注意：使用的是示例标准，不是当地正式公布的数字。</p> : null}
            </div>
            <h2>还需要问（最要紧的在前）</h2>
            <div class="box">
              {result.questions.length > 0 ? (
                <ol>
                  {result.questions.map((q) => (
                    <li>{q}</li>
                  ))}
                </ol>
              ) : (
                <p>没有需要补问的了。</p>
              )}
            </div>
            <h2>工单摘要</h2>
            <div class="box">
              <p>
                <button type="button" id="copy" data-target="summary-text">
                  复制工单摘要
                </button>{' '}
                <span id="copied" role="status"></span>
              </p>
              <Form
                id="summary"
                regions={regions}
                region={result.regionNote?.named ?? region}
                text={result.summary}
                rows={result.summary.split('\n').length + 1}
                label="工单摘要（可以直接改正某一项，例如“年龄 78”，再点“按摘要重新评估”）："
                button="按摘要重新评估"
              />
            </div>
            <script src="/agent/copy.js" defer></script>
          </>
        ) : null}
      </main>
    </body>
  </html>
);

/**
 * The one script on the page: copy the work-order summary with one click. Served from this site
 * (the agent page's policy allows scripts from 'self' only); without it the text can be selected.
 */
export const COPY_SCRIPT =
  `document.getElementById('copy')?.addEventListener('click',` +
  `function(){var t=document.getElementById(this.dataset.target);` +
  `var s=document.getElementById('copied');function done(){s.` +
  `textContent='已复制';}if(navigator.clipboard){navigator.clipboard` +
  `.writeText(t.value).then(done,function(){t.select();document` +
  `.execCommand('copy');done();});}else{t.select();document.` +
  `execCommand('copy');done();}});`;
