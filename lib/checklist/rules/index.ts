/** Every rule, in the order the panel lists them (docs/checklist.md item order). */
import type { Rule } from '../rule';
import { bannedHashtagsRule } from './banned-hashtags';
import { brandRule } from './brand';
import { camelcaseHashtagsRule } from './camelcase-hashtags';
import { duplicateHashtagsRule } from './duplicate-hashtags';
import { emojiRule } from './emoji';
import { hashtagLimitRule } from './hashtag-limit';
import { hashtagRangeRule } from './hashtag-range';
import { lengthRule } from './length';
import { linksRule } from './links';
import { eventLinkRule } from './event-link';
import { unclickableLinksRule } from './unclickable-links';
import { MANUAL_RULES } from './manual';
import { mentionLimitRule } from './mention-limit';
import { placeholdersRule } from './placeholders';
import { privacyRule } from './privacy';
import { sensitiveWordsRule } from './sensitive-words';
import { sourceRule } from './source';
import { consentPhotoRule } from './consent-photo';
import { previewRule } from './preview';
import { videoLengthRule } from './video-length';
import { planApprovedRule } from './plan-approved';

const AUTO_RULES: readonly Rule[] = [
  lengthRule,
  mentionLimitRule,
  hashtagLimitRule,
  hashtagRangeRule,
  bannedHashtagsRule,
  duplicateHashtagsRule,
  brandRule,
  camelcaseHashtagsRule,
  emojiRule,
  previewRule,
  placeholdersRule,
  linksRule,
  eventLinkRule,
  unclickableLinksRule,
  sourceRule,
  sensitiveWordsRule,
  privacyRule,
  consentPhotoRule,
  videoLengthRule,
  planApprovedRule,
];

export const RULES: readonly Rule[] = [...AUTO_RULES, ...MANUAL_RULES].sort(
  (a, b) => a.item - b.item,
);
