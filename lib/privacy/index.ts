export {
  EXPLAINED_PERMISSIONS,
  POLICY_INTRO,
  POLICY_SECTIONS,
  POLICY_TITLE,
  POLICY_UPDATED,
  policyMarkdown,
  type PolicySection,
} from './policy';

/** The bundled page's path in the extension, and the language it should open in. */
export function privacyPageUrl(locale: string): string {
  return `/privacy.html?lang=${encodeURIComponent(locale)}`;
}
