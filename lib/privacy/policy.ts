/**
 * Sapa's privacy policy as data: its sections in order, each a heading and its paragraphs, all
 * catalogue keys. The bundled page (entrypoints/privacy) and docs/privacy.md (npm run privacy)
 * are both made from this, so the two cannot say different things.
 */
import type { MessageKey } from '@/lib/i18n';

export interface PolicySection {
  heading: MessageKey;
  paragraphs: MessageKey[];
  /** Shown as a list (the permissions) rather than as paragraphs. */
  list?: boolean;
}

export const POLICY_TITLE: MessageKey = 'privacy.title';
export const POLICY_UPDATED: MessageKey = 'privacy.updated';
export const POLICY_INTRO: MessageKey = 'privacy.intro';

export const POLICY_SECTIONS: readonly PolicySection[] = [
  {
    heading: 'privacy.stored.heading',
    paragraphs: [
      'privacy.stored.library',
      'privacy.stored.panel',
      'privacy.stored.sync',
      'privacy.stored.remove',
    ],
  },
  { heading: 'privacy.read.heading', paragraphs: ['privacy.read.composer'] },
  {
    heading: 'privacy.leaves.heading',
    paragraphs: [
      'privacy.leaves.makers',
      'privacy.leaves.team',
      'privacy.leaves.subscriptions',
      'privacy.leaves.catalogue',
      'privacy.leaves.sites',
    ],
  },
  {
    heading: 'privacy.permissions.heading',
    list: true,
    paragraphs: [
      'privacy.permissions.sites',
      'privacy.permissions.storage',
      'privacy.permissions.unlimitedStorage',
      'privacy.permissions.clipboardWrite',
      'privacy.permissions.alarms',
      'privacy.permissions.scripting',
      'privacy.permissions.notifications',
      'privacy.permissions.optional',
    ],
  },
  { heading: 'privacy.contact.heading', paragraphs: ['privacy.contact.body'] },
];

/** The permissions the policy explains, to check against the manifest (tests). */
export const EXPLAINED_PERMISSIONS = [
  'storage',
  'unlimitedStorage',
  'clipboardWrite',
  'alarms',
  'scripting',
  'notifications',
] as const;

/** The policy as Markdown in one language (the repository's copy, docs/privacy.md). */
export function policyMarkdown(t: (key: MessageKey) => string): string {
  const lines = [`## ${t(POLICY_TITLE)}`, '', `_${t(POLICY_UPDATED)}_`, '', t(POLICY_INTRO), ''];
  for (const section of POLICY_SECTIONS) {
    lines.push(`### ${t(section.heading)}`, '');
    for (const key of section.paragraphs) lines.push(section.list ? `- ${t(key)}` : t(key), '');
    if (section.list) lines.pop();
    if (section.list) lines.push('');
  }
  return lines.join('\n');
}
