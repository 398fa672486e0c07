import { invalid } from '../../http/errors';
import { formatDay, isActiveOn } from './unit-period';

/** What the rules need to know of a unit; no I/O here, so the rules are tested on plain values. */
export interface UnitFacts {
  id: number;
  name: string;
  path: string;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  mergedIntoId: number | null;
}

/** Inside the subtree of `ancestor`, itself included. Paths end with '/', so '/1/5/' is not inside '/1/55/'. */
export const isWithin = (unit: { path: string }, ancestor: { path: string }) => unit.path.startsWith(ancestor.path);

const isLive = (u: UnitFacts, day: string) => u.mergedIntoId === null && isActiveOn(u, day);

function notInFuture(effectiveDate: string, today: string): void {
  if (effectiveDate > today) {
    throw invalid(`Ngày hiệu lực (${formatDay(effectiveDate)}) không được sau ngày hôm nay.`, {
      effectiveDate: 'Ngày hiệu lực không được sau ngày hôm nay',
    });
  }
}

/** The history row of the current parent can only be closed on or after the day it opened. */
export function checkHistoryDate(unit: UnitFacts, currentParentSince: string | null, effectiveDate: string): void {
  if (currentParentSince !== null && effectiveDate < currentParentSince) {
    throw invalid(
      `Ngày hiệu lực phải từ ngày ${formatDay(currentParentSince)} trở đi: «${unit.name}» trực thuộc đơn vị cấp trên hiện tại từ ngày đó.`,
      { effectiveDate: `Ngày hiệu lực phải từ ngày ${formatDay(currentParentSince)} trở đi` },
    );
  }
}

export function checkMove(input: {
  unit: UnitFacts;
  newParent: UnitFacts;
  currentParentSince: string | null;
  effectiveDate: string;
  today: string;
}): void {
  const { unit, newParent, effectiveDate, today } = input;
  if (isWithin(newParent, unit)) {
    throw invalid('Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị cấp dưới của nó (sẽ tạo vòng lặp trong cây đơn vị).', {
      parentId: 'Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị cấp dưới của nó',
    });
  }
  if (unit.parentId === newParent.id) {
    throw invalid(`«${unit.name}» đã trực thuộc «${newParent.name}».`, { parentId: 'Đơn vị đã trực thuộc đơn vị cấp trên này' });
  }
  if (!isLive(unit, today)) {
    throw invalid(`«${unit.name}» đã ngừng hoạt động hoặc đã sáp nhập, không thể chuyển.`, { id: 'Đơn vị đã ngừng hoạt động' });
  }
  if (!isLive(newParent, today) || !isActiveOn(newParent, effectiveDate)) {
    throw invalid(`Đơn vị cấp trên «${newParent.name}» không hoạt động vào ngày hiệu lực.`, {
      parentId: 'Đơn vị cấp trên không hoạt động vào ngày hiệu lực',
    });
  }
  notInFuture(effectiveDate, today);
  checkHistoryDate(unit, input.currentParentSince, effectiveDate);
}

export type MergeTargetFacts = { existing: UnitFacts } | { newUnderParent: UnitFacts | null };

export function checkMerge(input: { sources: UnitFacts[]; target: MergeTargetFacts; effectiveDate: string; today: string }): void {
  const { sources, target, effectiveDate, today } = input;
  if ('existing' in target && sources.some((s) => s.id === target.existing.id)) {
    throw invalid('Không thể sáp nhập một đơn vị vào chính nó.', { target: 'Đơn vị tiếp nhận không được nằm trong danh sách đơn vị sáp nhập' });
  }
  for (const s of sources) {
    if (!isLive(s, today)) {
      throw invalid(`«${s.name}» đã sáp nhập hoặc đã ngừng hoạt động.`, { sourceIds: `«${s.name}» đã sáp nhập hoặc đã ngừng hoạt động` });
    }
    if (s.validFrom !== null && effectiveDate < s.validFrom) {
      throw invalid(`Ngày hiệu lực phải từ ngày ${formatDay(s.validFrom)}, ngày «${s.name}» bắt đầu hoạt động.`, {
        effectiveDate: `Ngày hiệu lực phải từ ngày ${formatDay(s.validFrom)} trở đi`,
      });
    }
    const outer = sources.find((o) => o.id !== s.id && isWithin(s, o));
    if (outer) {
      throw invalid(`«${s.name}» là đơn vị cấp dưới của «${outer.name}»: chỉ chọn đơn vị cấp trên.`, {
        sourceIds: 'Các đơn vị sáp nhập không được lồng nhau',
      });
    }
  }
  if ('existing' in target) {
    const t = target.existing;
    const inside = sources.find((s) => isWithin(t, s));
    if (inside) {
      throw invalid(`Đơn vị tiếp nhận «${t.name}» nằm trong «${inside.name}», là đơn vị bị sáp nhập.`, {
        target: 'Đơn vị tiếp nhận không được là đơn vị cấp dưới của đơn vị bị sáp nhập',
      });
    }
    if (!isLive(t, today) || !isActiveOn(t, effectiveDate)) {
      throw invalid(`Đơn vị tiếp nhận «${t.name}» không hoạt động vào ngày hiệu lực.`, {
        target: 'Đơn vị tiếp nhận không hoạt động vào ngày hiệu lực',
      });
    }
  } else if (target.newUnderParent) {
    const p = target.newUnderParent;
    const inside = sources.find((s) => isWithin(p, s));
    if (inside) {
      throw invalid(`Đơn vị cấp trên của đơn vị mới không được là «${inside.name}» hoặc đơn vị cấp dưới của nó, vì «${inside.name}» bị sáp nhập.`, {
        'target.parentId': 'Đơn vị cấp trên không được là đơn vị bị sáp nhập hoặc cấp dưới của nó',
      });
    }
    if (!isLive(p, today) || !isActiveOn(p, effectiveDate)) {
      throw invalid(`Đơn vị cấp trên «${p.name}» không hoạt động vào ngày hiệu lực.`, {
        'target.parentId': 'Đơn vị cấp trên không hoạt động vào ngày hiệu lực',
      });
    }
  }
  notInFuture(effectiveDate, today);
}

/** A period edit must keep validTo >= validFrom (the database checks too, without a readable message). */
export function checkPeriod(validFrom: string | null, validTo: string | null): void {
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    throw invalid(
      `Ngày kết thúc hoạt động (${formatDay(validTo)}) không được trước ngày bắt đầu hoạt động (${formatDay(validFrom)}).`,
      { validTo: 'Ngày kết thúc hoạt động không được trước ngày bắt đầu hoạt động' },
    );
  }
}
