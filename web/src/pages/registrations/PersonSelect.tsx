import { Select } from 'antd';
import { usePeople } from '../../api/people';
import { vi } from '../../../i18n/vi';
import { foldedSearch } from '../../components/select-filter';

const t = vi.registrations;

interface Props {
  unitId: number;
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Names already chosen (from the saved registration), shown even before the list loads. */
  known?: Map<number, string>;
  id?: string;
}

/** One person of the unit, searched without diacritics; a unit's staff fits one page of 500. */
export function PersonSelect({ unitId, value, onChange, known, id }: Props) {
  const people = usePeople({ unitId, limit: 500, offset: 0 });
  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.position ? `${p.fullName} — ${p.position}` : p.fullName }));
  if (value !== undefined && !options.some((o) => o.value === value) && known?.has(value)) options.unshift({ value, label: known.get(value)! });
  return (
    <Select
      id={id}
      showSearch={foldedSearch}
      allowClear
      value={value}
      onChange={(v?: number) => onChange?.(v)}
      options={options}
      loading={people.isFetching}
      placeholder={t.personPlaceholder}
      aria-label={t.person}
      data-testid="registration-person"
      style={{ width: '100%' }}
    />
  );
}
