/**
 * zod schemas over `textProblem` (lib/text/index.ts), the one check of text that comes into
 * Sapa from anywhere (docs/reliability.md, "One validation for every way in"). Kept apart from
 * the pure helpers so modules that only need `textProblem` do not load zod. Written with zod's mini
API: the dashboard's first chunk uses these, and the classic API would bring 30 kB more to it.
 */
import { z } from 'zod/mini';
import { textProblem, type TextKind } from './index';

/** `textProblem` as a zod refinement; the issue carries `params: { id, en }` like the packs'. */
function refineText(kind: TextKind) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: 'custom', params: { ...problem }, input: value });
  };
}

/** A required one-line name: trimmed, 1 to `max` characters, passing `textProblem(…, 'name')`. */
export const safeName = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.superRefine(refineText('name')));

/** An optional one-line label (may be empty), up to `max` characters. */
export const safeLabel = (max: number) =>
  z.string().check(z.maxLength(max), z.superRefine(refineText('name')));

/** Free text up to `max` characters, passing `textProblem(…, 'text')`. */
export const safeText = (max: number) =>
  z.string().check(z.maxLength(max), z.superRefine(refineText('text')));
