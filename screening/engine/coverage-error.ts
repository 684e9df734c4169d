/**
 * Raised when the screening has no rule or figure for a region or date. The screening turns it
 * into `need_info` with a plain explanation (the finding, said through the catalogue): it never
 * guesses outside what is coded.
 */
import type { FindingBase } from '../model/finding.ts';
import { say } from '../catalogue/index.ts';

export class CoverageError extends Error {
  override readonly name = 'CoverageError';
  /** Plain Chinese explanation for the resident. */
  readonly plain: string;
  constructor(
    readonly finding: FindingBase,
    readonly detail: { region: string; date: string; param?: string },
  ) {
    const plain = say(finding);
    super(
      `${plain} (region ${detail.region}, date ${detail.date}${detail.param ? `, parameter ${detail.param}` : ''})`,
    );
    this.plain = plain;
  }
}
