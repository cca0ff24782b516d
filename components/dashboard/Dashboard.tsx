import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { createRepositories, type SapaDb } from '@/lib/db';
import { browserLanguage, resolveLocale, translator } from '@/lib/i18n';
import {
  createExtensionClient,
  DASHBOARD_SECTIONS,
  type DashboardSection,
  type SapaClient,
} from '@/lib/messaging';
import { DashboardContext, type DashboardEnv } from './context';
import {
  BackupSection,
  BrandKitSection,
  CalendarSection,
  CatalogueSection,
  CheckCaptionSection,
  ChecklistSection,
  DraftsSection,
  HashtagSetsSection,
  PostLogSection,
  ReportSection,
  SettingsSection,
  SyncSection,
  WelcomeSection,
} from './lazySections';
import { NoticeArea } from './Notices';
import { TemplatesSection } from './sections/TemplatesSection';
import { extensionPrefsStorage, type PrefsStorage } from '@/lib/panel/panel-prefs';
import { SECTION_TITLES, SectionNav } from './SectionNav';
import { useNotices } from './useNotices';
import { useSectionNavigation } from './useSectionNavigation';

/** One list for the dashboard and the protocol (the panel deep-links into these sections). */
export const SECTIONS = DASHBOARD_SECTIONS;
export type SectionId = DashboardSection;

export interface DashboardProps {
  db: SapaDb;
  memberId?: string;
  now?: () => number;
  initialSection?: SectionId;
  /** The browser's language (defaults to the extension's UI language). */
  language?: string;
  download?: (blob: Blob, filename: string) => void;
  openTab?: (url: string) => void;
  /** The background (sync and subscriptions live there); defaults to runtime messaging. */
  background?: SapaClient;
  requestOrigin?: (pattern: string) => Promise<boolean>;
  requestPermission?: (permission: 'notifications') => Promise<boolean>;
  /** Where the panel keeps its per-site preferences; defaults to browser.storage.local. */
  panelPrefs?: PrefsStorage;
}

function defaultDownload(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let runtimeClient: SapaClient | undefined;
function defaultBackground(): SapaClient {
  runtimeClient ??= createExtensionClient();
  return runtimeClient;
}

function defaultRequestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

function defaultRequestPermission(permission: 'notifications'): Promise<boolean> {
  return browser.permissions.request({ permissions: [permission] });
}

function defaultOpenTab(url: string): void {
  window.open(url, '_blank', 'noopener');
}

export function Dashboard(props: DashboardProps) {
  const { env, notice, runAction, dismiss } = useDashboardEnv(props);
  const { t } = env;
  const { section, go, headingRef } = useSectionNavigation(props.initialSection);
  return (
    <DashboardContext.Provider value={env}>
      <div className="sapa-dash">
        <SectionNav section={section} go={go} />
        <main className="sapa-dash-main" aria-labelledby="sapa-section-title">
          <h1 id="sapa-section-title" ref={headingRef} tabIndex={-1}>
            {t(SECTION_TITLES[section])}
          </h1>
          <Suspense fallback={<p className="sapa-hint">{t('dashboard.loading')}</p>}>
            {section === 'templates' && <TemplatesSection />}
            {section === 'hashtags' && <HashtagSetsSection />}
            {section === 'brand' && <BrandKitSection />}
            {section === 'checklist' && <ChecklistSection />}
            {section === 'check' && <CheckCaptionSection />}
            {section === 'drafts' && <DraftsSection />}
            {section === 'calendar' && <CalendarSection />}
            {section === 'catalogue' && <CatalogueSection />}
            {section === 'log' && <PostLogSection />}
            {section === 'report' && <ReportSection {...(props.now ? { now: props.now } : {})} />}
            {section === 'backup' && <BackupSection />}
            {section === 'sync' && <SyncSection />}
            {section === 'settings' && <SettingsSection />}
            {section === 'welcome' && <WelcomeSection onDone={() => go('templates')} />}
          </Suspense>
        </main>
        <NoticeArea notice={notice} onAction={() => void runAction()} onDismiss={dismiss} />
      </div>
    </DashboardContext.Provider>
  );
}

/**
 * What every section is given: the repositories, the language the person chose (the page's
 * language and title follow it), notices, and the browser's services (or the test's stand-ins).
 */
function useDashboardEnv(props: DashboardProps) {
  const { db, memberId = 'local', now } = props;
  const repos = useMemo(
    () => createRepositories(db, { memberId, ...(now ? { now } : {}) }),
    [db, memberId, now],
  );
  const choice = useLiveQuery(() => repos.settings.get('locale'), [repos]);
  const locale = resolveLocale(props.language ?? browserLanguage(), choice);
  const t = useMemo(() => translator(locale), [locale]);
  const { notice, notify, fail, runAction, dismiss } = useNotices(t, locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(locale)('dashboard.pageTitle');
  }, [locale]);

  const env = useMemo<DashboardEnv>(
    () => ({
      db,
      repos,
      memberId,
      locale,
      t,
      notify,
      fail,
      download: props.download ?? defaultDownload,
      openTab: props.openTab ?? defaultOpenTab,
      background: props.background ?? defaultBackground(),
      requestOrigin: props.requestOrigin ?? defaultRequestOrigin,
      requestPermission: props.requestPermission ?? defaultRequestPermission,
      panelPrefs: props.panelPrefs ?? extensionPrefsStorage(),
    }),
    [
      db,
      repos,
      memberId,
      locale,
      t,
      notify,
      fail,
      props.download,
      props.openTab,
      props.background,
      props.requestOrigin,
      props.requestPermission,
      props.panelPrefs,
    ],
  );
  return { env, notice, runAction, dismiss };
}
