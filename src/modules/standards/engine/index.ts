// The standards engine: pure (no database). Facts in, pass/fail with a trace of every clause out.
export * from './facts';
export * from './trace';
export * from './settings';
export * from './quota';
export { evaluate, combine, flattenTrace, type RuleItem } from './evaluate';
export { describeRule, titleName, indexShortNames } from './describe';
export { formatDateVi, statusLabels } from './format';
export { disciplineEffect } from './clauses/discipline';
