import { ruleSchema, type Rule } from '../rule.schema';
import type { Nominee, StandardsFacts, SubjectFacts } from './facts';
import { engineSettingsAt, type EngineSettings } from './settings';

/** Test helpers: a rule from its input shape (defaults applied), a person, a unit. */
export const rule = (input: unknown): Rule => ruleSchema.parse(input);
export const person = (id: number, name: string, extra: Partial<SubjectFacts> = {}): SubjectFacts => ({ kind: 'person', id, name, ...extra });
export const unit = (id: number, name: string, extra: Partial<SubjectFacts> = {}): SubjectFacts => ({ kind: 'unit', id, name, ...extra });
export const nomineeOf = (s: SubjectFacts): Nominee => ({ kind: s.kind === 'unit' ? 'collective' : s.kind === 'household' ? 'household' : 'individual', id: s.id, name: s.name });
export const facts = (self: SubjectFacts, extra: Partial<StandardsFacts> = {}): StandardsFacts => ({ self, ...extra });
export const nd98: EngineSettings = engineSettingsAt('2024-12-31');
export const nd152: EngineSettings = engineSettingsAt('2025-12-31');
