import type { Db } from '../../db/database';
import type { PersonRow } from '../../db/types';
import type { Actor, ServiceContext } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { cleanText } from '../../lib/text';
import { recordAudit } from '../audit/audit.queries';
import { can, requireScope } from '../auth/scope';
import { assertWritable, visibleUnit, writableUnit } from '../units/unit-access';
import { formatDay, isActiveOn, todayInVietnam } from '../units/unit-period';
import { pathIds, unitRefs } from '../units/units.queries';
import { findPerson, insertPerson, insertTransfer, lastTransferDate, lockPerson, personColumns, searchPeople, transfersOf } from './people.queries';
import { personSnapshot, presentPerson } from './people.presenter';
import type {
  CreatePersonBody,
  PeopleListQuery,
  PeopleListResponse,
  PersonDetailResponse,
  TransferPersonBody,
  UpdatePersonBody,
} from './people.schema';

export async function listPeople(ctx: ServiceContext, query: PeopleListQuery): Promise<PeopleListResponse> {
  const scope = requireScope(ctx.actor, 'people.read');
  const unit = query.unitId === undefined ? undefined : await visibleUnit(ctx.db, ctx.actor, query.unitId, 'people.read');
  const { items, total } = await searchPeople(
    ctx.db,
    {
      scope,
      q: query.q,
      unitId: unit?.id,
      subtreePath: unit && query.includeSubunits ? unit.path : undefined,
      category: query.category,
      includeInactive: query.includeInactive,
    },
    { limit: query.limit, offset: query.offset },
  );
  return { items: items.map(presentPerson), total };
}

/** The person, if the actor may see people of their unit; 404 otherwise (existence not disclosed). */
async function visiblePerson(db: Db, actor: Actor, id: number) {
  const person = await findPerson(db, id);
  if (!person || !can(actor, 'people.read', person.unit_path)) throw notFound('cá nhân');
  return person;
}

export async function getPerson(ctx: ServiceContext, id: number): Promise<PersonDetailResponse> {
  return personDetail(ctx.db, ctx.actor, await visiblePerson(ctx.db, ctx.actor, id));
}

async function personDetail(db: Db, actor: Actor, person: Awaited<ReturnType<typeof visiblePerson>>): Promise<PersonDetailResponse> {
  const [transfers, path] = await Promise.all([transfersOf(db, person.id), unitRefs(db, pathIds(person.unit_path))]);
  const names = new Map(path.map((u) => [u.id, u.name]));
  return {
    ...presentPerson(person),
    unitCode: person.unit_code,
    unitPath: pathIds(person.unit_path).map((id) => ({ id, name: names.get(id) ?? '' })),
    transfers: transfers.map((t) => ({
      id: t.id,
      fromUnitId: t.from_unit_id,
      fromUnitName: t.from_unit_name,
      toUnitId: t.to_unit_id,
      toUnitName: t.to_unit_name,
      effectiveDate: t.effective_date,
      reason: t.reason,
      createdAt: t.created_at.toISOString(),
    })),
    canWrite: can(actor, 'people.write', person.unit_path),
  };
}

const reload = async (ctx: ServiceContext, id: number) => personDetail(ctx.db, ctx.actor, (await findPerson(ctx.db, id))!);

/** People are placed only in units live today. */
function assertLiveUnit(unit: { name: string; valid_from: string | null; valid_to: string | null; merged_into_id: number | null }, field: string) {
  if (unit.merged_into_id !== null || !isActiveOn({ validFrom: unit.valid_from, validTo: unit.valid_to }, todayInVietnam())) {
    throw invalid(`Đơn vị «${unit.name}» đã ngừng hoạt động hoặc đã sáp nhập.`, { [field]: 'Đơn vị đã ngừng hoạt động' });
  }
}

export async function createPerson(ctx: ServiceContext, body: CreatePersonBody): Promise<PersonDetailResponse> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const unit = await writableUnit(trx, ctx.actor, body.unitId, 'people.read', 'people.write');
    assertLiveUnit(unit, 'unitId');
    const person = await insertPerson(trx, body);
    await audit(ctx, trx, 'person.create', person);
    return person.id;
  });
  return reload(ctx, id);
}

/** Locks the person and checks they are visible (404) and changeable (403). */
async function writablePerson(ctx: ServiceContext, trx: Db, id: number): Promise<PersonRow> {
  const seen = await visiblePerson(trx, ctx.actor, id);
  assertWritable(ctx.actor, 'people.write', { path: seen.unit_path, name: seen.unit_name });
  return (await lockPerson(trx, id))!;
}

export async function updatePerson(ctx: ServiceContext, id: number, body: UpdatePersonBody): Promise<PersonDetailResponse> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await writablePerson(ctx, trx, id);
    const cols = personColumns({
      fullName: body.fullName ?? before.full_name,
      gender: body.gender === undefined ? before.gender : body.gender,
      birthYear: body.birthYear === undefined ? before.birth_year : body.birthYear,
      position: body.position === undefined ? before.position : body.position,
      category: body.category ?? before.category,
      isUnitHead: body.isUnitHead ?? before.is_unit_head,
    });
    const after = await trx
      .updateTable('people')
      .set({ ...cols, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(ctx, trx, 'person.update', after, before);
  });
  return reload(ctx, id);
}

export async function transferPerson(ctx: ServiceContext, id: number, body: TransferPersonBody): Promise<PersonDetailResponse> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await writablePerson(ctx, trx, id);
    if (!before.active) throw invalid('Cá nhân đã ngừng theo dõi, không thể điều chuyển.', { id: 'Cá nhân đã ngừng theo dõi' });
    const to = await writableUnit(trx, ctx.actor, body.toUnitId, 'people.read', 'people.write', 'đơn vị chuyển đến');
    assertLiveUnit(to, 'toUnitId');
    if (to.id === before.unit_id) throw invalid(`Cá nhân đã thuộc «${to.name}».`, { toUnitId: 'Cá nhân đã thuộc đơn vị này' });
    if (body.effectiveDate > todayInVietnam()) {
      throw invalid('Ngày hiệu lực không được sau ngày hôm nay.', { effectiveDate: 'Ngày hiệu lực không được sau ngày hôm nay' });
    }
    const last = await lastTransferDate(trx, id);
    if (last && body.effectiveDate < last) {
      throw invalid(`Ngày hiệu lực phải từ ngày ${formatDay(last)} (lần điều chuyển gần nhất) trở đi.`, {
        effectiveDate: `Ngày hiệu lực phải từ ngày ${formatDay(last)} trở đi`,
      });
    }
    await insertTransfer(trx, {
      personId: id,
      fromUnitId: before.unit_id,
      toUnitId: to.id,
      effectiveDate: body.effectiveDate,
      reason: body.reason ? cleanText(body.reason) : null,
      userId: ctx.actor.userId,
    });
    // Heading the old unit does not make one head of the new one.
    const after = await trx
      .updateTable('people')
      .set({ unit_id: to.id, is_unit_head: false, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(ctx, trx, 'person.transfer', after, before, { effectiveDate: body.effectiveDate });
  });
  return reload(ctx, id);
}

/** Stops following a person (active=false); the row and its history stay. */
export async function deactivatePerson(ctx: ServiceContext, id: number): Promise<PersonDetailResponse> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await writablePerson(ctx, trx, id);
    if (!before.active) throw conflict('Cá nhân đã ngừng theo dõi từ trước.');
    const after = await trx
      .updateTable('people')
      .set({ active: false, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(ctx, trx, 'person.deactivate', after, before);
  });
  return reload(ctx, id);
}

/** One audit row; unit_id is the person's unit after the change (the receiving unit of a transfer). */
function audit(ctx: ServiceContext, trx: Db, action: string, after: PersonRow, before?: PersonRow, extra?: Record<string, unknown>) {
  return recordAudit(trx, {
    userId: ctx.actor.userId,
    action,
    entity: 'person',
    entityId: after.id,
    unitId: after.unit_id,
    before: before ? personSnapshot(before) : undefined,
    after: { ...personSnapshot(after), ...extra },
    requestId: ctx.requestId,
  });
}
