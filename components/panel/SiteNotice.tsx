/**
 * A small, non-blocking note that the site changed under Sapa on this page (a composer without
 * its publish button, or the other way round), with "Copy diagnostics" for a bug report.
 */
import type { Translator } from '@/lib/i18n';
import type { PanelState } from '@/lib/panel/panel-store';

export function SiteNotice({
  issue,
  t,
  onCopy,
}: {
  issue: PanelState['siteIssue'];
  t: Translator;
  onCopy?: () => void;
}) {
  if (!issue) return null;
  return (
    <div className="sapa-site-notice" role="note">
      <p>{t(issue === 'noComposer' ? 'site.noComposer' : 'site.noPublishButton')}</p>
      {onCopy && (
        <button type="button" className="sapa-secondary" onClick={onCopy}>
          {t('site.copyDiagnostics')}
        </button>
      )}
    </div>
  );
}
