import type { MessageKey } from '@/lib/i18n';
import { DASHBOARD_SECTIONS, type DashboardSection } from '@/lib/messaging';
import { useDashboard } from './context';

export const SECTION_TITLES: Record<DashboardSection, MessageKey> = {
  templates: 'dashboard.nav.templates',
  hashtags: 'dashboard.nav.hashtags',
  brand: 'dashboard.nav.brand',
  checklist: 'dashboard.nav.checklist',
  check: 'dashboard.nav.check',
  drafts: 'dashboard.nav.drafts',
  backup: 'dashboard.nav.backup',
  sync: 'dashboard.nav.sync',
  settings: 'dashboard.nav.settings',
};

/** The dashboard's header: its name and a link per section, the open one marked current. */
export function SectionNav(props: {
  section: DashboardSection;
  go: (section: DashboardSection) => void;
}) {
  const { t } = useDashboard();
  return (
    <header className="sapa-dash-header">
      <p className="sapa-dash-brand">{t('dashboard.appName')}</p>
      <nav aria-label={t('dashboard.nav.label')}>
        <ul>
          {DASHBOARD_SECTIONS.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                aria-current={props.section === id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  props.go(id);
                }}
              >
                {t(SECTION_TITLES[id])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
