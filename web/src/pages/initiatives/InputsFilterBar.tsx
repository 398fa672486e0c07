import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber } from 'antd';
import type { Dispatch, SetStateAction } from 'react';
import { vi } from '../../../i18n/vi';
import type { InputFilters } from '../../api/inputs';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { PersonPicker } from './PersonPicker';

const c = vi.inputs.common;

/** The filters (unit, year, person) and the add button shared by the initiatives, discipline and ratings pages. */
export function InputsFilterBar(props: {
  filters: InputFilters;
  setFilters: Dispatch<SetStateAction<InputFilters>>;
  /** Omitted when the user may not add. */
  onAdd?: () => void;
  addLabel: string;
  addTestId: string;
}) {
  const { filters, setFilters } = props;
  return (
    <Card size="small">
      <Flex gap={12} wrap justify="space-between">
        <Flex gap={12} wrap>
          <UnitTreeSelect aria-label={c.unit} placeholder={c.allUnits} allowClear value={filters.unitId ?? null} onChange={(unitId) => setFilters((f) => ({ ...f, unitId }))} style={{ width: 300 }} />
          <InputNumber aria-label={c.year} placeholder={c.allYears} min={2000} max={2100} value={filters.year ?? null} onChange={(y) => setFilters((f) => ({ ...f, year: typeof y === 'number' ? y : undefined }))} style={{ width: 120 }} />
          <div style={{ width: 280 }}>
            <PersonPicker aria-label={c.person} value={filters.personId ?? null} onChange={(p) => setFilters((f) => ({ ...f, personId: p ?? undefined }))} />
          </div>
        </Flex>
        {props.onAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={props.onAdd} data-testid={props.addTestId}>
            {props.addLabel}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
