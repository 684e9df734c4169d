/**
 * Raised when the screening has no rule or figure for a region or date. The screening turns it
 * into `need_info` with a plain explanation: it never guesses outside what is coded.
 */
export class CoverageError extends Error {
  override readonly name = 'CoverageError';
  constructor(
    /** Plain Chinese explanation for the resident. */
    readonly plain: string,
    readonly detail: { region: string; date: string; param?: string },
  ) {
    super(`${plain} (region ${detail.region}, date ${detail.date}${detail.param ? `, parameter ${detail.param}` : ''})`);
  }
}
