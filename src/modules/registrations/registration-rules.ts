import type { TitleCode } from '../standards/rule.schema';
import type { EntrySubject, RegistrationStatus } from './registration-labels';
import { registrationStatusLabels } from './registration-labels';

/** Titles a collective may aim for; every other title is an individual's (domain.md §3). */
export const collectiveTitles: readonly TitleCode[] = ['tt_ldtt', 'tt_ldxs', 'co_thi_dua_tinh', 'co_thi_dua_cp'];
export const individualTitles: readonly TitleCode[] = ['ldtt', 'cstdcs', 'cstd_tinh', 'cstd_toan_quoc'];

export const titleFits = (subject: EntrySubject, title: TitleCode) => (subject === 'collective' ? collectiveTitles : individualTitles).includes(title);

export type RegistrationAction = 'save' | 'submit' | 'return' | 'approve';

/**
 * The state machine: a unit edits its registration while it is not yet sent or after it came back,
 * sends it for approval, and the upper level either returns it (with a reason) or approves it.
 * An approved registration is final.
 */
const transitions: Record<RegistrationAction, Partial<Record<RegistrationStatus, RegistrationStatus>>> = {
  save: { chua_gui: 'chua_gui', tra_lai: 'tra_lai' },
  submit: { chua_gui: 'cho_duyet', tra_lai: 'cho_duyet' },
  return: { cho_duyet: 'tra_lai' },
  approve: { cho_duyet: 'da_duyet' },
};

/** The status after the action, or null when the action is not allowed from this status. */
export function nextStatus(from: RegistrationStatus, action: RegistrationAction): RegistrationStatus | null {
  return transitions[action][from] ?? null;
}

const actionPhrases: Record<RegistrationAction, string> = {
  save: 'sửa',
  submit: 'gửi duyệt',
  return: 'trả lại',
  approve: 'duyệt',
};
const allowedFrom: Record<RegistrationAction, string> = {
  save: '«Chưa gửi» hoặc «Trả lại»',
  submit: '«Chưa gửi» hoặc «Trả lại»',
  return: '«Chờ duyệt»',
  approve: '«Chờ duyệt»',
};

/** Why the action is refused, in Vietnamese, naming the current and the required status. */
export function transitionError(from: RegistrationStatus, action: RegistrationAction): string {
  return `Bản đăng ký đang ở trạng thái «${registrationStatusLabels[from]}»: chỉ ${actionPhrases[action]} khi ở trạng thái ${allowedFrom[action]}.`;
}

export interface EntryInput {
  subject: EntrySubject;
  personId: number | null;
  targetTitle: TitleCode;
}

export interface PersonFacts {
  id: number;
  unitId: number;
  active: boolean;
  category: string;
  fullName: string;
}

/**
 * Checks the entries of one unit's registration; returns field errors keyed by the body path
 * ("entries.2.personId") with a Vietnamese message. Empty when every entry is acceptable.
 */
export function entryErrors(
  entries: EntryInput[],
  ctx: { unitId: number; unitName: string; people: Map<number, PersonFacts>; personCategories: string[] },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<number>();
  let collectives = 0;
  entries.forEach((e, i) => {
    const at = `entries.${i}`;
    if (!titleFits(e.subject, e.targetTitle)) {
      errors[`${at}.targetTitle`] =
        e.subject === 'collective' ? 'Danh hiệu này dành cho cá nhân, không đăng ký cho tập thể' : 'Danh hiệu này dành cho tập thể, không đăng ký cho cá nhân';
    }
    if (e.subject === 'collective') {
      collectives++;
      if (e.personId !== null) errors[`${at}.personId`] = 'Đăng ký của tập thể không kèm cá nhân';
      else if (collectives > 1) errors[`${at}.subject`] = 'Mỗi đơn vị chỉ đăng ký một danh hiệu tập thể';
      return;
    }
    if (e.personId === null) {
      errors[`${at}.personId`] = 'Chưa chọn cá nhân đăng ký';
      return;
    }
    const p = ctx.people.get(e.personId);
    if (!p || p.unitId !== ctx.unitId) errors[`${at}.personId`] = `Cá nhân không thuộc «${ctx.unitName}»`;
    else if (!p.active) errors[`${at}.personId`] = `${p.fullName} đã ngừng theo dõi`;
    else if (ctx.personCategories.length > 0 && !ctx.personCategories.includes(p.category))
      errors[`${at}.personId`] = `${p.fullName} không thuộc đối tượng cá nhân của phong trào`;
    else if (seen.has(e.personId)) errors[`${at}.personId`] = `${p.fullName} đã có trong danh sách đăng ký`;
    seen.add(e.personId);
  });
  return errors;
}
