import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, useMemo } from 'react';
import { PLATFORM_IDS, type TemplateRecord } from '@/lib/db';
import { useDashboard } from '../context';
import { ListDetailEditor, type ListTexts } from './ListDetailEditor';
import { PLATFORM_KEYS } from './platforms';
import { useLibraryFind } from './useLibraryFind';

// The editor (its preview renders the template and counts it as each platform does, with
// twitter-text) is loaded when a template is opened, not with the dashboard's first page.
const TemplateEditor = lazy(async () => ({
  default: (await import('./TemplateEditor')).TemplateEditor,
}));

export const TEMPLATE_TEXTS: ListTexts = {
  listTitle: 'dashboard.templates.listTitle',
  newItem: 'dashboard.templates.new',
  none: 'dashboard.templates.none',
  pick: 'dashboard.templates.pick',
  editTitle: 'dashboard.templates.editTitle',
  newTitle: 'dashboard.templates.newTitle',
  saved: 'dashboard.templates.saved',
  deleted: 'dashboard.templates.deleted',
  restored: 'dashboard.templates.restored',
};

export function TemplatesSection() {
  const { repos, t } = useDashboard();
  const templates = useLiveQuery(() => repos.templates.list(), [repos]);
  const find = useLibraryFind<TemplateRecord>('template');

  const categories = useMemo(
    () => [...new Set((templates ?? []).map((x) => x.category).filter(Boolean))].sort(),
    [templates],
  );

  return (
    <ListDetailEditor
      items={templates}
      store={repos.templates}
      texts={TEMPLATE_TEXTS}
      search={{ label: 'dashboard.templates.search', find }}
      summary={(tpl) => `${tpl.category} · ${tpl.locale === 'id' ? 'ID' : 'EN'}`}
      copyOwn={{
        // As if the copy had been typed into the editor and saved: blank parts tidied.
        // A shortcut belongs to one item only: the copy has none.
        make: async (tpl, name) => {
          const { editorInput } = await import('./templateForm');
          return repos.templates.create({ ...editorInput(tpl), name, shortcut: '' });
        },
        done: 'dashboard.templates.duplicated',
      }}
      editor={(slot) => (
        <Suspense fallback={<p className="sapa-hint">{t('dashboard.loading')}</p>}>
          <TemplateEditor {...slot} categories={categories} />
        </Suspense>
      )}
      readOnly={(tpl) => <SubscribedTemplate template={tpl} />}
    />
  );
}

/** What a subscribed template holds: its text, its versions per platform, its variables. */
function SubscribedTemplate({ template }: { template: TemplateRecord }) {
  const { t, locale } = useDashboard();
  const varsId = useId();
  const variants = PLATFORM_IDS.filter((p) => template.variants[p]?.trim());
  return (
    <>
      <p>
        {t('dashboard.templates.category')}: {template.category || '—'} ·{' '}
        {t('dashboard.templates.language')}:{' '}
        {template.locale === 'id' ? t('dashboard.settings.langId') : t('dashboard.settings.langEn')}
      </p>
      <h3>{t('dashboard.templates.body')}</h3>
      <div className="sapa-readonly" lang={template.locale}>
        {template.body}
      </div>
      {variants.map((p) => (
        <div key={p}>
          <h3>{t('dashboard.templates.variantFor', { platform: t(PLATFORM_KEYS[p]) })}</h3>
          <div className="sapa-readonly" lang={template.locale}>
            {template.variants[p]}
          </div>
        </div>
      ))}
      {template.variables.length > 0 && (
        <>
          <h3 id={varsId}>{t('dashboard.templates.variables')}</h3>
          <ul aria-labelledby={varsId}>
            {template.variables.map((v) => (
              <li key={v.name}>
                <code>{`{{${v.name}}}`}</code> {v.label[locale] || v.name} ·{' '}
                {t(`dashboard.templates.type.${v.type}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
