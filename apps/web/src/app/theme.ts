import type { ThemeConfig } from 'antd';

/** Colours and type: a calm administrative blue for actions, the national red for the masthead. */
export const BRAND_RED = '#a8071a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cab',
    colorLink: '#0b5cab',
    // Ant Design lightens a hovered link below 4.5:1 on white: darken it instead.
    colorLinkHover: '#084a8c',
    // The same for the outlined buttons' text when hovered (Ant Design lightens it).
    colorPrimaryHover: '#084a8c',
    colorErrorHover: '#8f1418',
    colorError: '#c62828',
    colorWarning: '#b26a00',
    colorSuccess: '#2e7d32',
    borderRadius: 6,
    fontFamily:
      "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans Vietnamese', sans-serif",
    fontSize: 15,
    // Ant Design's greys are too light for WCAG AA (4.5:1): every secondary text here reaches it.
    colorTextSecondary: '#4a5563',
    colorTextTertiary: '#56606b',
    colorTextDescription: '#56606b',
    colorTextPlaceholder: '#6b7280',
    colorTextQuaternary: '#6b7280',
    colorSuccessText: '#1e6b25',
    colorWarningText: '#7a4a00',
    colorErrorText: '#a4161a',
  },
  components: {
    Layout: { headerBg: BRAND_RED, headerHeight: 56, headerPadding: '0 16px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#e6f0fa', itemSelectedColor: '#0b5cab' },
    // Selected rows (a batch to sign) keep links and secondary text readable, hovered or not.
    Table: { rowSelectedBg: '#eef5fc', rowSelectedHoverBg: '#e6f0fa' },
  },
};
