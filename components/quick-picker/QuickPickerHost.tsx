/**
 * The picker at the caret with its data: while the panel store says it is open
 * (`quickPicker`), it lists the library's templates and hashtag sets for the search typed (the
 * background's index, lib/search), favourites and the recently used first, each with what Enter
 * would put in the composer on this platform. What to do with a pick is the session's
 * (lib/quick-insert/composer-picker.ts).
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { measurePost } from '@/lib/checklist/measure';
import type { HashtagSetRecord } from '@/lib/db/types';
import { translator } from '@/lib/i18n';
import type { TemplateView } from '@/lib/library/requests';
import type { SapaClient } from '@/lib/messaging';
import { MAX_LIMIT } from '@/lib/messaging/fields';
import type { PanelStore } from '@/lib/panel/panel-store';
import { expandShortcut, type Expansion } from '@/lib/quick-insert/expand';
import { orderPickerCandidates, type PickerKind } from '@/lib/quick-insert/picker';
import { emptyPicks } from '@/lib/search/picks';
import { initialValues, renderFor } from '@/components/panel/template-fields';
import { formatNumber, useRequest } from '@/components/panel/shared';
import { useLibrary } from '@/components/panel/useLibrary';
import { useDebounced } from '@/components/panel/useTemplateSearch';
import { QuickPicker, type PickerEntry } from './QuickPicker';

export interface QuickPickerHostProps {
  store: PanelStore;
  client: SapaClient;
  onPick: (expansion: Expansion, used: { kind: PickerKind; id: string }) => void;
  onClose: () => void;
}

const ignore = () => undefined;

export function QuickPickerHost(props: QuickPickerHostProps) {
  const open = useStore(props.store, (state) => state.quickPicker);
  // Mounted afresh for each opening: a new search, the first entry active.
  return open ? <OpenPicker key={open.count} {...props} place={open.place} /> : null;
}

type Candidate = { kind: PickerKind; id: string; entry: PickerEntry; expansion: Expansion };

function OpenPicker(
  props: QuickPickerHostProps & {
    place: NonNullable<ReturnType<PanelStore['getState']>['quickPicker']>['place'];
  },
) {
  const { store, client } = props;
  const { platform, locale, theme } = useStore(store);
  const t = translator(locale);
  const [query, setQuery] = useState('');
  const searched = useDebounced(query).trim();
  const library = useLibrary(client, 'picker', ignore);
  const templates = useRequest<TemplateView[]>(
    () =>
      client.request('templates.search', { query: searched, platform, locale, limit: MAX_LIMIT }),
    `templates|${searched}`,
  );
  const sets = useRequest<HashtagSetRecord[]>(
    () => client.request('hashtagSets.search', { query: searched, limit: MAX_LIMIT }),
    `sets|${searched}`,
  );
  const picks = useRequest(() => client.request('search.picks'), 'picks');

  const candidates = useMemo(() => {
    const setting = { platform, locale, brandKit: library.brandKit };
    const ofTemplate = (template: TemplateView): Candidate => {
      const expansion = expandShortcut({ kind: 'template', template }, setting);
      const preview =
        expansion.kind === 'text'
          ? expansion.text
          : renderFor(template, initialValues(template, { library, state: { platform } }), setting)
              .text;
      return {
        kind: 'template',
        id: template.id,
        expansion,
        entry: {
          kind: 'template',
          id: template.id,
          name: template.name,
          preview,
          standing: null,
          needsValues: expansion.kind === 'ask',
        },
      };
    };
    const ofSet = (set: HashtagSetRecord): Candidate => {
      const expansion = expandShortcut({ kind: 'hashtagSet', set }, setting);
      return {
        kind: 'hashtagSet',
        id: set.id,
        expansion,
        entry: {
          kind: 'hashtagSet',
          id: set.id,
          name: set.name,
          preview: expansion.kind === 'text' ? expansion.text : '',
          standing: null,
        },
      };
    };
    return orderPickerCandidates(
      (templates.data ?? []).map(ofTemplate),
      (sets.data ?? []).map(ofSet),
      picks.data ?? emptyPicks(),
    ).map(({ item, standing }) => ({ ...item, entry: { ...item.entry, standing } }));
  }, [templates.data, sets.data, picks.data, platform, locale, library]);

  const byKey = new Map(candidates.map((c) => [`${c.kind}:${c.id}`, c]));
  const lengthOf = (text: string) => {
    const { used, limit, over } = measurePost(text, platform, library.xPremium);
    return {
      label: t('count.length', {
        count: formatNumber(used, locale),
        max: formatNumber(limit, locale),
      }),
      over,
    };
  };

  return (
    <QuickPicker
      theme={theme}
      t={t}
      entries={candidates.map((c) => c.entry)}
      loading={templates.loading || sets.loading}
      query={query}
      onQuery={setQuery}
      onPick={(entry) => {
        const chosen = byKey.get(`${entry.kind}:${entry.id}`);
        if (chosen) props.onPick(chosen.expansion, { kind: chosen.kind, id: chosen.id });
      }}
      onClose={props.onClose}
      lengthOf={lengthOf}
      position={props.place}
    />
  );
}
