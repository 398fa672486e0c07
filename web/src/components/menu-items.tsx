import {
  AuditOutlined,
  BulbOutlined,
  ExceptionOutlined,
  StarOutlined,
  BankOutlined,
  ClockCircleOutlined,
  FileTextOutlined,
  FlagOutlined,
  HomeOutlined,
  ImportOutlined,
  LineChartOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { vi } from '../../i18n/vi';
import type { Permission } from '../api/auth';
import { paths } from '../paths';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to users holding this permission; undefined = everyone signed in. */
  permission?: Permission;
}

export const mainNav: NavItem[] = [
  { path: paths.home, label: vi.menu.home, icon: <HomeOutlined /> },
  { path: paths.units, label: vi.menu.units, icon: <BankOutlined />, permission: 'units.read' },
  { path: paths.people, label: vi.menu.people, icon: <TeamOutlined />, permission: 'people.read' },
  { path: paths.imports, label: vi.menu.imports, icon: <ImportOutlined />, permission: 'imports.run' },
  { path: paths.movements, label: vi.menu.movements, icon: <FlagOutlined />, permission: 'movements.read' },
  { path: paths.deadlines, label: vi.menu.deadlines, icon: <ClockCircleOutlined />, permission: 'movements.read' },
  { path: paths.indices, label: vi.menu.indices, icon: <LineChartOutlined />, permission: 'indices.read' },
  // Standing offices (council.manage) and members (council.vote) alike; the API lists only what each may see.
  { path: paths.council, label: vi.menu.council, icon: <UsergroupAddOutlined /> },
  // Standing offices draft, leaders sign; the API lists only the decisions of their subtrees.
  { path: paths.decisions, label: vi.menu.awards, icon: <TrophyOutlined /> },
  { path: paths.audit, label: vi.menu.audit, icon: <AuditOutlined />, permission: 'audit.read' },
];

/** Dữ liệu xét khen thưởng: what the standards of an award are checked against. */
export const inputsNav: NavItem[] = [
  { path: paths.initiatives, label: vi.menu.initiatives, icon: <BulbOutlined />, permission: 'people.read' },
  { path: paths.discipline, label: vi.menu.discipline, icon: <ExceptionOutlined />, permission: 'discipline.read' },
  { path: paths.ratings, label: vi.menu.ratings, icon: <StarOutlined />, permission: 'people.read' },
];

/**
 * The capabilities still to come, shown so users see where the product is going. Registration,
 * results, self-assessment and appraisal, and ranking live in a movement's tabs (Phong trào thi đua → a plan).
 */
export const upcomingNav: Omit<NavItem, 'permission'>[] = [
  { path: paths.upcoming('van-ban'), label: vi.menu.documents, icon: <FileTextOutlined /> },
];

