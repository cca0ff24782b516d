/**
 * Platform limits as data. Limits change without notice: every figure carries the date it was
 * last checked and where it comes from, so it can be re-checked and updated in one place.
 *
 * The figures dated 2026-11-21 were taken from the team's platform research (the Limits table
 * of docs/platforms.md) on that date; the sources named are where each figure is published and where
 * to re-check it. Update `checked` whenever a figure is verified against its source again.
 */
import type { PlatformId } from './types';

export interface Sourced<T> {
  value: T;
  /** ISO date (YYYY-MM-DD) the figure was last checked. */
  checked: string;
  source: string;
}

export interface HashtagRange {
  min: number;
  max: number;
}

export interface PlatformLimits {
  name: string;
  /** How text length is counted. */
  counting: 'twitter-weighted' | 'graphemes';
  maxLength: Sourced<number>;
  /** X Premium accounts only. */
  premiumMaxLength?: Sourced<number>;
  /** Hard limit on hashtags per post, when the platform has one. */
  maxHashtags?: Sourced<number>;
  /** Hard limit on @-mentions per post, when the platform has one. */
  maxMentions?: Sourced<number>;
  /** Hashtags the platform or library guidance recommends per post. */
  recommendedHashtags?: Sourced<HashtagRange>;
  /** Characters shown before the "more" cut, when known. */
  previewLength?: Sourced<number>;
  /** Links typed in the text become clickable. */
  clickableLinks: boolean;
  /** Longest video, in seconds, that still suits the platform's short format (advice). */
  shortVideoSeconds?: Sourced<number>;
}

export type ExtraPlatformId = 'threads' | 'bluesky' | 'mastodon' | 'linkedin';

const TWITTER_TEXT = 'twitter-text 3.1.0 configs.defaults (v3: maxWeightedTweetLength 280)';

export const PLATFORM_LIMITS: Readonly<Record<PlatformId, PlatformLimits>> = {
  x: {
    name: 'X',
    counting: 'twitter-weighted',
    maxLength: { value: 280, checked: '2026-11-21', source: TWITTER_TEXT },
    premiumMaxLength: {
      value: 25_000,
      checked: '2026-11-21',
      source: 'X Help Center, "About X Premium" (longer posts up to 25,000 characters)',
    },
    recommendedHashtags: {
      value: { min: 1, max: 2 },
      checked: '2026-11-21',
      source: 'X Help Center, "How to use hashtags" (no more than 2 recommended)',
    },
    clickableLinks: true,
  },
  instagram: {
    name: 'Instagram',
    counting: 'graphemes',
    maxLength: {
      value: 2_200,
      checked: '2026-11-21',
      source: 'Instagram Graph API, media publishing reference (caption max 2,200 characters)',
    },
    maxHashtags: {
      value: 5,
      checked: '2026-11-21',
      source: 'Instagram announcement, December 2025: 5 hashtags per post (was 30)',
    },
    maxMentions: {
      value: 20,
      checked: '2026-11-21',
      source: 'Instagram Graph API, media publishing reference (20 @-tags per caption)',
    },
    recommendedHashtags: {
      value: { min: 1, max: 5 },
      checked: '2026-11-21',
      source: 'Instagram limit of 5 since December 2025',
    },
    previewLength: {
      value: 125,
      checked: '2026-11-21',
      source: 'Instagram feed truncates captions after about 125 characters ("more")',
    },
    clickableLinks: false,
  },
  facebook: {
    name: 'Facebook',
    counting: 'graphemes',
    maxLength: {
      value: 63_206,
      checked: '2026-11-21',
      source: 'Facebook post character limit, widely documented figure (63,206)',
    },
    recommendedHashtags: {
      value: { min: 1, max: 2 },
      checked: '2026-11-21',
      source: 'Meta Business guidance on hashtags; library social-media guidance: a few hashtags',
    },
    clickableLinks: true,
  },
  tiktok: {
    name: 'TikTok',
    counting: 'graphemes',
    maxLength: {
      value: 2_200,
      checked: '2026-11-21',
      source: 'TikTok Content Posting API reference (title up to 2,200 characters)',
    },
    maxHashtags: {
      value: 5,
      checked: '2026-11-21',
      source: 'Reported TikTok change, August–September 2025: 5 hashtags per post',
    },
    recommendedHashtags: {
      value: { min: 1, max: 5 },
      checked: '2026-11-21',
      source: 'TikTok limit of 5 since August–September 2025',
    },
    clickableLinks: false,
    shortVideoSeconds: {
      value: 90,
      checked: '2026-12-01',
      source:
        "Library social-media guidance: respect TikTok's short-video format, about a minute " +
        '(90 s leaves room); TikTok itself accepts much longer uploads, depending on the account',
    },
  },
};

/** Extra platforms, for when their composers are supported. Not used by the four adapters yet. */
export const EXTRA_PLATFORM_LIMITS: Readonly<Record<ExtraPlatformId, PlatformLimits>> = {
  threads: {
    name: 'Threads',
    counting: 'graphemes',
    maxLength: {
      value: 500,
      checked: '2026-11-21',
      source: 'Threads API reference (500 characters)',
    },
    maxHashtags: { value: 1, checked: '2026-11-21', source: 'Threads: one topic tag per post' },
    recommendedHashtags: {
      value: { min: 0, max: 1 },
      checked: '2026-11-21',
      source: 'Threads: one topic tag per post',
    },
    clickableLinks: true,
  },
  bluesky: {
    name: 'Bluesky',
    counting: 'graphemes',
    maxLength: {
      value: 300,
      checked: '2026-11-21',
      source: 'bluesky-social/social-app MAX_GRAPHEME_LENGTH = 300',
    },
    clickableLinks: true,
  },
  mastodon: {
    name: 'Mastodon',
    counting: 'graphemes',
    maxLength: {
      value: 500,
      checked: '2026-11-21',
      source: 'mastodon/mastodon default MAX_CHARS 500 (per server; each URL counts 23)',
    },
    clickableLinks: true,
  },
  linkedin: {
    name: 'LinkedIn',
    counting: 'graphemes',
    maxLength: {
      value: 3_000,
      checked: '2026-11-21',
      source: 'LinkedIn post limit (3,000 characters)',
    },
    recommendedHashtags: {
      value: { min: 3, max: 5 },
      checked: '2026-11-21',
      source: 'LinkedIn guidance: 3–5 hashtags',
    },
    clickableLinks: true,
  },
};

/** The length limit that applies to this post. */
export function lengthLimit(platform: PlatformId, xPremium = false): number {
  const limits = PLATFORM_LIMITS[platform];
  if (xPremium && limits.premiumMaxLength) return limits.premiumMaxLength.value;
  return limits.maxLength.value;
}
