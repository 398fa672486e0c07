import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { vi } from '../../i18n/vi';
import { paths } from '../paths';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="404"
      subTitle={vi.common.notFound}
      extra={
        <Link to={paths.home}>
          <Button type="primary">{vi.common.backHome}</Button>
        </Link>
      }
    />
  );
}
