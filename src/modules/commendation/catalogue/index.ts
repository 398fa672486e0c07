// The catalogue of titles and award forms (danh hiệu, hình thức khen thưởng) as versioned data.
export * from './types';
export * from './instruments';
export * from './money';
export * from './settings';
export { grantors, grantorsAt } from './authorities';
export { catalogueAt, entryFor, grantorFor, standardsFor, standardsWithPlan, prizeFor, engineSettingsFor, type PlanStandard } from './catalogue';
