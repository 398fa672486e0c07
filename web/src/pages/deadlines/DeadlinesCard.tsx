import { Alert, Card, Col, List, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { useDeadlineSummary } from '../../api/deadlines';
import { formatDate } from '../../lib/dates';
import { paths } from '../../paths';

const t = vi.deadlines.card;

/** Home dashboard: how many unit deadlines are overdue or due soon in the user's scope, and what comes next. */
export function DeadlinesCard() {
  const summary = useDeadlineSummary();
  const s = summary.data;
  return (
    <Card title={t.title} extra={<Link to={paths.deadlines}>{t.open}</Link>} data-testid="home-deadlines-card" loading={summary.isLoading}>
      {summary.isError && <Alert type="error" showIcon title={errorMessage(summary.error)} />}
      {s && (
        <>
          <Row gutter={16}>
            <Col span={8}>
              <Link to={`${paths.deadlines}?trangThai=overdue`} data-testid="home-deadlines-overdue">
                <Statistic title={t.overdue} value={s.overdue} styles={{ content: { color: s.overdue ? '#cf1322' : undefined } }} />
              </Link>
            </Col>
            <Col span={8}>
              <Link to={`${paths.deadlines}?trangThai=due_soon`}>
                <Statistic title={t.dueSoon(s.dueSoonDays)} value={s.dueSoon} styles={{ content: { color: s.dueSoon ? '#d46b08' : undefined } }} />
              </Link>
            </Col>
            <Col span={8}>
              <Statistic title={t.doneThisMonth} value={s.doneThisMonth} />
            </Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t.next}
          </Typography.Title>
          <List
            size="small"
            dataSource={s.next}
            locale={{ emptyText: t.none }}
            renderItem={(e) => {
              const open = e.units.filter((u) => u.doneOn === null).length;
              return (
                <List.Item key={`${e.movement.id}-${e.deadline.key}-${e.dueOn}`}>
                  <List.Item.Meta
                    title={
                      <span>
                        <Typography.Text strong>{formatDate(e.dueOn)}</Typography.Text> — {e.deadline.title}
                      </span>
                    }
                    description={`${e.movement.title} · ${t.openUnits(open, e.units.length)}`}
                  />
                </List.Item>
              );
            }}
          />
        </>
      )}
    </Card>
  );
}
