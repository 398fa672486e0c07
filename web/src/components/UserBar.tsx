import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { logout, meKey, type MeResponse } from '../api/auth';
import { errorMessage } from '../api/client';
import { paths } from '../paths';
import { colors } from '../theme';
import { ChangePasswordDialog } from './ChangePasswordDialog';

function RolesList({ me }: { me: MeResponse }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 360 }}>
      {me.roles.map((r) => (
        <li key={`${r.role}-${r.unitId}`}>{vi.account.roleAt(r.roleLabel, r.unitName)}</li>
      ))}
    </ul>
  );
}

export function UserBar({ me, compact }: { me: MeResponse; compact?: boolean }) {
  const [passwordOpen, setPasswordOpen] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const doLogout = useMutation({
    mutationFn: logout,
    onSettled: (_data, err) => {
      if (err) void message.error(errorMessage(err));
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
      void navigate(paths.login, { replace: true });
    },
  });
  const firstRole = me.roles[0];
  const rolesText = firstRole
    ? `${vi.account.roleAt(firstRole.roleLabel, firstRole.unitName)}${me.roles.length > 1 ? ` (+${me.roles.length - 1})` : ''}`
    : '';

  return (
    <Space size="middle" style={{ color: colors.headerText }}>
      <Popover title={vi.account.roles} content={<RolesList me={me} />} placement="bottomRight">
        <Space style={{ cursor: 'default' }} aria-label={vi.account.menu}>
          <Avatar icon={<UserOutlined />} style={{ background: '#ffffff33' }} />
          <span style={{ display: compact ? 'none' : 'flex', flexDirection: 'column', lineHeight: 1.25 }}>
            <Typography.Text strong style={{ color: colors.headerText }}>
              {me.fullName}
            </Typography.Text>
            <Typography.Text style={{ color: '#dbe6f5', fontSize: 12, maxWidth: 320 }} ellipsis>
              {rolesText}
            </Typography.Text>
          </span>
        </Space>
      </Popover>
      <Button ghost size="small" icon={<KeyOutlined />} aria-label={vi.account.changePassword} onClick={() => setPasswordOpen(true)}>
        {!compact && vi.account.changePassword}
      </Button>
      <Button
        ghost
        size="small"
        icon={<LogoutOutlined />}
        aria-label={vi.account.logout}
        loading={doLogout.isPending}
        onClick={() => doLogout.mutate()}
      >
        {!compact && vi.account.logout}
      </Button>
      <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Space>
  );
}
