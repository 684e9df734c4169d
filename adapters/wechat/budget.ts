/**
 * The last step of a WeChat delivery: WeChat waits about five seconds for a passive reply, then
 * retries. So the dialogue's answer is awaited for a budget (4 s); if it is late or fails, WeChat
 * is answered at once and the texts, when they come, go out later through customer service.
 */

export type Timely = { kind: 'ready'; texts: string[] } | { kind: 'late'; reason: 'timeout' | 'error' };

export async function withinBudget(work: Promise<string[]>, budgetMs: number): Promise<Timely> {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const timer = new Promise<Timely>((resolve) => {
    timeout = setTimeout(() => resolve({ kind: 'late', reason: 'timeout' }), budgetMs);
  });
  try {
    return await Promise.race([
      work.then(
        (texts): Timely => ({ kind: 'ready', texts }),
        (): Timely => ({ kind: 'late', reason: 'error' }),
      ),
      timer,
    ]);
  } finally {
    clearTimeout(timeout);
  }
}
