// Label maps only (no zod): the web app imports them too.
export const batchStatuses = ['nhap', 'da_gui', 'tra_lai', 'cong_khai', 'da_xet', 'da_chuyen', 'da_quyet_dinh'] as const;
export type BatchStatus = (typeof batchStatuses)[number];
export const batchStatusLabels: Record<BatchStatus, string> = {
  nhap: 'Đang soạn',
  da_gui: 'Đã gửi',
  tra_lai: 'Bị trả lại',
  cong_khai: 'Đang công khai',
  da_xet: 'Đã xét',
  da_chuyen: 'Đã chuyển cấp trên',
  da_quyet_dinh: 'Đã có quyết định',
};

export const nominationStatuses = ['de_nghi', 'rut', 'dong_y', 'khong_dong_y', 'da_chuyen', 'khen_thuong', 'khong_khen_thuong'] as const;
export type NominationStatus = (typeof nominationStatuses)[number];
export const nominationStatusLabels: Record<NominationStatus, string> = {
  de_nghi: 'Đề nghị',
  rut: 'Đã rút',
  dong_y: 'Hội đồng đồng ý',
  khong_dong_y: 'Hội đồng không đồng ý',
  da_chuyen: 'Đã chuyển cấp trên',
  khen_thuong: 'Được khen thưởng',
  khong_khen_thuong: 'Không khen thưởng',
};

export const subjectKindLabels = { collective: 'Tập thể', individual: 'Cá nhân' } as const;

/** The proposer may change a batch's list only while it is being prepared or after it was returned. */
export const editableBatch = (status: string) => status === 'nhap' || status === 'tra_lai';
