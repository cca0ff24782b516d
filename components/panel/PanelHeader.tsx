/**
 * The panel's title bar: its name, the platform, a way to the dashboard, and collapse; below
 * them (`children`) today's and the overdue planned posts.
 */
import type { ReactNode } from 'react';
import type { Translator } from '@/lib/i18n';
import type { SapaClient, SapaError } from '@/lib/messaging';

export function PanelHeader({
  t,
  platformName,
  client,
  fail,
  onCollapse,
  children,
}: {
  t: Translator;
  platformName: string;
  client: SapaClient;
  fail: (error: SapaError) => void;
  onCollapse: () => void;
  children?: ReactNode;
}) {
  const openDashboard = async () => {
    const res = await client.request('dashboard.open', {});
    if (!res.ok) fail(res.error);
  };
  return (
    <header className="sapa-head">
      <div className="sapa-header">
        <strong>{t('panel.name')}</strong>
        <span className="sapa-muted">{t('panel.platform', { platform: platformName })}</span>
        <button
          type="button"
          className="sapa-secondary sapa-small"
          onClick={() => void openDashboard()}
        >
          {t('panel.openDashboard')}
        </button>
        <button
          type="button"
          className="sapa-icon"
          aria-label={t('panel.collapse')}
          title={t('panel.collapse')}
          onClick={onCollapse}
        >
          ×
        </button>
      </div>
      {children}
    </header>
  );
}
