import type { Kysely } from 'kysely';
import type { Database, UnitRow } from '../db/types';
import { entryFor } from '../modules/commendation/catalogue';
import { awardNameOf } from '../modules/decisions/award-names';
import { prizeOf } from '../modules/decisions/decision-rules';
import { grantorTitleAt } from '../modules/decisions/grantor-title';

type Trx = Kysely<Database>;

const YEAR = 2024;
const SO = 'BPC-SLDTBXH';
const GIAY_KHEN = 'giay_khen:individual';
const BANG_KHEN = 'bang_khen_tinh:collective';
const SIGNED_ON = '2024-12-20';

const firstPerson = (trx: Trx, unitId: number) =>
  trx.selectFrom('people').select(['id', 'full_name', 'position', 'unit_id']).where('unit_id', '=', unitId).where('active', '=', true).orderBy('id').executeTakeFirstOrThrow();

/**
 * The end of seed 002's 2024 cycle, as the Sở LĐTBXH Bình Phước would have left it, so that a demo
 * user sees every stage: Phòng Lao động – Việc làm proposed the author of its recognised initiative for
 * the Giấy khen of the Giám đốc and itself for the Bằng khen of the Chủ tịch UBND tỉnh; the Sở's
 * council agreed by secret ballot (4/4); the Giám đốc granted the Giấy khen (Quyết định
 * 520/QĐ-SLĐTBXH, 710.000 đ), which the honour board shows; the Bằng khen waits in the tỉnh's inbox.
 * Written as rows (the services judge deadlines against today's date, long after 12/2024).
 */
export async function insertDemoCommendation(trx: Trx, movementId: number, units: ReadonlyMap<string, UnitRow>): Promise<{ nominations: number; awards: number }> {
  const unit = (code: string) => units.get(code)!;
  const so = unit(SO);
  const ldvl = unit(`${SO}-LDVL`);
  const tinh = unit('BPC');
  const author = await trx
    .selectFrom('initiative_authors as a')
    .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['p.id', 'p.full_name'])
    .where('i.unit_id', '=', ldvl.id)
    .orderBy('p.id')
    .executeTakeFirst();
  if (!author) return { nominations: 0, awards: 0 };

  const batch = await trx
    .insertInto('nomination_batches')
    .values({ movement_id: movementId, year: YEAR, proposing_unit_id: ldvl.id, addressed_unit_id: so.id, title: `Đề nghị khen thưởng năm ${YEAR} của ${ldvl.name}`, status: 'da_quyet_dinh', due_on: '2024-12-14', submission_number: '12/TTr-LĐVL', submitted_at: '2024-12-05T02:00:00Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const summary = 'Tác giả sáng kiến tiếp nhận hồ sơ trợ cấp thất nghiệp qua dịch vụ công trực tuyến toàn trình, giảm thời gian giải quyết từ 20 xuống 12 ngày làm việc.';
  const person = await trx
    .insertInto('nominations')
    .values({
      batch_id: batch.id, movement_id: movementId, award_key: 'giay-khen-so', catalogue_code: GIAY_KHEN, subject_kind: 'individual', person_id: author.id, unit_id: ldvl.id,
      nominee_name: author.full_name, status: 'khen_thuong', eligible: true,
      report: JSON.stringify({ achievements: { results: summary }, summary }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const collective = await trx
    .insertInto('nominations')
    .values({
      batch_id: batch.id, movement_id: movementId, award_key: 'bang-khen-tinh', catalogue_code: BANG_KHEN, subject_kind: 'collective', person_id: null, unit_id: ldvl.id,
      nominee_name: ldvl.name, status: 'dong_y', eligible: null, override_reason: null,
      report: JSON.stringify({ achievements: { results: '85% hồ sơ trợ cấp thất nghiệp nộp trực tuyến; dẫn đầu khối phòng về cải cách hành chính năm 2024.' }, summary: 'Dẫn đầu khối phòng về cải cách hành chính năm 2024' }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  // The council: four members, all present, each agreeing to both (ballots without member or time).
  const session = await trx
    .insertInto('council_sessions')
    .values({ unit_id: so.id, movement_id: movementId, title: `Phiên họp Hội đồng Thi đua – Khen thưởng Sở xét khen thưởng năm ${YEAR}`, meeting_on: '2024-12-18', location: 'Phòng họp Sở', status: 'da_dong', threshold_percent: 70, quorum_percent: 66.67, opened_at: '2024-12-18T02:00:00Z', closed_at: '2024-12-18T03:00:00Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('council_session_items').values([{ session_id: session.id, nomination_id: person.id, position: 1 }, { session_id: session.id, nomination_id: collective.id, position: 2 }]).execute();
  const roles = ['chu_tich', 'thu_ky', 'uy_vien', 'uy_vien'];
  const seats = await Promise.all(['VP', 'KHTC', 'TTR', 'BTXH'].map((c) => firstPerson(trx, unit(`${SO}-${c}`).id)));
  for (const [i, p] of seats.entries()) {
    const m = await trx.insertInto('council_members').values({ session_id: session.id, person_id: p.id, full_name: p.full_name, position_title: p.position, unit_id: p.unit_id, role: roles[i]!, present: true }).returning('id').executeTakeFirstOrThrow();
    for (const nominationId of [person.id, collective.id]) await trx.insertInto('ballot_receipts').values({ session_id: session.id, member_id: m.id, nomination_id: nominationId }).execute();
  }
  await trx.insertInto('ballots').values(seats.flatMap(() => [person.id, collective.id].map((nomination_id) => ({ session_id: session.id, nomination_id, choice: 'dong_y' })))).execute();

  // Khen cao: the Bằng khen goes to the tỉnh, where it waits.
  const up = await trx
    .insertInto('nomination_batches')
    .values({ movement_id: movementId, year: YEAR, proposing_unit_id: so.id, addressed_unit_id: tinh.id, forwarded_from_batch_id: batch.id, title: `Đề nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng: ${ldvl.name}`, status: 'da_gui', due_on: null, submission_number: '301/TTr-SLĐTBXH', submitted_at: '2024-12-19T02:00:00Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('nominations').set({ batch_id: up.id, status: 'de_nghi' }).where('id', '=', collective.id).execute();

  // The Giám đốc's decision and the award it grants.
  const grantor = entryFor(GIAY_KHEN, SIGNED_ON)!.grantors.find((g) => g.unitKinds.includes('so'))!;
  const prize = prizeOf(GIAY_KHEN, SIGNED_ON);
  const decision = await trx
    .insertInto('award_decisions')
    .values({ unit_id: so.id, movement_id: movementId, batch_id: batch.id, session_id: session.id, grantor_code: grantor.code, status: 'da_ban_hanh', number: '520/QĐ-SLĐTBXH', signed_on: SIGNED_ON, signer_name: 'Trần Văn Khải', signer_title: 'Giám đốc', submission_number: '300/TTr-VP', submission_date: '2024-12-18', base_salary: prize.baseSalary ?? 0, total_amount: prize.amount })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('award_decision_items').values({ decision_id: decision.id, nomination_id: person.id, position: 1, coefficient: prize.coefficient ?? null, prize_amount: prize.amount }).execute();
  await trx
    .insertInto('awards')
    .values({
      decision_id: decision.id, nomination_id: person.id, movement_id: movementId, catalogue_code: GIAY_KHEN, award_name: awardNameOf(GIAY_KHEN, SIGNED_ON), subject_kind: 'individual', person_id: author.id,
      unit_id: ldvl.id, nominee_name: author.full_name, year: YEAR, decided_on: SIGNED_ON, decision_number: '520/QĐ-SLĐTBXH', grantor_title: grantorTitleAt(grantor, so.name),
      coefficient: prize.coefficient ?? null, prize_amount: prize.amount, achievement: summary,
    })
    .execute();
  const history = [
    { nomination_id: person.id, batch_id: batch.id, action: 'gui', old_status: null, new_status: 'de_nghi', reason: null },
    { nomination_id: collective.id, batch_id: batch.id, action: 'gui', old_status: null, new_status: 'de_nghi', reason: null },
    { nomination_id: person.id, batch_id: batch.id, action: 'hoi_dong', old_status: 'de_nghi', new_status: 'dong_y', reason: '4/4 thành viên đồng ý' },
    { nomination_id: collective.id, batch_id: batch.id, action: 'hoi_dong', old_status: 'de_nghi', new_status: 'dong_y', reason: '4/4 thành viên đồng ý' },
    { nomination_id: collective.id, batch_id: up.id, action: 'chuyen_cap_tren', old_status: 'dong_y', new_status: 'de_nghi', reason: `Từ đợt ${batch.id} lên Ủy ban nhân dân tỉnh` },
    { nomination_id: person.id, batch_id: batch.id, action: 'khen_thuong', old_status: 'dong_y', new_status: 'khen_thuong', reason: 'Quyết định số 520/QĐ-SLĐTBXH ngày 20/12/2024' },
  ];
  await trx.insertInto('nomination_history').values(history).execute();
  return { nominations: 2, awards: 1 };
}
