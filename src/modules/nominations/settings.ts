/**
 * Values of the nominations step that domain.md does not fix (it gives no length for công khai).
 * Defaults chosen here and named in the report; a province may change them in one place.
 */
export interface NominationSettings {
  /** Public notice (công khai) lasts this many working days (Monday–Friday) from its first day. */
  noticeWorkingDays: number;
  /** Two achievement reports at or above this Jaccard similarity of word shingles are flagged. */
  duplicateThreshold: number;
  /** Words per shingle when comparing reports. */
  shingleSize: number;
  /** An override of an ineligible verdict needs a reason at least this long. */
  overrideReasonMin: number;
}

export const nominationSettings: NominationSettings = {
  noticeWorkingDays: 5,
  duplicateThreshold: 0.8,
  shingleSize: 3,
  overrideReasonMin: 10,
};
