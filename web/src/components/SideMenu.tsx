import { Menu, Tag, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { hasPermission, useMe } from '../api/auth';
import { inputsNav, mainNav, upcomingNav } from './menu-items';

/** The key of the menu item owning a location: "/don-vi/12" belongs to "/don-vi". */
export function selectedKey(pathname: string): string {
  const match = [...mainNav, ...inputsNav]
    .map((n) => n.path)
    .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return match ?? pathname;
}

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();

  const items: MenuProps['items'] = [
    ...mainNav
      .filter((n) => !n.permission || hasPermission(me.data, n.permission))
      .map((n) => ({ key: n.path, icon: n.icon, label: n.label })),
    ...(inputsNav.some((n) => !n.permission || hasPermission(me.data, n.permission))
      ? [
          {
            type: 'group' as const,
            key: 'inputs',
            label: vi.inputs.menuGroup,
            children: inputsNav.filter((n) => !n.permission || hasPermission(me.data, n.permission)).map((n) => ({ key: n.path, icon: n.icon, label: n.label })),
          },
        ]
      : []),
    {
      type: 'group',
      key: 'upcoming',
      label: vi.menu.upcomingGroup,
      children: upcomingNav.map((n) => ({
        key: n.path,
        icon: n.icon,
        disabled: true,
        label: (
          <span style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 6 }}>
            {n.label}
            <Tag style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px' }}>{vi.menu.soon}</Tag>
          </span>
        ),
      })),
    },
  ];

  return (
    <nav aria-label={vi.menu.mainNav}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selectedKey(location.pathname)]}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
