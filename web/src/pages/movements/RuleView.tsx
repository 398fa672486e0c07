import type { Rule } from '../../../../src/modules/standards/rule.schema';
import { ruleLines, type CriterionNames, type RuleLine } from './rule-text';

/** An award standard's rule tree as nested sentences. */
export function RuleView({ rule, criteria }: { rule: Rule; criteria: CriterionNames }) {
  return <Lines line={ruleLines(rule, criteria)} />;
}

function Lines({ line }: { line: RuleLine }) {
  return (
    <div data-testid="rule-line">
      <span>{line.text}</span>
      {line.children.length > 0 && (
        <ul style={{ margin: '2px 0', paddingInlineStart: 22 }}>
          {line.children.map((c, i) => (
            <li key={i}>
              <Lines line={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
