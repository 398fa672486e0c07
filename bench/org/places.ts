/**
 * Names of the organisation after the 2025 reorganisation: 34 tỉnh/thành phố, two levels of local
 * government (tỉnh → xã/phường), Sở and their phòng, the phòng and trung tâm of each xã.
 */
export const provinceNames = [
  'Thành phố Hà Nội', 'Thành phố Huế', 'Tỉnh Lai Châu', 'Tỉnh Điện Biên', 'Tỉnh Sơn La', 'Tỉnh Lạng Sơn',
  'Tỉnh Quảng Ninh', 'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang',
  'Tỉnh Lào Cai', 'Tỉnh Thái Nguyên', 'Tỉnh Phú Thọ', 'Tỉnh Bắc Ninh', 'Tỉnh Hưng Yên', 'Thành phố Hải Phòng',
  'Tỉnh Ninh Bình', 'Tỉnh Quảng Trị', 'Thành phố Đà Nẵng', 'Tỉnh Quảng Ngãi', 'Tỉnh Gia Lai',
  'Tỉnh Khánh Hòa', 'Tỉnh Lâm Đồng', 'Tỉnh Đắk Lắk', 'Thành phố Hồ Chí Minh', 'Tỉnh Đồng Nai',
  'Tỉnh Tây Ninh', 'Thành phố Cần Thơ', 'Tỉnh Vĩnh Long', 'Tỉnh Đồng Tháp', 'Tỉnh Cà Mau', 'Tỉnh An Giang',
] as const;

/** Sở, ban, ngành of a tỉnh; a tỉnh has 15–20 of them (the first ones always). */
export const departmentNames = [
  'Văn phòng Ủy ban nhân dân', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Công Thương', 'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch', 'Thanh tra', 'Sở Dân tộc và Tôn giáo', 'Sở Ngoại vụ',
  'Văn phòng Đoàn ĐBQH và HĐND', 'Ban Quản lý các khu công nghiệp', 'Sở Du lịch', 'Ban Quản lý dự án đầu tư xây dựng',
  'Đài Phát thanh và Truyền hình', 'Trường Chính trị',
] as const;

export const departmentOfficeNames = [
  'Văn phòng Sở', 'Thanh tra Sở', 'Phòng Kế hoạch – Tài chính', 'Phòng Tổ chức cán bộ', 'Phòng Quản lý chuyên ngành',
  'Phòng Pháp chế',
] as const;

export const publicServiceNames = [
  'Trung tâm Dịch vụ công', 'Trung tâm Công nghệ thông tin', 'Bệnh viện Đa khoa', 'Trường Trung học phổ thông',
  'Trung tâm Kiểm soát bệnh tật', 'Trung tâm Lưu trữ lịch sử',
] as const;

/** Phòng, ban of a xã/phường after 07/2025 (4–6 of them, the first ones always). */
export const communeOfficeNames = [
  ['Văn phòng HĐND và UBND', 'phong'],
  ['Phòng Kinh tế', 'phong'],
  ['Phòng Văn hóa – Xã hội', 'phong'],
  ['Trung tâm Phục vụ hành chính công', 'don_vi_su_nghiep'],
  ['Trung tâm Dịch vụ tổng hợp', 'don_vi_su_nghiep'],
  ['Ban Chỉ huy Quân sự', 'phong'],
] as const;

// Two-syllable place names ("Tân Phú", "Hòa Bình") built from the syllables most used across Vietnam.
export const placeFirst = [
  'Tân', 'An', 'Hòa', 'Phú', 'Bình', 'Long', 'Thạnh', 'Mỹ', 'Vĩnh', 'Phước', 'Thuận', 'Đông', 'Tây',
  'Nam', 'Bắc', 'Trung', 'Hưng', 'Quảng', 'Xuân', 'Hải', 'Thái', 'Đại', 'Minh', 'Thanh', 'Hồng', 'Kim',
  'Ngọc', 'Đức', 'Lộc', 'Cẩm', 'Yên', 'Sơn', 'Trà', 'Định', 'Hiệp', 'Nghĩa',
] as const;

export const placeSecond = [
  'Phú', 'Bình', 'An', 'Hòa', 'Lợi', 'Thạnh', 'Hưng', 'Long', 'Thành', 'Lâm', 'Phước', 'Thuận', 'Lộc',
  'Tiến', 'Hiệp', 'Sơn', 'Hải', 'Giang', 'Châu', 'Xuyên', 'Khánh', 'Điền', 'Mỹ', 'Trạch', 'Quang',
  'Thịnh', 'Trung', 'Đông', 'Tây', 'Nam', 'Bắc', 'Vinh', 'Phong', 'Tân', 'Hội', 'Đức',
] as const;

/** What the head and the others of each kind of unit are called (chức vụ). */
export const headPositions: Record<string, string> = {
  tinh: 'Chủ tịch UBND',
  so: 'Giám đốc',
  phong: 'Trưởng phòng',
  don_vi_su_nghiep: 'Giám đốc',
  xa: 'Chủ tịch UBND',
  phuong: 'Chủ tịch UBND',
  lien_doan_lao_dong: 'Chủ tịch',
  mttq: 'Chủ tịch',
};

export const deputyPositions: Record<string, string> = {
  tinh: 'Phó Chủ tịch UBND',
  so: 'Phó Giám đốc',
  phong: 'Phó Trưởng phòng',
  don_vi_su_nghiep: 'Phó Giám đốc',
  xa: 'Phó Chủ tịch UBND',
  phuong: 'Phó Chủ tịch UBND',
  lien_doan_lao_dong: 'Phó Chủ tịch',
  mttq: 'Phó Chủ tịch',
};

export const staffPositions = [
  'Chuyên viên', 'Chuyên viên chính', 'Công chức', 'Kế toán', 'Văn thư', 'Nhân viên', 'Cán sự',
] as const;
