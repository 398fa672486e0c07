import type { z } from 'zod';
import type { Rule } from '../../standards/rule.schema';
import type { Block, Section } from './outline.schema';
import type { PlanContent } from './plan-content.schema';

type Issue = { path: (string | number)[]; message: string };

/** Rules that span several parts of a plan: unique keys, references between parts, dates in order. */
export function planConsistencyIssues(plan: PlanContent): Issue[] {
  const issues: Issue[] = [];
  const keyed: [string, { key: string }[]][] = [
    ['references', plan.references],
    ['goals', plan.goals],
    ['contents', plan.contents],
    ['criteria', plan.criteria],
    ['standards.collective', plan.standards.collective],
    ['standards.individual', plan.standards.individual],
    ['awards', plan.awards],
    ['deadlines', plan.deadlines],
    ['responsibilities', plan.responsibilities],
  ];
  for (const [list, items] of keyed) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) issues.push({ path: [...list.split('.'), i, 'key'], message: `Mã mục «${item.key}» bị trùng` });
      seen.add(item.key);
    });
  }

  const deadlineKeys = new Set(plan.deadlines.map((d) => d.key));
  const missingDeadline = (key: string) => `Không có thời hạn mã «${key}» trong kế hoạch`;
  plan.awards.forEach((a, i) =>
    a.deadlineKeys.forEach((k, j) => deadlineKeys.has(k) || issues.push({ path: ['awards', i, 'deadlineKeys', j], message: missingDeadline(k) })),
  );
  plan.responsibilities.forEach((r, i) =>
    r.deadlineKeys.forEach((k, j) => deadlineKeys.has(k) || issues.push({ path: ['responsibilities', i, 'deadlineKeys', j], message: missingDeadline(k) })),
  );
  if (plan.cascade.deadlineKey !== null && !deadlineKeys.has(plan.cascade.deadlineKey))
    issues.push({ path: ['cascade', 'deadlineKey'], message: missingDeadline(plan.cascade.deadlineKey) });

  const start = plan.period.start.kind === 'date' ? plan.period.start.date : (plan.header.issuedOn ?? plan.decision?.header.issuedOn ?? null);
  if (start !== null && plan.period.end !== null && plan.period.end < start)
    issues.push({ path: ['period', 'end'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });

  const criterionKeys = new Set(plan.criteria.map((c) => c.key));
  for (const side of ['collective', 'individual'] as const) {
    plan.standards[side].forEach((s, i) => {
      for (const key of criterionKeysOf(s.rule))
        if (!criterionKeys.has(key)) issues.push({ path: ['standards', side, i, 'rule'], message: `Tiêu chuẩn nhắc tới tiêu chí «${key}» không có trong kế hoạch` });
    });
  }

  const known = elementIndex(plan);
  const checkBlocks = (sections: Section[], path: (string | number)[]) =>
    sections.forEach((s, i) => {
      s.blocks.forEach((b, j) => {
        for (const ref of blockRefs(b))
          if (!known.has(ref)) issues.push({ path: [...path, i, 'blocks', j], message: `Bố cục nhắc tới mục «${ref}» không có trong kế hoạch` });
      });
      checkBlocks(s.children, [...path, i, 'children']);
    });
  checkBlocks(plan.outline, ['outline']);
  return issues;
}

export function checkPlanConsistency(plan: PlanContent, ctx: z.RefinementCtx): void {
  for (const issue of planConsistencyIssues(plan)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

export function criterionKeysOf(rule: Rule): string[] {
  if (rule.kind === 'all' || rule.kind === 'any') return rule.of.flatMap(criterionKeysOf);
  return rule.kind === 'criterion' ? [rule.criterionKey] : [];
}

/** "criteria:d", "deadlines:nop-xa" for every keyed element of the plan. */
function elementIndex(plan: PlanContent): Set<string> {
  const refs = new Set<string>();
  const add = (list: string, items: { key: string }[]) => items.forEach((i) => refs.add(`${list}:${i.key}`));
  add('goals', plan.goals);
  add('contents', plan.contents);
  add('criteria', plan.criteria);
  add('standards.collective', plan.standards.collective);
  add('standards.individual', plan.standards.individual);
  add('awards', plan.awards);
  add('quotas', plan.awards);
  add('deadlines', plan.deadlines);
  add('responsibilities', plan.responsibilities);
  add('references', plan.references);
  return refs;
}

function blockRefs(block: Block): string[] {
  if (block.kind === 'element') return [`${block.list}:${block.key}`];
  if (block.kind === 'text') return block.refs;
  return [];
}
