/**
 * The 12345 agent's pages for issue 18 item 4: file a call as a request to the village committee
 * (with the caller's consent read out and recorded, and the work-order number), and read back a
 * work order's feedback — each status change with its date and the note marked for the resident,
 * nothing else of the request. Server-rendered like the rest of the console; no script.
 */
import type { FC } from 'hono/jsx';
import type { FeedbackItem } from './cases/hotline.ts';
import { Layout, type PageUser } from './pages.tsx';

export interface FeedbackView {
  workOrder?: string | undefined;
  items?: (FeedbackItem & { time: string })[] | undefined;
  /** The request number just filed (shown once after filing). */
  filed?: string | undefined;
  joined?: boolean;
}

const Message: FC<{ error?: string | undefined; status?: string | undefined }> = ({ error, status }) =>
  error ? (
    <p class="msg error" role="alert">
      {error}
    </p>
  ) : status ? (
    <p class="msg" role="status">
      {status}
    </p>
  ) : null;

export const FeedbackPage: FC<{ user: PageUser; csrf: string; v: FeedbackView; error?: string | undefined }> = ({
  user,
  csrf,
  v,
  error,
}) => (
  <Layout title="12345 工单反馈" user={user} csrf={csrf}>
    <h1>12345 工单反馈</h1>
    <p class="muted">
      输入工单号，看这件来电转给村委会以后办到哪一步了：每次状态变化的日期，以及工作人员写给来电人的备注。看不到来电人的其他信息。
    </p>
    <Message
      error={error}
      status={
        v.filed
          ? v.joined
            ? `这户已经有正在办理的申请，这次来电已并入（申请编号 ${v.filed}）。`
            : `已转给村委会，申请编号 ${v.filed}。`
          : undefined
      }
    />
    <form method="get" action="/staff/feedback" class="card stack">
      <label for="fb-order">工单号</label>
      <input id="fb-order" name="workOrder" autocomplete="off" required maxlength={40} value={v.workOrder ?? ''} />
      <div class="actions">
        <button type="submit" class="btn">
          查看反馈
        </button>
        <a class="btn light" href="/staff/hotline/new">
          登记一个新来电
        </a>
      </div>
    </form>
    {v.items && v.items.length > 0 ? (
      <section class="card">
        <h2>工单 {v.workOrder} 的办理情况</h2>
        <table>
          <caption class="muted">从早到晚</caption>
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">状态</th>
              <th scope="col">告诉来电人的备注</th>
            </tr>
          </thead>
          <tbody>
            {v.items.map((i) => (
              <tr>
                <td>{i.time}</td>
                <td>
                  <span class="status">{i.statusLabel}</span>
                </td>
                <td>{i.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    ) : null}
  </Layout>
);

export interface FileCallView {
  places: { value: string; label: string }[];
  consentText: string;
  values?: Record<string, string>;
}

export const FileCallPage: FC<{
  user: PageUser;
  csrf: string;
  v: FileCallView;
  error?: string | undefined;
  issues?: string[];
}> = ({ user, csrf, v, error, issues }) => {
  const val = (k: string) => v.values?.[k] ?? '';
  return (
    <Layout title="登记来电，转给村委会" user={user} csrf={csrf}>
      <h1>登记来电，转给村委会</h1>
      <p class="muted">
        来电人想申请救助、同意把情况转给村委会时，在这里登记。转过去以后，用工单号可以查到办理进度，反馈给来电人。
      </p>
      <Message error={error} />
      {issues?.length ? (
        <ul class="msg error">
          {issues.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      ) : null}
      <form method="post" action="/staff/hotline/new" class="card stack">
        <input type="hidden" name="_csrf" value={csrf} />
        <label for="fc-order">工单号（字母、数字或“-”，最多 40 位）</label>
        <input id="fc-order" name="workOrder" autocomplete="off" required maxlength={40} value={val('workOrder')} />
        <label for="fc-place">来电人所在的村（社区）；村不在列表里就选县（市、区）民政部门</label>
        <select id="fc-place" name="place" required>
          <option value="">请选择</option>
          {v.places.map((p) => (
            <option value={p.value} selected={val('place') === p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <label for="fc-name">来电人姓名</label>
        <input id="fc-name" name="name" autocomplete="off" required maxlength={40} value={val('name')} />
        <label for="fc-phone">联系电话（手机 11 位，座机带区号）</label>
        <input
          id="fc-phone"
          name="phone"
          inputmode="tel"
          autocomplete="off"
          required
          maxlength={40}
          value={val('phone')}
        />
        <label for="fc-time">方便联系的时间（可不填）</label>
        <input id="fc-time" name="callTime" autocomplete="off" maxlength={60} value={val('callTime')} />
        <label for="fc-summary">通话摘要（家里几口人、年龄、收入、困难等）</label>
        <textarea id="fc-summary" name="summary" class="facts" required maxlength={3000}>
          {val('summary')}
        </textarea>
        <h2>请把下面的话读给来电人听</h2>
        <p class="card consent">{v.consentText}</p>
        <div class="check">
          <input id="fc-consent" type="checkbox" name="consent" value="1" />
          <label for="fc-consent">来电人已听完并口头同意转给村委会（会记录坐席和时间）</label>
        </div>
        <div class="actions">
          <button type="submit" class="btn">
            转给村委会
          </button>
        </div>
      </form>
    </Layout>
  );
};
