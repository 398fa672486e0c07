import { Card, Col, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import type { UnitDetailResponse } from '../../api/units';
import { MergeUnitsDialog } from './MergeUnitsDialog';
import { MoveUnitDialog } from './MoveUnitDialog';
import { UnitDetailPanel, type UnitDialog } from './UnitDetailPanel';
import { UnitFormDialog } from './UnitFormDialog';
import { UnitTreePanel } from './UnitTreePanel';

/** The selected unit lives in the address (?id=12) so a unit can be linked and survives reload. */
function useSelectedUnit(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('id'));
  const id = Number.isInteger(raw) && raw > 0 ? raw : null;
  return [id, (next) => setParams({ id: String(next) })];
}

export default function UnitsPage() {
  const [selectedId, select] = useSelectedUnit();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [dialog, setDialog] = useState<{ kind: UnitDialog; unit: UnitDetailResponse } | null>(null);
  const close = () => setDialog(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {vi.units.title}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={vi.units.tree} size="small">
            <UnitTreePanel selectedId={selectedId} onSelect={select} asOf={asOf} onAsOfChange={setAsOf} />
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <UnitDetailPanel unitId={selectedId} onOpen={select} onDialog={(kind, unit) => setDialog({ kind, unit })} />
        </Col>
      </Row>
      {dialog && (dialog.kind === 'create' || dialog.kind === 'edit') && (
        <UnitFormDialog
          mode={dialog.kind}
          unit={dialog.unit}
          onClose={close}
          onSaved={(saved) => {
            close();
            select(saved.id);
          }}
        />
      )}
      {dialog?.kind === 'move' && <MoveUnitDialog unit={dialog.unit} onClose={close} onSaved={close} />}
      {dialog?.kind === 'merge' && (
        <MergeUnitsDialog
          unit={dialog.unit}
          onClose={close}
          onSaved={(targetId) => {
            close();
            select(targetId);
          }}
        />
      )}
    </Space>
  );
}
