import { lazy, Suspense } from 'react';
import { perPlatform } from '@/lib/platforms';
import { PLATFORM_IDS, type PlatformId } from '@/lib/db';
import type { MessageKey, Translator } from '@/lib/i18n';

/** Each platform's name in the locales (`platform.<id>`: a missing name fails type-checking). */
export const PLATFORM_KEYS: Record<PlatformId, MessageKey> = perPlatform(
  (site) => `platform.${site.id}` satisfies MessageKey,
);

/** The platforms as choices in a drop-down list, named in the UI language. */
export function platformOptions(t: Translator): { value: PlatformId; label: string }[] {
  return PLATFORM_IDS.map((p) => ({ value: p, label: t(PLATFORM_KEYS[p]) }));
}

export interface LengthCountProps {
  text: string;
  platform: PlatformId;
  xPremium: boolean;
  id?: string;
}

// Measuring a post needs the checklist's parser and twitter-text (X counts a link as 23 and an
// emoji as 2): loaded with the first count shown, not with the dashboard's first page.
const MeasuredLength = lazy(async () => ({
  default: (await import('./MeasuredLength')).MeasuredLength,
}));

/** "Instagram: 120 / 2,200 characters"; an empty line of the same id while the measure loads. */
export function LengthCount(props: LengthCountProps) {
  return (
    <Suspense fallback={<span id={props.id} className="sapa-count" />}>
      <MeasuredLength {...props} />
    </Suspense>
  );
}
