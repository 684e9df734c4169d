// Transcripts with the real request desk behind the dialogue (test/transcripts/referral/*.yaml,
// the same format as the channel-neutral ones, plus what staff do and see): the engine with the
// database desk on SQLite, a staff step (`staff: <status>`, with a note that is told to the
// resident) between the resident's messages, and what the staff console's request page shows
// (`staff_sees`) and never shows (`staff_never`) after a turn. `{ref}` is the request number the
// dialogue gave the resident.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { SealedSessionStore } from '../../adapters/db/pseudonymous-stores.ts';
import { DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { referrals } from '../../adapters/db/schema.ts';
import { REFERRAL_STATUSES } from '../../adapters/db/referral-record.ts';
import { setUpReferrals } from '../../adapters/referrals.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { changeStatus } from '../../adapters/web/staff/cases/change-status.ts';
import { OPERATOR, staffDesk } from '../../adapters/web/staff/cases/desk.ts';
import { requestDetail } from '../../adapters/web/staff/cases/detail.ts';
import { DetailPage } from '../../adapters/web/staff/pages.tsx';
import { handleMessage } from '../../bot/engine.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const Turn = z.union([
  z
    .object({
      say: z.coerce.string(),
      expect: z.array(z.coerce.string()).optional(),
      absent: z.array(z.coerce.string()).optional(),
      staff_sees: z.array(z.coerce.string()).optional(),
      staff_never: z.array(z.coerce.string()).optional(),
    })
    .strict(),
  z.object({ staff: z.enum(REFERRAL_STATUSES), staff_sees: z.array(z.coerce.string()).optional() }).strict(),
]);
const Transcript = z.object({ name: z.string(), turns: z.array(Turn).min(1) }).strict();

const dir = join(import.meta.dirname, '..', 'transcripts', 'referral');
const transcripts = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => z.array(Transcript).parse(parse(readFileSync(join(dir, f), 'utf8'))));

describe('request transcripts (engine, database desk, staff console)', () => {
  for (const t of transcripts) {
    it(t.name, async () => {
      const { db, atomic } = openNodeDb(':memory:');
      const sealer = await Sealer.fromKey(newDataKey());
      const villages = villageDirectory({});
      const clock = { now: () => new Date('2026-12-04T02:00:00Z'), today: () => '2026-12-04' };
      const refs = setUpReferrals({
        db,
        atomic,
        sealer,
        villages,
        clock,
        publicUrl: 'https://d.example',
        background: () => {},
        log: () => {},
      });
      const deps = {
        store: new SealedSessionStore(new DrizzleSessionStore(db), sealer),
        clock,
        parameters: defaultParameters(),
        referral: refs.engine,
      };
      const desk = staffDesk({ db, atomic, sealer, villages, clock });
      let ref = '';
      const fill = (s: string) => s.replaceAll('{ref}', ref);
      const staffPage = async () => {
        const row = (await db.select().from(referrals))[0]!;
        // The page as staff read it (its words, without markup).
        const html = String(
          await DetailPage({
            user: { displayName: '管理员', role: 'admin' },
            csrf: 'x',
            d: await requestDetail(desk, OPERATOR, row.id),
          }),
        );
        return html.replace(/<[^>]*>/g, ' ');
      };
      for (const [i, turn] of t.turns.entries()) {
        const where = `turn ${i + 1}`;
        if ('staff' in turn) {
          const row = (await db.select().from(referrals))[0]!;
          await changeStatus(desk, OPERATOR, row.id, {
            from: row.status as never,
            to: turn.staff,
            note: '已电话联系，约好周五入户',
            tell: true,
          });
        } else {
          const text = replyText(
            await handleMessage(
              { channel: 'test', userId: 'resident-1', text: turn.say, ...(i === 0 ? { kind: 'start' as const } : {}) },
              deps,
            ),
          );
          ref ||= text.match(/申请编号：(DD-[2-9A-Z]{6})/)?.[1] ?? '';
          for (const e of turn.expect ?? []) expect(text, `${where} "${turn.say}"`).toContain(fill(e));
          for (const a of turn.absent ?? []) expect(text, `${where} "${turn.say}"`).not.toContain(fill(a));
          if (turn.staff_never) {
            const page = await staffPage();
            for (const n of turn.staff_never) expect(page, `${where} staff page`).not.toContain(fill(n));
          }
        }
        if (turn.staff_sees) {
          const page = await staffPage();
          for (const e of turn.staff_sees) expect(page, `${where} staff page`).toContain(fill(e));
        }
      }
      expect(ref).toMatch(/^DD-/);
    });
  }
});
