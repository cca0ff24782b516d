import { countGraphemes, lengthLimit, measureX } from '@/lib/checklist';
import { PLATFORM_IDS, type PlatformId } from '@/lib/db';
import type { MessageKey, Translator } from '@/lib/i18n';
import { useDashboard } from '../context';

export const PLATFORM_KEYS: Record<PlatformId, MessageKey> = {
  x: 'platform.x',
  instagram: 'platform.instagram',
  facebook: 'platform.facebook',
  tiktok: 'platform.tiktok',
};

/** The platforms as choices in a drop-down list, named in the UI language. */
export function platformOptions(t: Translator): { value: PlatformId; label: string }[] {
  return PLATFORM_IDS.map((p) => ({ value: p, label: t(PLATFORM_KEYS[p]) }));
}

/** Length as the platform counts it: X's weighted count, graphemes elsewhere. */
export function measure(text: string, platform: PlatformId, xPremium: boolean) {
  const limit = lengthLimit(platform, xPremium);
  const used = platform === 'x' ? measureX(text, limit).weightedLength : countGraphemes(text);
  return { used, limit, over: used > limit };
}

export function LengthCount(props: {
  text: string;
  platform: PlatformId;
  xPremium: boolean;
  id?: string;
}) {
  const { t, locale } = useDashboard();
  const { used, limit, over } = measure(props.text, props.platform, props.xPremium);
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
