import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { hasPermission, useMe, type Permission } from '../api/auth';
import { errorMessage } from '../api/client';
import { paths } from '../paths';

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', height: '100%' }}>
      <Spin size="large" description={vi.common.loading} />
    </div>
  );
}

/** Shows its children to a signed-in user; otherwise goes to the login page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={errorMessage(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{vi.common.retry}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={paths.login} replace state={{ next }} />;
  }
  return children;
}

/** The UI hides what a user may not do; the server checks again on every request. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (!hasPermission(me.data, permission)) {
    return <Result status="403" title="403" subTitle={vi.common.forbidden} />;
  }
  return children;
}
