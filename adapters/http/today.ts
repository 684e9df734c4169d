/** Today's date in China (Asia/Shanghai), the date a screening is for unless a request names one. */
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function chinaDate(now: Date = new Date()): string {
  return FORMAT.format(now);
}
