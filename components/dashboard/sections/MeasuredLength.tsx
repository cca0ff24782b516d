import { measurePost } from '@/lib/checklist';
import { useDashboard } from '../context';
import { PLATFORM_KEYS, type LengthCountProps } from './platforms';
import { numberFormat } from '@/lib/i18n/formats';

/** A post's length against the platform's limit, as the platform counts it. */
export function MeasuredLength(props: LengthCountProps) {
  const { t, locale } = useDashboard();
  const { used, limit, over } = measurePost(props.text, props.platform, props.xPremium);
  const nf = numberFormat(locale); // counts on every keystroke in the template editor
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
