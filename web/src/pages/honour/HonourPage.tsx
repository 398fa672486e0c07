import { Alert, Card, Col, Empty, Flex, Layout, Row, Select, Skeleton, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { paths } from '../../paths';
import { colors } from '../../theme';
import { HonourCard } from './HonourCard';
import { useHonour, useHonourFilters } from './honour-api';

const t = vi.honour;
const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * The public honour board (/vinh-danh): decided, published awards by movement and year, grouped by
 * award. Shown without signing in; the filters live in the address (?phongTrao=&nam=) so a link can
 * be shared. With no year chosen, the latest year with awards is shown.
 */
export default function HonourPage() {
  const [params, setParams] = useSearchParams();
  const filters = useHonourFilters();
  const movementId = num(params.get('phongTrao'));
  const allYears = params.get('nam') === 'tat-ca';
  const movement = filters.data?.movements.find((m) => m.id === movementId);
  const years = movement?.years ?? filters.data?.years ?? [];
  const year = allYears ? undefined : (num(params.get('nam')) ?? years[0]);
  const board = useHonour({ movementId, year }, filters.isSuccess);

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    if (key === 'phongTrao') next.delete('nam');
    setParams(next, { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: colors.header, display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
        <Typography.Text strong style={{ color: colors.headerText, fontSize: 18 }}>
          {vi.app.name} — {t.title}
        </Typography.Text>
        <Link to={paths.login} style={{ color: colors.headerText }}>
          {t.login}
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div>
            <Typography.Title level={2} style={{ marginBottom: 4 }}>
              {t.title}
            </Typography.Title>
            <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
            <Typography.Paragraph style={{ marginTop: 8 }}>{t.intro}</Typography.Paragraph>
          </div>
          <Flex gap={12} wrap>
            <Select
              aria-label={t.movement}
              style={{ minWidth: 320 }}
              value={movementId ?? 0}
              loading={filters.isLoading}
              onChange={(v: number) => set('phongTrao', v === 0 ? undefined : String(v))}
              options={[{ value: 0, label: t.allMovements }, ...(filters.data?.movements ?? []).map((m) => ({ value: m.id, label: m.title }))]}
            />
            <Select
              aria-label={t.year}
              style={{ minWidth: 160 }}
              value={year ?? 0}
              loading={filters.isLoading}
              onChange={(v: number) => set('nam', v === 0 ? 'tat-ca' : String(v))}
              options={[{ value: 0, label: t.allYears }, ...years.map((y) => ({ value: y, label: t.yearOf(y) }))]}
            />
          </Flex>
          {(filters.isError || board.isError) && <Alert type="error" showIcon role="alert" message={errorMessage(filters.error ?? board.error)} />}
          {board.data?.truncated && <Alert type="warning" showIcon message={t.truncated(board.data.total)} />}
          {(filters.isLoading || board.isLoading) && <Skeleton active />}
          {board.data && board.data.groups.length === 0 && <Empty description={t.empty} />}
          {board.data?.groups.map((g) => (
            <Card key={g.awardName} title={g.awardName} extra={<Typography.Text type="secondary">{t.count(g.entries.length)}</Typography.Text>} data-testid="honour-group">
              <Row gutter={[16, 16]}>
                {g.entries.map((e) => (
                  <Col key={e.id} xs={24} sm={12} lg={8}>
                    <HonourCard entry={e} />
                  </Col>
                ))}
              </Row>
            </Card>
          ))}
        </Space>
      </Layout.Content>
    </Layout>
  );
}
