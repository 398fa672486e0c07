import { expect } from 'vitest';
import type { Db } from '../../src/db/database';
import { blankPlan } from '../../src/modules/movements/model/plan-builder';
import type { PlanContent } from '../../src/modules/movements/model/plan-content.schema';
import { dbSnapshot } from '../helpers/db-snapshot';
import type { Client } from '../helpers/test-app';

/** A small but real plan: one criterion with a percent target, one yearly deadline, one purpose. */
export function planOf(opts: { issuer?: string; title?: string; number?: string | null; issuedOn?: string | null; end?: string | null; start?: string | null; target?: number } = {}): PlanContent {
  const issuer = opts.issuer ?? 'ỦY BAN NHÂN DÂN XÃ TRÀ LÂM';
  return blankPlan({
    issuerName: issuer,
    title: opts.title ?? 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2024',
    header: { issuerName: issuer, number: opts.number ?? null, issuedOn: opts.issuedOn ?? null, signer: { title: 'CHỦ TỊCH', name: 'Hồ Văn Lâm' } },
    period: { start: opts.start ? { kind: 'date', date: opts.start } : { kind: 'on_issue' }, end: opts.end === undefined ? '2024-12-31' : opts.end },
    purposes: [{ text: 'Nâng cao nhận thức về cải cách hành chính' }],
    criteria: [
      {
        key: 'a',
        label: 'a)',
        text: `Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ ${opts.target ?? 90}% trở lên`,
        indicator: 'Hồ sơ giải quyết đúng hạn',
        target: { measure: 'percent', comparator: 'gte', value: opts.target ?? 90 },
      },
    ],
    deadlines: [
      { key: 'ho-so', title: 'Gửi hồ sơ đề nghị khen thưởng', kind: 'submit_proposal', due: { kind: 'yearly', day: 15, month: 12 }, responsible: { text: 'Các ban, ngành' } },
    ],
  } as Parameters<typeof blankPlan>[0]);
}

/** Sends a request that must be refused, and checks it wrote nothing at all (audit included). */
export async function expectRefused(db: Db, call: () => ReturnType<Client['post']>, status: number, message: RegExp) {
  const before = await dbSnapshot(db);
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.message).toMatch(message);
  expect(await dbSnapshot(db)).toEqual(before);
  return res.json().error as { code: string; message: string; fields?: Record<string, string> };
}

export const auditRows = (db: Db, movementId: number, action: string) =>
  db.selectFrom('audit_log').selectAll().where('entity', '=', 'movement').where('entity_id', '=', String(movementId)).where('action', '=', action).execute();
