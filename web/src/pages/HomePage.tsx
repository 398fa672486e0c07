import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { hasPermission, useMe } from '../api/auth';
import { mainNav } from '../components/menu-items';
import { paths } from '../paths';
import { DeadlinesCard } from './deadlines/DeadlinesCard';

const shortcutText: Record<string, string> = {
  [paths.units]: vi.home.unitsShortcut,
  [paths.people]: vi.home.peopleShortcut,
  [paths.imports]: vi.home.importsShortcut,
  [paths.audit]: vi.home.auditShortcut,
};

export function HomePage() {
  const me = useMe().data;
  if (!me) return null;
  const shortcuts = mainNav.filter((n) => n.path !== paths.home && (!n.permission || hasPermission(me, n.permission)));

  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {vi.home.greeting(me.fullName)}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
        {vi.home.intro}
      </Typography.Paragraph>

      {hasPermission(me, 'movements.read') && (
        <div style={{ marginBottom: 24 }}>
          <DeadlinesCard />
        </div>
      )}

      <Typography.Title level={4}>{vi.home.shortcuts}</Typography.Title>
      <Row gutter={[16, 16]}>
        {shortcuts.map((s) => (
          <Col key={s.path} xs={24} sm={12} lg={6}>
            <Link to={s.path}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 24, color: '#1a56a8' }}>{s.icon}</span>}
                  title={s.label}
                  description={shortcutText[s.path]}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 24 }}>
        <Col xs={24} lg={14}>
          <Card title={vi.home.scope}>
            <Typography.Paragraph type="secondary">{vi.home.scopeHint}</Typography.Paragraph>
            <ul aria-label={vi.home.scope} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {me.roles.map((r) => (
                <li key={`${r.role}-${r.unitId}`} style={{ borderBlockEnd: '1px solid #f0f0f0', paddingBlock: 12 }}>
                  <Flex justify="space-between" align="center" gap={12} wrap>
                    <Typography.Text strong>{r.unitName}</Typography.Text>
                    <Tag color="blue">{r.roleLabel}</Tag>
                  </Flex>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={vi.home.comingTitle}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {vi.home.comingText}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
