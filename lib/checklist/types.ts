/**
 * Shared types of the pre-post checklist. Everything in lib/checklist is pure: no DOM, no
 * extension APIs, so the same code runs in the panel, in the background and in Node.
 */

export type { PlatformId } from '@/lib/platforms';
import type { PlatformId } from '@/lib/platforms';
export { PLATFORM_IDS } from '@/lib/platforms';

export type Severity = 'block' | 'warn' | 'info';
export type Status = 'pass' | 'fail' | 'manual';

/** A user-visible sentence in Bahasa Indonesia (`id`) and English (`en`). */
export interface LocalisedText {
  id: string;
  en: string;
}

/** A range of UTF-16 code units in the input text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  label: LocalisedText;
  edits: TextEdit[];
}

export interface CheckResult {
  ruleId: string;
  severity: Severity;
  status: Status;
  message: LocalisedText;
  spans: Span[];
  fixes?: Fix[];
  /** Manual items only: whether the person has ticked it. */
  ticked?: boolean;
  /** Manual items only: the team marked the item as required before publishing. */
  required?: boolean;
}

export interface BrandKit {
  libraryName?: string;
  requiredHashtags: string[];
  requiredMentions: string[];
  /** The library's own public phone numbers and e-mail addresses: never flagged as private. */
  publicContacts?: string[];
}

export interface ChecklistInput {
  text: string;
  platform: PlatformId;
  xPremium?: boolean;
  brand?: BrandKit;
  /** Manual ticks by rule id. */
  ticks?: Record<string, boolean>;
  now?: Date;
  /**
   * Length in seconds of the video being posted, when the page shows one (TikTok's uploader has
   * a <video> preview; the content script reads it). Absent when unknown.
   */
  videoSeconds?: number;
  /**
   * The team's planned post this composer's tab is for (opened from the calendar or picked in
   * the panel), and whether it is approved. Absent when the post has no plan.
   */
  plan?: { title: string; approved: boolean };
}
