import { Random, weighted, type WeightedTable } from './random';
import type { Gender } from '../../src/modules/people/person-fields';

// Frequencies are rounded from published surveys of Vietnamese surnames (Nguyễn ≈ 38 %, Trần ≈ 12 %…);
// the long tail matters too: a search for a rare surname must find few rows.
const surnames = weighted<string>([
  ['Nguyễn', 380], ['Trần', 115], ['Lê', 95], ['Phạm', 70], ['Hoàng', 32], ['Huỳnh', 19], ['Phan', 45],
  ['Vũ', 25], ['Võ', 14], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10],
  ['Lý', 5], ['Đinh', 6], ['Trịnh', 5], ['Trương', 5], ['Lương', 4], ['Mai', 4], ['Đoàn', 4], ['Hà', 4],
  ['Lâm', 3], ['Cao', 3], ['Lưu', 2], ['Tô', 2], ['Phùng', 2], ['Thái', 2], ['Nông', 1.5], ['Tạ', 1.5],
  ['Châu', 1.5], ['Quách', 1], ['Triệu', 1], ['Chu', 1], ['Vương', 1], ['Kiều', 0.8], ['La', 0.6],
  ['Lục', 0.5], ['Mạc', 0.4], ['Từ', 0.5], ['Hứa', 0.5], ['Thân', 0.5], ['Giang', 0.5], ['Tăng', 0.5],
  ['Âu', 0.4], ['Ông', 0.3], ['Doãn', 0.3], ['Bạch', 0.3], ['Khổng', 0.3],
]);

const maleMiddle = weighted<string>([
  ['Văn', 40], ['Minh', 10], ['Đức', 8], ['Quang', 7], ['Hữu', 6], ['Đình', 6], ['Công', 5], ['Thành', 5],
  ['Xuân', 5], ['Quốc', 5], ['Ngọc', 4], ['Trọng', 4], ['Duy', 4], ['Thanh', 4], ['Anh', 3], ['Mạnh', 3],
  ['Hoàng', 3], ['Tuấn', 2], ['Bá', 2], ['Trung', 2], ['Viết', 1], ['Khắc', 1],
]);

const femaleMiddle = weighted<string>([
  ['Thị', 45], ['Ngọc', 7], ['Thu', 6], ['Thanh', 6], ['Kim', 4], ['Hồng', 4], ['Thùy', 4], ['Bích', 3],
  ['Mỹ', 3], ['Phương', 3], ['Minh', 3], ['Thúy', 3], ['Hoài', 2], ['Diệu', 2], ['Khánh', 2], ['Lan', 2],
  ['Quỳnh', 2], ['Mai', 2], ['Tuyết', 1], ['Hải', 1],
]);

// A second middle name: "Nguyễn Thị Thu Hà", "Trần Văn Minh Tuấn" (rarer for men).
const secondMiddle = ['Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Bích', 'Mỹ', 'Minh', 'Phương', 'Hải', 'Quốc', 'Hoàng'];

/** Zipf-like weights by position: the first names of each list are the most common. */
function zipf(names: string[]): WeightedTable<string> {
  return weighted(names.map((n, i) => [n, 1 / (i + 4)] as const));
}

const maleGiven = zipf([
  'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Long', 'Quân', 'Khánh', 'Phúc', 'Thắng', 'Cường', 'Đức',
  'Hiếu', 'Trung', 'Sơn', 'Thành', 'Vinh', 'Bình', 'Hoàng', 'Lâm', 'Huy', 'Tài', 'Toàn', 'Việt', 'Khoa',
  'Đạt', 'Phong', 'Tùng', 'Thịnh', 'Hòa', 'Lộc', 'Tâm', 'Quang', 'Tiến', 'Thái', 'Hưng', 'Hậu', 'Nghĩa',
  'Bảo', 'Kiên', 'Chiến', 'Định', 'Sang', 'Trí', 'Luân', 'Khải', 'Thuận', 'Vũ', 'Đông', 'Nhân', 'Thiện',
]);

const femaleGiven = zipf([
  'Hương', 'Lan', 'Linh', 'Trang', 'Hà', 'Mai', 'Thảo', 'Hoa', 'Ngọc', 'Huyền', 'Nhung', 'Yến', 'Hạnh',
  'Dung', 'Loan', 'Phương', 'Thủy', 'Vân', 'Anh', 'Giang', 'Oanh', 'Hằng', 'Nga', 'Liên', 'Tuyết', 'Thư',
  'Chi', 'Nhi', 'Trinh', 'Quyên', 'Diệp', 'Hiền', 'Xuân', 'Thoa', 'Lệ', 'Hồng', 'Cúc', 'Duyên', 'Châu',
  'My', 'Uyên', 'Vy', 'Hoài', 'Ly', 'Khuê',
]);

/** A full name as people write it (NFC): họ, one or two tên đệm (rarely none), tên. */
export function vietnameseName(rng: Random, gender: Gender): string {
  const parts = [rng.pickWeighted(surnames)];
  const roll = rng.next();
  if (roll >= 0.02) {
    const middle = rng.pickWeighted(gender === 'nam' ? maleMiddle : femaleMiddle);
    parts.push(middle);
    const secondChance = gender === 'nu' ? 0.25 : 0.06;
    if (rng.next() < secondChance) {
      const second = rng.pick(secondMiddle);
      if (second !== middle) parts.push(second);
    }
  }
  parts.push(rng.pickWeighted(gender === 'nam' ? maleGiven : femaleGiven));
  return parts.join(' ').normalize('NFC');
}
