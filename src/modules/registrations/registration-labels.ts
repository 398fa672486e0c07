// Label maps only, no zod: the web app imports these without pulling schema code into its bundle.

export const registrationStatuses = ['chua_gui', 'cho_duyet', 'tra_lai', 'da_duyet'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  chua_gui: 'Chưa gửi',
  cho_duyet: 'Chờ duyệt',
  tra_lai: 'Trả lại',
  da_duyet: 'Đã duyệt',
};

export const entrySubjects = ['collective', 'individual'] as const;
export type EntrySubject = (typeof entrySubjects)[number];
export const entrySubjectLabels: Record<EntrySubject, string> = { collective: 'Tập thể', individual: 'Cá nhân' };
