import { useState } from 'react';
import {
  normaliseHashtag,
  parseSettings,
  PLATFORM_IDS,
  type ChecklistSettings,
  type PlatformId,
  type RuleSetting,
} from '@/lib/checklist';
import { displayTag } from '@/lib/db';
import { lines, typedTags, useDashboard } from '../context';
import { PLATFORM_KEYS } from './platforms';

/** A platform's hashtag range as typed: both blank means no range. */
export type TypedRange = { min: string; max: string };
export type TypedRanges = Record<PlatformId, TypedRange>;

function typedRangesOf(settings: ChecklistSettings): TypedRanges {
  const out = {} as TypedRanges;
  for (const p of PLATFORM_IDS) {
    const r = settings.hashtagRanges[p];
    out[p] = { min: r ? String(r.min) : '', max: r ? String(r.max) : '' };
  }
  return out;
}

/** The typed ranges as numbers, or the first platform whose range makes no sense. */
function parseRanges(
  ranges: TypedRanges,
): { ok: true; ranges: ChecklistSettings['hashtagRanges'] } | { ok: false; platform: PlatformId } {
  const hashtagRanges: ChecklistSettings['hashtagRanges'] = {};
  for (const p of PLATFORM_IDS) {
    const { min, max } = ranges[p];
    if (!min.trim() && !max.trim()) continue;
    const lo = Number(min);
    const hi = Number(max);
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo)
      return { ok: false, platform: p };
    hashtagRanges[p] = { min: lo, max: hi };
  }
  return { ok: true, ranges: hashtagRanges };
}

/**
 * The checklist form's state and Save: rules, word lists and hashtag ranges as typed, checked
 * and stored together; the problem that stopped saving, if any.
 */
export function useChecklistForm(settings: ChecklistSettings) {
  const { repos, t, notify, fail } = useDashboard();
  const [rules, setRules] = useState<Record<string, RuleSetting>>(settings.rules);
  const [wordsId, setWordsId] = useState(settings.sensitiveWords.id.join('\n'));
  const [wordsEn, setWordsEn] = useState(settings.sensitiveWords.en.join('\n'));
  const [banned, setBanned] = useState(
    settings.bannedHashtags.map((h) => `#${displayTag(h)}`).join('\n'),
  );
  const [ranges, setRanges] = useState<TypedRanges>(() => typedRangesOf(settings));
  const [error, setError] = useState('');

  const setRule = (id: string, patch: Partial<RuleSetting>) =>
    setRules((r) => ({ ...r, [id]: { ...r[id]!, ...patch } }));
  const setRange = (p: PlatformId, patch: Partial<TypedRange>) =>
    setRanges((r) => ({ ...r, [p]: { ...r[p], ...patch } }));

  /** The settings the form holds, or null (with the problem shown) when they cannot be saved. */
  const checkedSettings = (): ChecklistSettings | null => {
    const parsed = parseRanges(ranges);
    if (!parsed.ok) {
      setError(t('dashboard.checklist.errRange', { platform: t(PLATFORM_KEYS[parsed.platform]) }));
      return null;
    }
    try {
      return parseSettings({
        ...settings,
        rules,
        sensitiveWords: { id: lines(wordsId), en: lines(wordsEn) },
        bannedHashtags: [...new Set(typedTags(banned).map(normaliseHashtag))],
        hashtagRanges: parsed.ranges,
      });
    } catch {
      setError(t('dashboard.checklist.errInvalid'));
      return null;
    }
  };

  const save = async () => {
    const next = checkedSettings();
    if (!next) return;
    setError('');
    try {
      await repos.checklistSettings.save({
        rules: next.rules,
        sensitiveWords: next.sensitiveWords,
        bannedHashtags: next.bannedHashtags,
        hashtagRanges: next.hashtagRanges,
        // The severities just saved are chosen against today's defaults: never migrate them.
        defaultsVersion: next.defaultsVersion,
      });
      notify(t('dashboard.checklist.saved'));
    } catch (err) {
      fail(err);
    }
  };

  return {
    rules,
    setRule,
    words: { id: wordsId, en: wordsEn, banned },
    setWordsId,
    setWordsEn,
    setBanned,
    ranges,
    setRange,
    error,
    save,
  };
}
