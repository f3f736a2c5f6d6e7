/**
 * Tag colours of the console. Ant Design's light preset tags (green on pale green, orange on pale orange) fall
 * under the 4.5:1 contrast small text needs; these solid tones carry white text at 4.5:1 or more (WCAG AA).
 */
export const TAG = {
  blue: '#1f5fbf',
  green: '#2e7d32',
  amber: '#b45309',
  red: '#c0262d',
  grey: '#595959',
  purple: '#8e24aa',
} as const;
