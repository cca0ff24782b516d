/** Until the first-run welcome is finished, the panel says so and opens it in the dashboard. */
import type { Translator } from '@/lib/i18n';
import type { SapaClient, SapaError } from '@/lib/messaging';

export function WelcomePointer(props: {
  t: Translator;
  client: SapaClient;
  fail: (error: SapaError) => void;
}) {
  const { t, client, fail } = props;
  const open = async () => {
    const res = await client.request('dashboard.open', { section: 'welcome' });
    if (!res.ok) fail(res.error);
  };
  return (
    <p className="sapa-welcome-note" role="note">
      {t('panel.welcome.pending')}{' '}
      <button type="button" className="sapa-secondary sapa-small" onClick={() => void open()}>
        {t('panel.welcome.open')}
      </button>
    </p>
  );
}
