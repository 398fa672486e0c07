import type { IsoDate } from '../../standards/engine/facts';

/** Lương cơ sở (base salary), đồng/tháng, with the decree that set it. [K] except 2024 (domain.md §4). */
export interface BaseSalary {
  validFrom: IsoDate;
  amount: number;
  source: string;
}

export const defaultBaseSalaries: readonly BaseSalary[] = [
  { validFrom: '2017-07-01', amount: 1_300_000, source: 'Nghị định 47/2017/NĐ-CP' },
  { validFrom: '2018-07-01', amount: 1_390_000, source: 'Nghị định 72/2018/NĐ-CP' },
  { validFrom: '2019-07-01', amount: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
  { validFrom: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { validFrom: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
];

/** The base salary in force on a date (the decision date: NĐ 98/2023 Điều 54). */
export function baseSalaryAt(date: IsoDate, table: readonly BaseSalary[] = defaultBaseSalaries): BaseSalary | null {
  let found: BaseSalary | null = null;
  for (const b of table) if (b.validFrom <= date && (!found || b.validFrom > found.validFrom)) found = b;
  return found;
}

export interface Prize {
  coefficient: number;
  baseSalary: number;
  /** coefficient × base salary, rounded UP to the step (10.000 đ by default), in whole đồng. */
  amount: number;
  /** "1,5 × 2.340.000 đ = 3.510.000 đ → 3.510.000 đ" */
  reason: string;
}

const dong = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const coef = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Prize money: the product computed in integers (coefficients have at most 2 decimals), then rounded up. */
export function prizeAmount(coefficient: number, baseSalary: number, step = 10_000): Prize {
  const raw = (Math.round(coefficient * 100) * baseSalary) / 100;
  const amount = Math.ceil(raw / step) * step;
  return {
    coefficient,
    baseSalary,
    amount,
    reason: `${coef.format(coefficient)} × ${dong.format(baseSalary)} đ = ${dong.format(raw)} đ → ${dong.format(amount)} đ (làm tròn lên ${dong.format(step)} đ)`,
  };
}
