import type { ThemeConfig } from 'antd';

export const colors = {
  primary: '#1a56a8',
  header: '#0f3a75',
  headerText: '#ffffff',
  accent: '#c8102e',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: colors.primary,
    colorInfo: colors.primary,
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: colors.header, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
  },
};
