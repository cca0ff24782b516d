import type { MessageKey } from '@/lib/i18n';
import { DASHBOARD_SECTIONS, type DashboardSection } from '@/lib/messaging';
import { privacyPageUrl } from '@/lib/privacy';
import { useDashboard } from './context';

export const SECTION_TITLES: Record<DashboardSection, MessageKey> = {
  templates: 'dashboard.nav.templates',
  hashtags: 'dashboard.nav.hashtags',
  brand: 'dashboard.nav.brand',
  checklist: 'dashboard.nav.checklist',
  check: 'dashboard.nav.check',
  drafts: 'dashboard.nav.drafts',
  calendar: 'dashboard.nav.calendar',
  catalogue: 'dashboard.nav.catalogue',
  log: 'dashboard.nav.log',
  report: 'dashboard.nav.report',
  backup: 'dashboard.nav.backup',
  sync: 'dashboard.nav.sync',
  settings: 'dashboard.nav.settings',
  welcome: 'dashboard.nav.welcome',
};

/** The welcome is reached from the install and from Settings, not from the menu. */
const MENU_SECTIONS = DASHBOARD_SECTIONS.filter((id) => id !== 'welcome');

/**
 * The dashboard's header: its name, a link per section (the open one marked current), and
 * "About Sapa" with the privacy policy, a bundled page opened in a new tab in this language.
 */
export function SectionNav(props: {
  section: DashboardSection;
  go: (section: DashboardSection) => void;
}) {
  const { t, locale } = useDashboard();
  return (
    <header className="sapa-dash-header">
      <p className="sapa-dash-brand">{t('dashboard.appName')}</p>
      <nav aria-label={t('dashboard.nav.label')}>
        <ul>
          {MENU_SECTIONS.map((id) => (
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
      <section className="sapa-dash-about" aria-label={t('dashboard.about.label')}>
        <a href={privacyPageUrl(locale)} target="_blank" rel="noopener">
          {t('dashboard.about.privacy')}
        </a>
        <p>{t('dashboard.about.licence')}</p>
      </section>
    </header>
  );
}
