import type { Translator } from '@/lib/i18n';
import { POLICY_INTRO, POLICY_SECTIONS, POLICY_TITLE, POLICY_UPDATED } from '@/lib/privacy';

/** The privacy policy page: text from the catalogue only, rendered as React children. */
export function PrivacyPolicy(props: { t: Translator }) {
  const { t } = props;
  return (
    <main className="sapa-privacy">
      <h1>{t(POLICY_TITLE)}</h1>
      <p className="sapa-privacy-updated">{t(POLICY_UPDATED)}</p>
      <p>{t(POLICY_INTRO)}</p>
      {POLICY_SECTIONS.map((section) => (
        <section key={section.heading} aria-labelledby={section.heading}>
          <h2 id={section.heading}>{t(section.heading)}</h2>
          {section.list ? (
            <ul>
              {section.paragraphs.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          ) : (
            section.paragraphs.map((key) => <p key={key}>{t(key)}</p>)
          )}
        </section>
      ))}
    </main>
  );
}
