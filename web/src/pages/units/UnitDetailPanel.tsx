import { ApartmentOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { useUnit, type UnitDetailResponse } from '../../api/units';
import { formatDate, formatPeriod } from '../../lib/dates';
import { peopleOfUnit } from '../../paths';
import { UnitHistory } from './UnitHistory';

export type UnitDialog = 'create' | 'edit' | 'move' | 'merge';

interface Props {
  unitId: number | null;
  onOpen: (id: number) => void;
  onDialog: (dialog: UnitDialog, unit: UnitDetailResponse) => void;
}

function Status({ unit, onOpen }: { unit: UnitDetailResponse; onOpen: (id: number) => void }) {
  const target = unit.mergedInto;
  if (target) {
    return (
      <Tag color="orange" style={{ cursor: 'pointer', whiteSpace: 'normal' }} onClick={() => onOpen(target.id)}>
        {vi.units.mergedInto(target.name)}
      </Tag>
    );
  }
  return unit.active ? <Tag color="green">{vi.units.active}</Tag> : <Tag>{vi.units.inactive}</Tag>;
}

export function UnitDetailPanel({ unitId, onOpen, onDialog }: Props) {
  const detail = useUnit(unitId);
  if (unitId === null) {
    return (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vi.units.selectHint} />
      </Card>
    );
  }
  if (detail.isPending) return <Card><Skeleton active /></Card>;
  if (detail.isError) return <Alert type="error" showIcon title={errorMessage(detail.error)} />;
  const unit = detail.data;

  const actions = unit.canWrite && (
    <Space wrap>
      {unit.active && (
        <Button icon={<PlusOutlined />} onClick={() => onDialog('create', unit)}>
          {vi.units.createChild}
        </Button>
      )}
      <Button icon={<EditOutlined />} onClick={() => onDialog('edit', unit)}>
        {vi.units.edit}
      </Button>
      {unit.active && unit.parentId !== null && (
        <Button icon={<SwapOutlined />} onClick={() => onDialog('move', unit)}>
          {vi.units.move}
        </Button>
      )}
      {unit.active && (
        <Button icon={<MergeCellsOutlined />} onClick={() => onDialog('merge', unit)}>
          {vi.units.merge}
        </Button>
      )}
    </Space>
  );

  return (
    <Card
      title={
        <Space orientation="vertical" size={0} style={{ paddingBlock: 8, whiteSpace: 'normal' }}>
          <Breadcrumb
            items={unit.breadcrumb.map((b) => ({
              key: b.id,
              title: b.readable ? <Typography.Link onClick={() => onOpen(b.id)}>{b.name}</Typography.Link> : b.name,
            }))}
          />
          <Typography.Title level={4} style={{ margin: 0 }}>
            <ApartmentOutlined /> {unit.name}
          </Typography.Title>
        </Space>
      }
      aria-label={unit.name}
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {actions}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: vi.units.code, children: unit.code },
            { key: 'kind', label: vi.units.kind, children: unit.kindLabel },
            ...(unit.shortName ? [{ key: 'short', label: vi.units.shortName, children: unit.shortName }] : []),
            { key: 'period', label: vi.units.period, children: formatPeriod(unit.validFrom, unit.validTo, vi.common.now) },
            { key: 'status', label: vi.units.status, children: <Status unit={unit} onOpen={onOpen} /> },
            {
              key: 'people',
              label: vi.units.peopleCount,
              children: <Link to={peopleOfUnit(unit.id)}>{vi.units.viewPeople(unit.peopleCount)}</Link>,
            },
            { key: 'children', label: vi.units.childCount, children: unit.childCount.toLocaleString('vi-VN') },
          ]}
        />
        {unit.validTo && !unit.mergedInto && (
          <Typography.Text type="secondary">{vi.units.endedOn(formatDate(unit.validTo))}</Typography.Text>
        )}
        <div>
          <Typography.Title level={5}>{vi.units.history}</Typography.Title>
          <UnitHistory unit={unit} onOpen={onOpen} />
        </div>
      </Space>
    </Card>
  );
}
