/**
 * Check a caption without the platform: paste it, see what the checklist says on every platform
 * side by side, with the team's settings and brand kit, and apply the fixes it offers (with undo).
 * Useful before posting from a phone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { checkCaption, type CaptionCheck } from '@/lib/caption-check/check';
import { applyEdits, measurePost, type Fix } from '@/lib/checklist';
import { teamChecklistData } from '@/lib/gate/team-checklist';
import { PLATFORM_IDS } from '@/lib/platforms';
import { useDashboard } from '../context';
import { TitledSection } from './titled';

const MARK = { block: '✕', warn: '!', info: 'i' } as const;

/** The caption, and the text before the last fix so the person can take it back. */
function useCaption() {
  const [text, setText] = useState('');
  const [undo, setUndo] = useState<{ before: string; label: string } | null>(null);
  return {
    text,
    undo,
    type(next: string) {
      setText(next);
      setUndo(null);
    },
    fix(next: string, label: string) {
      setUndo({ before: text, label });
      setText(next);
    },
    takeBack() {
      if (undo) setText(undo.before);
      setUndo(null);
    },
  };
}

function PlatformResults(props: {
  check: CaptionCheck;
  text: string;
  xPremium: boolean;
  onFix: (fixed: string, label: string) => void;
}) {
  const { t, locale } = useDashboard();
  const { check, text } = props;
  const headingId = useId();
  const length = measurePost(text, check.platform, props.xPremium);
  const blocking = check.findings.filter((finding) => finding.severity === 'block').length;
  const warnings = check.findings.filter((finding) => finding.severity === 'warn').length;
  const fixesOf = (rule: string): Fix[] =>
    check.results.find((result) => result.ruleId === rule)?.fixes ?? [];
  return (
    <section className="sapa-card sapa-check-platform" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`platform.${check.platform}`)}</h3>
      <p className={length.over ? 'sapa-warn' : 'sapa-muted'}>
        {t('count.length', { count: length.used, max: length.limit })}
      </p>
      <p className={blocking > 0 ? 'sapa-warn' : 'sapa-ok'}>
        {blocking > 0
          ? t('checklist.blocked', { blocking: t('count.items', { count: blocking }), warnings })
          : t('checklist.ready', { warnings })}
      </p>
      <ul className="sapa-list">
        {check.findings.map((finding) => (
          <li key={finding.rule} className={`sapa-result sapa-result-${finding.severity}`}>
            <span className="sapa-mark" aria-hidden="true">
              {MARK[finding.severity]}
            </span>
            <div>
              <span>{finding.message}</span>
              {fixesOf(finding.rule).map((fix, index) => {
                const label = t('checklist.fix', { label: fix.label[locale] });
                return (
                  <button
                    key={index}
                    type="button"
                    className="sapa-secondary sapa-small"
                    onClick={() => props.onFix(applyEdits(text, fix.edits), fix.label[locale])}
                  >
                    {label}
                  </button>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What only a person can check, once for all platforms (the same items on each). */
function ManualItems({ checks }: { checks: CaptionCheck[] }) {
  const { t } = useDashboard();
  const items = new Map<string, string>();
  for (const check of checks) for (const item of check.manual) items.set(item.rule, item.message);
  if (items.size === 0) return null;
  return (
    <TitledSection title={t('dashboard.check.manual')}>
      <ul>
        {[...items].map(([rule, message]) => (
          <li key={rule}>{message}</li>
        ))}
      </ul>
    </TitledSection>
  );
}

export function CheckCaptionSection() {
  const { repos, t, locale, notify } = useDashboard();
  const settings = useLiveQuery(() => repos.checklistSettings.get(), [repos]);
  const brand = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const xPremium = useLiveQuery(() => repos.settings.get('xPremium'), [repos]) ?? false;
  const caption = useCaption();
  const fieldId = useId();
  const team = useMemo(
    () => teamChecklistData(settings, brand, xPremium),
    [settings, brand, xPremium],
  );
  const checks = useMemo(
    () => PLATFORM_IDS.map((platform) => checkCaption(caption.text, platform, team, locale)),
    [caption.text, team, locale],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(caption.text);
      notify(t('dashboard.check.copied'));
    } catch {
      // The clipboard can be refused (no focus, a policy); the text is still in the box.
      notify(t('dashboard.check.copyFailed'));
    }
  };
  const empty = caption.text.trim() === '';
  return (
    <>
      <p className="sapa-hint">{t('dashboard.check.intro')}</p>
      <div className="sapa-field">
        <label htmlFor={fieldId}>{t('dashboard.check.caption')}</label>
        <textarea
          id={fieldId}
          rows={8}
          value={caption.text}
          onChange={(event) => caption.type(event.target.value)}
        />
      </div>
      <div className="sapa-row" role="status">
        {caption.undo && (
          <>
            <span>{t('dashboard.check.fixed', { label: caption.undo.label })}</span>
            <button type="button" className="sapa-secondary" onClick={caption.takeBack}>
              {t('dashboard.check.undo')}
            </button>
          </>
        )}
      </div>
      <button type="button" className="sapa-secondary" disabled={empty} onClick={() => void copy()}>
        {t('dashboard.check.copy')}
      </button>
      <TitledSection title={t('dashboard.check.results')}>
        {empty ? (
          <p className="sapa-muted">{t('dashboard.check.empty')}</p>
        ) : (
          <div className="sapa-check-grid">
            {checks.map((check) => (
              <PlatformResults
                key={check.platform}
                check={check}
                text={caption.text}
                xPremium={xPremium}
                onFix={caption.fix}
              />
            ))}
          </div>
        )}
      </TitledSection>
      {!empty && <ManualItems checks={checks} />}
    </>
  );
}
