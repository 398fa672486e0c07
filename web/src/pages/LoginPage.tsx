import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { login, meKey, useMe } from '../api/auth';
import { errorMessage } from '../api/client';
import { colors } from '../theme';
import { paths } from '../paths';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const next = (location.state as { next?: string } | null)?.next ?? paths.home;
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Queries cached for a previous user must not leak into this session.
      queryClient.clear();
      queryClient.setQueryData(meKey, user);
      void navigate(next, { replace: true });
    },
  });

  if (me.data) return <Navigate to={next} replace />;

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16, background: `linear-gradient(160deg, ${colors.header} 0%, #2f6fc0 100%)` }}>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={2} style={{ margin: 0, color: colors.header }}>
          {vi.app.name}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          {vi.login.intro}
        </Typography.Paragraph>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {vi.login.title}
        </Typography.Title>
        {mutation.isError && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={errorMessage(mutation.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginForm>
          layout="vertical"
          data-testid="login-form"
          aria-label={vi.login.title}
          requiredMark={false}
          onFinish={(values) => mutation.mutate(values)}
          disabled={mutation.isPending}
        >
          <Form.Item label={vi.login.username} name="username" rules={[{ required: true, whitespace: true, message: vi.login.usernameRequired }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label={vi.login.password} name="password" rules={[{ required: true, message: vi.login.passwordRequired }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
            {vi.login.submit}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
