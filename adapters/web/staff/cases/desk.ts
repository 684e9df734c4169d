/**
 * What the staff use cases (./list.ts, ./export.ts, ./detail.ts, ./change-status.ts) work on,
 * and who acts: the console's signed-in user, or the server's operator at the command line. No
 * HTTP here, so the console, the CLI and the tests call the same functions. Errors are
 * RequestCaseError, named by reason; the console maps reasons to pages, the CLI to exit codes.
 */
import type { Clock } from '../../../../bot/ports.ts';
import type { ParameterSet } from '../../../../screening/index.ts';
import type { VillageDirectory } from '../../../config/villages.ts';
import type { Sealer } from '../../../crypto/sealer.ts';
import type { Atomic } from '../../../db/ports.ts';
import type { StoredReferral } from '../../../db/referral-record.ts';
import type { Db } from '../../../db/repositories.ts';
import { type ReferralRow, rowInScope, type Scope, StaffStore } from '../store.ts';

export interface StaffDesk {
  store: StaffStore;
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  clock: Clock;
  /** The operator's screening figures, for screening a corrected household again (the built-in ones without). */
  parameters?: ParameterSet | undefined;
  /** Starts sending the outbox now (after a request made on a visit); otherwise the runner's interval. */
  kick?: (() => void) | undefined;
}

export function staffDesk(deps: Omit<StaffDesk, 'store'>): StaffDesk {
  return { ...deps, store: new StaffStore(deps.db) };
}

/** Who acts: an account id (or `system` for the operator's command line) and the villages it may see. */
export interface Actor {
  id: string;
  scope: Scope;
}

/** The operator at the server's command line: every village, audited as `system`. */
export const OPERATOR: Actor = { id: 'system', scope: { all: true } };

export type RequestCaseReason =
  | 'not_found'
  | 'conflict'
  | 'transition'
  | 'out_of_scope'
  | 'unreadable'
  | 'invalid'
  | 'erased'
  | 'throttled';

export class RequestCaseError extends Error {
  override readonly name = 'RequestCaseError';
  constructor(
    readonly reason: RequestCaseReason,
    message: string,
  ) {
    super(message);
  }
}

/** A request the actor may see, or not_found whether it is missing or out of scope (its existence is not confirmed). */
export async function visibleRequest(
  desk: StaffDesk,
  actor: Actor,
  id: string,
  notFound: string,
): Promise<ReferralRow> {
  const row = await desk.store.referral(id);
  if (!row || !rowInScope(actor.scope, row)) throw new RequestCaseError('not_found', notFound);
  return row;
}

/** The sealed body of a request (or what is left of it after 删除我的信息); a value this key cannot open is `unreadable`. */
export async function openRequest(desk: StaffDesk, row: ReferralRow, message: string): Promise<StoredReferral> {
  try {
    return await desk.sealer.open<StoredReferral>(row.sealed);
  } catch {
    throw new RequestCaseError('unreadable', message);
  }
}

/** One audit row: ids and counts only, never names, phones or notes. */
export function audit(
  desk: StaffDesk,
  actor: Pick<Actor, 'id'>,
  action: string,
  referralId: string | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  return desk.store.audit({
    at: desk.clock.now().toISOString(),
    actor: actor.id,
    action,
    referralId,
    detail: detail ? JSON.stringify(detail) : null,
  });
}
