/**
 * /staff/charts: the statistics in pictures for admins and county staff (issue 18 item 5). Each
 * chart is server-drawn SVG (./svg.ts) with its numbers in a table beside it; small counts shown
 * as "<5" (./suppress.ts); a period, a city (admins) and a channel to choose; a CSV of the same.
 */
import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { Layout, type PageUser } from '../pages.tsx';
import type { ChartStats, DayValue, LabelledCount } from './model.ts';
import { rate, shown, SUPPRESS_BELOW } from './suppress.ts';
import { barChart, lineChart } from './svg.ts';

export const CHANNELS: [string, string][] = [
  ['wechat', '微信'],
  ['telegram', 'Telegram'],
  ['web', '筛查链接'],
  ['hotline', '12345 转来'],
];

export interface ChartsView {
  stats: ChartStats;
  /** Cities an admin may choose; empty for county staff (their own city). */
  cities: [string, string][];
  csvHref: string;
}

const Counts: FC<{ caption: string; rows: LabelledCount[]; head?: string }> = ({ caption, rows, head }) => (
  <table>
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">{head ?? '项目'}</th>
        <th scope="col">数量</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((r) => (
        <tr>
          <th scope="row">{r.label}</th>
          <td>{shown(r.value)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** A day-by-day table, folded (a month is thirty rows): the chart above it says the same. */
const Daily: FC<{ caption: string; days: string[]; series: { name: string; values: DayValue[] }[] }> = ({
  caption,
  days,
  series,
}) => (
  <details>
    <summary>{`${caption}：每天的数字`}</summary>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">日期</th>
          {series.map((s) => (
            <th scope="col">{s.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr>
            <th scope="row">{d}</th>
            {series.map((s) => (
              <td>{shown(s.values.find((v) => v.day === d)?.value ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </details>
);

const Section: FC<{ title: string; id: string; children?: unknown }> = ({ title, id, children }) => (
  <section class="card" aria-labelledby={`${id}-h`}>
    <h2 id={`${id}-h`}>{title}</h2>
    {children}
  </section>
);

export const ChartsPage: FC<{ user: PageUser; csrf: string; v: ChartsView }> = ({ user, csrf, v }) => {
  const s = v.stats;
  const q = s.query;
  const bars = (rows: LabelledCount[]) => rows.map((r) => ({ label: r.label, value: r.value }));
  return (
    <Layout title="统计图" user={user} csrf={csrf}>
      <h1>统计图</h1>
      <p class="muted">
        按天汇总的人数和件数，不含任何个人信息。为了不让人从很小的数字认出是谁，1 到 {SUPPRESS_BELOW - 1} 显示为“&lt;
        {SUPPRESS_BELOW}”（图上不画出来）。
      </p>
      <form method="get" action="/staff/charts" class="card filters" aria-label="选择时间、地区和渠道">
        <div>
          <label for="c-from">从</label>
          <input id="c-from" type="date" name="from" value={q.from} />
        </div>
        <div>
          <label for="c-to">到</label>
          <input id="c-to" type="date" name="to" value={q.to} />
        </div>
        {v.cities.length ? (
          <div>
            <label for="c-city">城市</label>
            <select id="c-city" name="city">
              <option value="">全部</option>
              {v.cities.map(([code, name]) => (
                <option value={code} selected={q.city === code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label for="c-channel">渠道</label>
          <select id="c-channel" name="channel">
            <option value="">全部</option>
            {CHANNELS.map(([code, name]) => (
              <option value={code} selected={q.channel === code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="btn">
            查看
          </button>
          <a class="btn light" href={v.csvHref}>
            导出 CSV
          </a>
        </div>
      </form>

      <Section title="筛查：开始和完成" id="screenings">
        <p>
          开始 {shown(s.screenings.totalStarted)} 次，完成 {shown(s.screenings.totalFinished)} 次（完成率{' '}
          {rate(s.screenings.totalFinished, s.screenings.totalStarted)}）。
        </p>
        {raw(
          lineChart(
            'ch-screenings',
            '每天开始和完成的筛查',
            `${q.from} 到 ${q.to}，每天开始和完成的筛查次数；小于 ${SUPPRESS_BELOW} 的不画出。数字见下表。`,
            s.days,
            [
              { name: '开始', values: s.screenings.started.map((d) => d.value) },
              { name: '完成', values: s.screenings.finished.map((d) => d.value) },
            ],
          ),
        )}
        <Daily
          caption="每天开始和完成的筛查"
          days={s.days}
          series={[
            { name: '开始', values: s.screenings.started },
            { name: '完成', values: s.screenings.finished },
          ]}
        />
      </Section>

      <Section title="在哪一题离开" id="dropoff">
        <p class="muted">
          “离开”是问到这一题后再也没有往下走的次数（包括正在回答的少数人）。“没看懂”是回答没能读懂、又问了一遍的次数。
        </p>
        {raw(
          barChart(
            'ch-left',
            '在每一题离开的次数',
            '按问题的先后，问到这一题后没有再往下走的次数。数字见下表。',
            s.dropOff.map((r) => ({ label: r.label, value: r.left })),
          ),
        )}
        {raw(
          barChart(
            'ch-nu',
            '每一题回答没看懂的次数',
            '每一题的回答没能读懂、又问了一遍的次数。数字见下表。',
            [...s.dropOff]
              .sort((a, b) => b.notUnderstood - a.notUnderstood)
              .map((r) => ({ label: r.label, value: r.notUnderstood })),
          ),
        )}
        <section class="scroll" aria-label="每一题的数字（可左右滑动）" tabindex={0}>
          <table>
            <caption>每一题：问了、答了、没看懂、离开</caption>
            <thead>
              <tr>
                <th scope="col">问题</th>
                <th scope="col">问了</th>
                <th scope="col">答了</th>
                <th scope="col">没看懂</th>
                <th scope="col">离开</th>
                <th scope="col">离开比例</th>
              </tr>
            </thead>
            <tbody>
              {s.dropOff.map((r) => (
                <tr>
                  <th scope="row">{r.label}</th>
                  <td>{shown(r.asked)}</td>
                  <td>{shown(r.answered)}</td>
                  <td>{shown(r.notUnderstood)}</td>
                  <td>{shown(r.left)}</td>
                  <td>{rate(r.left, r.asked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </Section>

      <Section title="估计结果" id="verdicts">
        {raw(
          barChart('ch-verdicts', '完成的筛查的估计结果', '每个项目各种估计结果的次数。数字见下表。', bars(s.verdicts)),
        )}
        <Counts caption="估计结果" rows={s.verdicts} />
      </Section>

      <Section title="申请" id="requests">
        <p>这段时间的新申请 {shown(s.requests.total)} 件。</p>
        {raw(
          lineChart(
            'ch-requests',
            '每天的新申请',
            `${q.from} 到 ${q.to}，每天转给村（社区）、乡镇或县的申请件数。数字见下表。`,
            s.days,
            [{ name: '新申请', values: s.requests.byDay.map((d) => d.value) }],
          ),
        )}
        <Daily caption="每天的新申请" days={s.days} series={[{ name: '新申请', values: s.requests.byDay }]} />
      </Section>

      <Section title="办到哪一步" id="statuses">
        {raw(
          barChart(
            'ch-statuses',
            '这段时间的申请到过的状态',
            '每个状态有多少件申请到过。数字见下表。',
            bars(s.statuses),
          ),
        )}
        <Counts caption="到过的状态" rows={s.statuses} head="状态" />
      </Section>

      <Section title="第一次联系用了多久" id="contact">
        {raw(
          barChart(
            'ch-contact',
            '从提交到第一次改状态用的天数',
            '按天数分段的申请件数。数字见下表。',
            bars(s.firstContact),
          ),
        )}
        <Counts caption="第一次联系用时" rows={s.firstContact} head="用时" />
      </Section>

      <Section title="逾期" id="overdue">
        <Counts caption="逾期" rows={s.overdue} />
      </Section>

      <Section title="回访" id="followup">
        {raw(barChart('ch-followup', '回访的回答', '办结或不符合条件以后回访的回答。数字见下表。', bars(s.followUp)))}
        <Counts caption="回访的回答" rows={s.followUp} head="回答" />
      </Section>

      {s.visits ? (
        <Section title="走访和代为筛查" id="visits">
          {raw(
            barChart('ch-visits', '走访和代为筛查', '这段时间的走访和代为筛查。数字见下表。', bars(s.visits.totals)),
          )}
          <Counts caption="走访和代为筛查" rows={s.visits.totals} />
          {(s.visits.byDay ?? []).length ? (
            <Daily
              caption="每天的走访和代为筛查"
              days={s.days}
              series={(s.visits.byDay ?? []).map((d) => ({ name: d.label, values: d.days }))}
            />
          ) : null}
        </Section>
      ) : null}
    </Layout>
  );
};
