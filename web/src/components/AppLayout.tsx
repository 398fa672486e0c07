import { Grid, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { useMe } from '../api/auth';
import { paths } from '../paths';
import { colors } from '../theme';
import { FullPageSpin } from './RequireAuth';
import { SideMenu } from './SideMenu';
import { UserBar } from './UserBar';

export function AppLayout() {
  const me = useMe();
  const screens = Grid.useBreakpoint();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, borderBottom: `3px solid ${colors.accent}` }}>
        <Link to={paths.home} style={{ color: colors.headerText, whiteSpace: 'nowrap' }}>
          <Typography.Text strong style={{ color: colors.headerText, fontSize: 18 }}>
            {vi.app.name}
          </Typography.Text>
          {screens.md && <Typography.Text style={{ color: '#dbe6f5', fontSize: 15 }}> — {vi.app.subtitle}</Typography.Text>}
        </Link>
        {me.data && <UserBar me={me.data} compact={!screens.lg} />}
      </Layout.Header>
      <Layout>
        <Layout.Sider width={284} breakpoint="lg" collapsedWidth={0} theme="light" style={{ borderInlineEnd: '1px solid #e5e7eb' }}>
          <SideMenu />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
