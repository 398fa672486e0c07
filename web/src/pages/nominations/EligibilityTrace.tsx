import { Tag, Tree, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import type { ClauseDto } from './api';

const t = vi.nominations;
const colors: Record<string, string> = { pass: 'green', fail: 'red', missing: 'orange', pending: 'blue' };

interface Node {
  key: string;
  title: React.ReactNode;
  children: Node[];
}

const toNodes = (clauses: ClauseDto[]): Node[] =>
  clauses.map((c) => ({
    key: c.id,
    title: (
      <span>
        <Tag color={colors[c.status]}>{t.traceStatus[c.status] ?? c.status}</Tag>
        {c.text}
        {c.sentence && <Typography.Text type="secondary"> — {c.sentence}</Typography.Text>}
        {c.ruleSource && <Typography.Text type="secondary" italic> ({c.ruleSource})</Typography.Text>}
      </span>
    ),
    children: toNodes(c.children),
  }));

/** The standards engine's trace, clause by clause, as a tree opened to the leaves. */
export function EligibilityTrace({ trace }: { trace: ClauseDto[] }) {
  return <Tree treeData={toNodes(trace)} defaultExpandAll selectable={false} blockNode data-testid="eligibility-trace" />;
}

export function EligibleTag({ eligible, evaluated, overridden }: { eligible: boolean | null; evaluated: boolean; overridden: boolean }) {
  if (!evaluated) return <Tag>{t.eligibleUnknown}</Tag>;
  if (eligible === true) return <Tag color="green">{t.eligibleYes}</Tag>;
  if (eligible === null) return <Tag color="blue">{t.eligiblePending}</Tag>;
  return <Tag color={overridden ? 'gold' : 'red'}>{overridden ? t.overridden : t.eligibleNo}</Tag>;
}
