import type { Gender } from '../modules/people/person-fields';

/**
 * Deterministic Vietnamese names for the demo people: the same seed gives the same people on every
 * machine, so screenshots, the README and tests agree. Lists are weighted by repetition.
 */
const surnames = [
  ...Array<string>(8).fill('Nguyễn'),
  ...Array<string>(3).fill('Trần'),
  ...Array<string>(3).fill('Lê'),
  ...Array<string>(2).fill('Phạm'),
  ...Array<string>(2).fill('Huỳnh'),
  ...Array<string>(2).fill('Phan'),
  ...Array<string>(2).fill('Võ'),
  ...Array<string>(2).fill('Hồ'),
  'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Đoàn', 'Mai', 'Châu', 'Tạ',
];
const middle: Record<Gender, string[]> = {
  nam: ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Đình', 'Tấn', 'Quang'],
  nu: ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Phương', 'Hồng', 'Bích', 'Thùy', 'Minh'],
};
const given: Record<Gender, string[]> = {
  nam: [
    'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Lâm', 'Long', 'Lộc',
    'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thành', 'Thắng', 'Thịnh', 'Toàn', 'Trí',
    'Trung', 'Tuấn', 'Vinh', 'Việt', 'Vũ',
  ],
  nu: [
    'Anh', 'Ánh', 'Bích', 'Châu', 'Diễm', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Lan',
    'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Thủy', 'Trang',
    'Trinh', 'Tuyết', 'Uyên', 'Vân', 'Yến',
  ],
};

/** mulberry32: tiny, fast, good enough for sample data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface NameGenerator {
  /** A full name not handed out before by this generator. */
  fullName(gender: Gender): string;
  /** Keeps a real name out of the generated ones. */
  reserve(fullName: string): void;
  gender(): Gender;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
}

export function createNameGenerator(seed: number): NameGenerator {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const used = new Set<string>();
  return {
    fullName(gender) {
      for (;;) {
        const name = `${pick(surnames)} ${pick(middle[gender])} ${pick(given[gender])}`;
        if (!used.has(name)) {
          used.add(name);
          return name;
        }
      }
    },
    reserve: (name) => void used.add(name),
    gender: () => (rand() < 0.5 ? 'nam' : 'nu'),
    int: (min, max) => min + Math.floor(rand() * (max - min + 1)),
  };
}
