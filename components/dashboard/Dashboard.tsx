import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { classifyDbError, createRepositories, type SapaDb } from '@/lib/db';
import { browserLanguage, type MessageKey, resolveLocale, translator } from '@/lib/i18n';
import {
  createExtensionClient,
  DASHBOARD_SECTIONS,
  ERROR_MESSAGE_KEYS,
  type DashboardSection,
  type SapaClient,
} from '@/lib/messaging';
import { CsvImportError } from '@/lib/exchange/csv';
import { DashboardContext, type DashboardEnv, type Notice } from './context';
import { NoticeArea } from './Notices';
import { BackupSection } from './sections/BackupSection';
import { BrandKitSection } from './sections/BrandKitSection';
import { ChecklistSection } from './sections/ChecklistSection';
import { DraftsSection } from './sections/DraftsSection';
import { HashtagSetsSection } from './sections/HashtagSetsSection';
import { SettingsSection } from './sections/SettingsSection';
import { SyncSection } from './sections/SyncSection';
import { TemplatesSection } from './sections/TemplatesSection';

/** One list for the dashboard and the protocol (the panel deep-links into these sections). */
export const SECTIONS = DASHBOARD_SECTIONS;
export type SectionId = DashboardSection;

const SECTION_TITLES: Record<SectionId, MessageKey> = {
  templates: 'dashboard.nav.templates',
  hashtags: 'dashboard.nav.hashtags',
  brand: 'dashboard.nav.brand',
  checklist: 'dashboard.nav.checklist',
  drafts: 'dashboard.nav.drafts',
  backup: 'dashboard.nav.backup',
  sync: 'dashboard.nav.sync',
  settings: 'dashboard.nav.settings',
};

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

function defaultOpenTab(url: string): void {
  window.open(url, '_blank', 'noopener');
}

function sectionFromHash(): SectionId | undefined {
  const hash = globalThis.location?.hash.slice(1);
  return SECTIONS.find((s) => s === hash);
}

export function Dashboard(props: DashboardProps) {
  const { db, memberId = 'local', now } = props;
  const repos = useMemo(
    () => createRepositories(db, { memberId, ...(now ? { now } : {}) }),
    [db, memberId, now],
  );
  const choice = useLiveQuery(() => repos.settings.get('locale'), [repos]);
  const locale = resolveLocale(props.language ?? browserLanguage(), choice);
  const t = useMemo(() => translator(locale), [locale]);
  const [section, setSection] = useState<SectionId>(
    props.initialSection ?? sectionFromHash() ?? 'templates',
  );
  // A link to another section of an open dashboard (#checklist…) switches to it.
  useEffect(() => {
    const follow = () => {
      const next = sectionFromHash();
      if (next) setSection(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const counter = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(locale)('dashboard.pageTitle');
  }, [locale]);

  useEffect(() => {
    if (moveFocus.current) headingRef.current?.focus();
    moveFocus.current = false;
  }, [section]);

  const notify = useCallback<DashboardEnv['notify']>((text, action) => {
    counter.current += 1;
    setNotice({ id: counter.current, kind: 'status', text, ...(action ? { action } : {}) });
  }, []);

  const fail = useCallback<DashboardEnv['fail']>(
    (error) => {
      counter.current += 1;
      // Database failure codes are a subset of the protocol's, so its table of messages serves.
      const text =
        error instanceof CsvImportError
          ? error.problems.map((p) => p.message[locale]).join(' ')
          : t(ERROR_MESSAGE_KEYS[classifyDbError(error)]);
      console.error('[sapa dashboard]', error);
      setNotice({ id: counter.current, kind: 'error', text });
    },
    [t, locale],
  );

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
    ],
  );

  const go = (id: SectionId) => {
    moveFocus.current = true;
    setSection(id);
    globalThis.history?.replaceState(null, '', `#${id}`);
  };

  const runAction = async () => {
    const action = notice?.action;
    if (!action) return;
    setNotice(null);
    try {
      await action.run();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <DashboardContext.Provider value={env}>
      <div className="sapa-dash">
        <header className="sapa-dash-header">
          <p className="sapa-dash-brand">{t('dashboard.appName')}</p>
          <nav aria-label={t('dashboard.nav.label')}>
            <ul>
              {SECTIONS.map((id) => (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    aria-current={section === id ? 'page' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      go(id);
                    }}
                  >
                    {t(SECTION_TITLES[id])}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main className="sapa-dash-main" aria-labelledby="sapa-section-title">
          <h1 id="sapa-section-title" ref={headingRef} tabIndex={-1}>
            {t(SECTION_TITLES[section])}
          </h1>
          {section === 'templates' && <TemplatesSection />}
          {section === 'hashtags' && <HashtagSetsSection />}
          {section === 'brand' && <BrandKitSection />}
          {section === 'checklist' && <ChecklistSection />}
          {section === 'drafts' && <DraftsSection />}
          {section === 'backup' && <BackupSection />}
          {section === 'sync' && <SyncSection />}
          {section === 'settings' && <SettingsSection />}
        </main>
        <NoticeArea
          notice={notice}
          onAction={() => void runAction()}
          onDismiss={() => setNotice(null)}
        />
      </div>
    </DashboardContext.Provider>
  );
}
