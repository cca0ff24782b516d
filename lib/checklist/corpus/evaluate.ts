/**
 * Precision and recall of each rule on the labelled corpus: a rule "flags" a caption when it
 * fails at `warn` or `block` (info is advice and does not count).
 */
import { brandForChecklist } from '../brand-kit';
import { runChecklist } from '../registry';
import { defaultSettings, type ChecklistSettings } from '../settings';
import { CORPUS, CORPUS_BANNED, CORPUS_BRAND_KIT, type CorpusCaption } from './captions';

export interface RuleScore {
  ruleId: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / (TP + FP); null when the rule flagged nothing. */
  precision: number | null;
  /** TP / (TP + FN); null when no caption expects the rule. */
  recall: number | null;
}

export interface CaptionOutcome {
  caption: CorpusCaption;
  flagged: string[];
  /** Expected but not flagged. */
  missed: string[];
  /** Flagged but not expected. */
  falseAlarms: string[];
}

export function corpusSettings(): ChecklistSettings {
  return { ...defaultSettings(), bannedHashtags: [...CORPUS_BANNED] };
}

export function flaggedRules(caption: CorpusCaption, settings: ChecklistSettings): string[] {
  return runChecklist(
    {
      text: caption.text,
      platform: caption.platform,
      brand: brandForChecklist(CORPUS_BRAND_KIT),
      ...(caption.videoSeconds !== undefined ? { videoSeconds: caption.videoSeconds } : {}),
    },
    settings,
  )
    .filter((r) => r.status === 'fail' && r.severity !== 'info')
    .map((r) => r.ruleId);
}

export function evaluateCorpus(
  corpus: readonly CorpusCaption[] = CORPUS,
  settings: ChecklistSettings = corpusSettings(),
): { outcomes: CaptionOutcome[]; scores: RuleScore[]; total: RuleScore } {
  const outcomes = corpus.map((caption) => {
    const flagged = flaggedRules(caption, settings);
    return {
      caption,
      flagged,
      missed: caption.expect.filter((r) => !flagged.includes(r)),
      falseAlarms: flagged.filter((r) => !caption.expect.includes(r)),
    };
  });
  const ids = new Set(outcomes.flatMap((o) => [...o.flagged, ...o.caption.expect]));
  const score = (ruleId: string, tp: number, fp: number, fn: number): RuleScore => ({
    ruleId,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  });
  const scores = [...ids].sort().map((id) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const o of outcomes) {
      const want = o.caption.expect.includes(id);
      const got = o.flagged.includes(id);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    return score(id, tp, fp, fn);
  });
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives') =>
    scores.reduce((n, s) => n + s[k], 0);
  const total = score('all', sum('truePositives'), sum('falsePositives'), sum('falseNegatives'));
  return { outcomes, scores, total };
}
