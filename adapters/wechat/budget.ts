/**
 * The last step of a WeChat delivery: WeChat waits about five seconds for a passive reply, then
 * retries. So the dialogue's answer is awaited for a budget (4 s); if it is late or fails, WeChat
 * is answered at once and the texts, when they come, go out later through customer service.
 */

export type Timely = { kind: 'ready'; texts: string[] } | { kind: 'late'; reason: 'timeout' | 'error' };

const TIMEOUT: Timely = { kind: 'late', reason: 'timeout' };
const FAILED: Timely = { kind: 'late', reason: 'error' };

/** One promise and one timer a delivery (no race of two promises and a then-chain), cleared as the work settles. */
export function withinBudget(work: Promise<string[]>, budgetMs: number): Promise<Timely> {
  return new Promise((resolve) => {
    const timeout = setTimeout(() => resolve(TIMEOUT), budgetMs);
    work.then(
      (texts) => {
        clearTimeout(timeout);
        resolve({ kind: 'ready', texts });
      },
      () => {
        clearTimeout(timeout);
        resolve(FAILED);
      },
    );
  });
}
