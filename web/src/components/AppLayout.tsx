import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { useMe } from '../api/auth';
import { paths } from '../paths';
import { colors } from '../theme';
import { FullPageSpin } from './RequireAuth';
import { SideMenu } from './SideMenu';
import { UserBar } from './UserBar';

const HEADER_HEIGHT = 59; // 56 + the 3px accent line

export function AppLayout() {
  const me = useMe();
  const screens = Grid.useBreakpoint();
  // Breakpoints are unknown on the first render; assume a desktop until told otherwise.
  const narrow = screens.lg === false;
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 12,
          borderBottom: `3px solid ${colors.accent}`,
          position: 'sticky',
          top: 0,
          zIndex: 100,
        }}
      >
        <span style={{ display: 'flex', alignItems: 'center', gap: 12, minWidth: 0 }}>
          {narrow && (
            <Button ghost icon={<MenuOutlined />} aria-label={vi.menu.open} onClick={() => setMenuOpen(true)} />
          )}
          <Link to={paths.home} style={{ color: colors.headerText, whiteSpace: 'nowrap' }}>
            <Typography.Text strong style={{ color: colors.headerText, fontSize: 18 }}>
              {vi.app.name}
            </Typography.Text>
            {screens.md && <Typography.Text style={{ color: '#dbe6f5', fontSize: 15 }}> — {vi.app.subtitle}</Typography.Text>}
          </Link>
        </span>
        {me.data && <UserBar me={me.data} compact={!screens.lg} />}
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer placement="left" open={menuOpen} onClose={() => setMenuOpen(false)} size={284} title={vi.menu.mainNav} styles={{ body: { padding: 0 } }}>
            <SideMenu onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            width={284}
            theme="light"
            // Stays in view while long lists scroll; scrolls on its own on short screens.
            style={{
              borderInlineEnd: '1px solid #e5e7eb',
              position: 'sticky',
              top: HEADER_HEIGHT,
              height: `calc(100vh - ${HEADER_HEIGHT}px)`,
              overflowY: 'auto',
            }}
          >
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 16 : 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
