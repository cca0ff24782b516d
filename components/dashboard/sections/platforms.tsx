import { measurePost } from '@/lib/checklist';
import { perPlatform } from '@/lib/platforms';
import { PLATFORM_IDS, type PlatformId } from '@/lib/db';
import type { MessageKey, Translator } from '@/lib/i18n';
import { useDashboard } from '../context';

/** Each platform's name in the locales (`platform.<id>`: a missing name fails type-checking). */
export const PLATFORM_KEYS: Record<PlatformId, MessageKey> = perPlatform(
  (site) => `platform.${site.id}` satisfies MessageKey,
);

/** The platforms as choices in a drop-down list, named in the UI language. */
export function platformOptions(t: Translator): { value: PlatformId; label: string }[] {
  return PLATFORM_IDS.map((p) => ({ value: p, label: t(PLATFORM_KEYS[p]) }));
}

export function LengthCount(props: {
  text: string;
  platform: PlatformId;
  xPremium: boolean;
  id?: string;
}) {
  const { t, locale } = useDashboard();
  const { used, limit, over } = measurePost(props.text, props.platform, props.xPremium);
  const nf = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US');
  return (
    <span id={props.id} className={over ? 'sapa-count sapa-over' : 'sapa-count'}>
      {t(over ? 'dashboard.count.over' : 'dashboard.count', {
        platform: t(PLATFORM_KEYS[props.platform]),
        used: nf.format(used),
        limit: nf.format(limit),
      })}
    </span>
  );
}
