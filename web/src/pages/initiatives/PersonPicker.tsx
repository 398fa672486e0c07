import { Select } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { usePeople } from '../../api/people';
import { useDebounced } from '../../components/useDebounced';

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Names already known (the record being edited), shown before any search. */
  known?: Map<number, string>;
  id?: string;
  'aria-label'?: string;
}

/** One person of the actor's scope, found by name on the server (diacritics optional). */
export function PersonPicker({ value, onChange, known, id, ...rest }: Props) {
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const people = usePeople({ q: search || undefined, limit: 30, offset: 0 });
  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }));
  if (value != null && !options.some((o) => o.value === value) && known?.has(value)) options.unshift({ value, label: known.get(value)! });
  return (
    <Select
      id={id}
      aria-label={rest['aria-label'] ?? vi.inputs.common.person}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      onChange={(v?: number) => onChange?.(v ?? null)}
      options={options}
      loading={people.isFetching}
      placeholder={vi.inputs.common.personPlaceholder}
      style={{ width: '100%' }}
    />
  );
}
