import { personCategoryLabels } from '../../../../src/modules/people/person-fields';
import { unitKindLabels } from '../../../../src/modules/units/unit-kinds';
import { movementLevelLabels, movementStatusLabels, type MovementStatus } from '../../../../src/modules/movements/movement-labels';
import { documentTypeLabels, indexLabels, movementKindLabels, reformAreaLabels, subjectScopeLabels } from '../../../../src/modules/movements/model/labels';
import { disciplineLabels, initiativeLevelLabels, ratingLabels, titleLabels } from '../../../../src/modules/standards/labels';
import { vi } from '../../../i18n/vi';

export {
  disciplineLabels,
  documentTypeLabels,
  indexLabels,
  movementKindLabels,
  movementLevelLabels,
  movementStatusLabels,
  personCategoryLabels,
  ratingLabels,
  reformAreaLabels,
  subjectScopeLabels,
  titleLabels,
  unitKindLabels,
};

/** Select options from a label map, in the map's order. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export const statusColors: Record<MovementStatus, string> = {
  draft: 'default',
  issued: 'blue',
  in_progress: 'green',
  midterm_review: 'gold',
  final_review: 'orange',
  closed: 'purple',
};

export const statusOptions = optionsOf(movementStatusLabels);
export const levelOptions = optionsOf(movementLevelLabels);
export const reformAreaOptions = optionsOf(reformAreaLabels);
export const subjectScopeOptions = optionsOf(subjectScopeLabels);
export const indexOptions = optionsOf(indexLabels);
export const documentTypeOptions = optionsOf(documentTypeLabels);
export const unitKindOptions = optionsOf(unitKindLabels);
export const personCategoryOptions = optionsOf(personCategoryLabels);
export const movementKindOptions = optionsOf(movementKindLabels);
export const ratingOptions = optionsOf(ratingLabels);
export const titleOptions = optionsOf(titleLabels);
export const disciplineOptions = optionsOf(disciplineLabels);
export const initiativeLevelOptions = optionsOf(initiativeLevelLabels);

const m = vi.movements.labels;
export const measureOptions = optionsOf(m.measures);
export const criterionPeriodOptions = optionsOf(m.criterionPeriods);
export const deadlineKindOptions = optionsOf(m.deadlineKinds);
export const dueKindOptions = optionsOf(m.dueKinds);
export const strictOptions = optionsOf(m.strict);
export const awardFormOptions = optionsOf(m.awardForms);
export const occasionOptions = optionsOf(m.occasions);
export const quotaModeOptions = optionsOf(m.quotaModes);
export const referenceRelationOptions = optionsOf(m.relations);
export const citedInOptions = optionsOf(m.citedIn);
export const ruleKindOptions = optionsOf(m.ruleKinds);
export const ruleSubjectOptions = optionsOf(m.ruleSubjects);
export const recurrenceOptions = optionsOf(m.recurrence);
export const capacityOptions = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', 'TQ.'].map((value) => ({ value, label: value }));

/** Label of a code, or the code itself when a newer server sends one the web does not know yet. */
export const labelOf = <K extends string>(labels: Record<K, string>, code: string | null | undefined): string =>
  code == null ? '—' : ((labels as Record<string, string>)[code] ?? code);
