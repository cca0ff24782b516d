import { describe, expect, it } from 'vitest';
import { makePlan } from './plan-fixture';
import { allowedActions, transition, type Actor } from './status';

const writer: Actor = { id: 'w', role: 'writer' };
const reviewer: Actor = { id: 'r', role: 'reviewer' };
const otherReviewer: Actor = { id: 'r2', role: 'reviewer' };
const designer: Actor = { id: 'd', role: 'designer' };
const coordinator: Actor = { id: 'c', role: 'coordinator' };
const ids = () => 'comment-1';

const draft = makePlan({ status: 'draft', assignee: 'w', reviewer: 'r' });
const inReview = { ...draft, status: 'in-review' as const };

describe('transition', () => {
  it('a writer sends a draft for review; the change is theirs and newer', () => {
    const result = transition(draft, { kind: 'send-for-review' }, writer, 500, ids);
    expect(result).toMatchObject({
      ok: true,
      plan: { status: 'in-review', updatedBy: 'w', updatedAt: 1_001 },
    });
  });

  it('the checklist’s results travel with the plan; a new sending replaces them', () => {
    const checks = [
      {
        platform: 'instagram' as const,
        ruleId: 'consent-photo',
        severity: 'info' as const,
        status: 'manual' as const,
        ticked: true,
        message: { id: 'Izin?', en: 'Consent?' },
      },
    ];
    const sent = transition(draft, { kind: 'send-for-review', checks }, writer, 5_000, ids);
    expect(sent).toMatchObject({
      ok: true,
      plan: { reviewChecks: { at: 5_000, by: 'w', results: checks } },
    });
    const back = transition(
      (sent as { plan: typeof draft }).plan,
      { kind: 'request-changes', comment: 'Tambah tagar' },
      reviewer,
      6_000,
      ids,
    );
    const again = transition(
      (back as { plan: typeof draft }).plan,
      { kind: 'send-for-review' },
      writer,
      7_000,
      ids,
    );
    expect(again).toMatchObject({ ok: true, plan: { reviewChecks: { at: 7_000, results: [] } } });
  });

  it('no review without a reviewer named', () => {
    const plan = { ...draft, reviewer: undefined };
    expect(transition(plan, { kind: 'send-for-review' }, writer, 5_000, ids)).toEqual({
      ok: false,
      refusal: 'no-reviewer',
      from: 'draft',
    });
  });

  it('the named reviewer approves, with the comment kept', () => {
    const result = transition(
      inReview,
      { kind: 'approve', comment: 'Bagus' },
      reviewer,
      5_000,
      ids,
    );
    expect(result.ok && result.plan.status).toBe('approved');
    expect(result.ok && result.plan.comments).toEqual([
      { id: 'comment-1', by: 'r', at: 5_000, text: 'Bagus', kind: 'approved' },
    ]);
  });

  it('another reviewer, a writer or the author may not approve', () => {
    expect(transition(inReview, { kind: 'approve' }, otherReviewer, 5_000, ids)).toMatchObject({
      ok: false,
      refusal: 'not-permitted',
    });
    expect(transition(inReview, { kind: 'approve' }, writer, 5_000, ids)).toMatchObject({
      ok: false,
      refusal: 'not-permitted',
    });
    const ownReview = { ...inReview, reviewer: undefined, assignee: 'r' };
    expect(transition(ownReview, { kind: 'approve' }, reviewer, 5_000, ids)).toMatchObject({
      ok: false,
      refusal: 'own-work',
    });
  });

  it('asking for changes needs a comment and sends the plan back to draft', () => {
    expect(
      transition(inReview, { kind: 'request-changes', comment: '  ' }, reviewer, 5_000, ids),
    ).toMatchObject({ ok: false, refusal: 'comment-required' });
    const result = transition(
      inReview,
      { kind: 'request-changes', comment: 'Tambahkan jam buka' },
      reviewer,
      5_000,
      ids,
    );
    expect(result).toMatchObject({
      ok: true,
      plan: {
        status: 'draft',
        comments: [{ text: 'Tambahkan jam buka', kind: 'changes-requested', by: 'r' }],
      },
    });
  });

  it('anyone marks an open plan posted (with its post-log entry) or skipped', () => {
    for (const actor of [writer, reviewer, designer, coordinator]) {
      expect(
        transition(inReview, { kind: 'mark-posted', postLogId: 'log-9' }, actor, 5_000, ids),
      ).toMatchObject({ ok: true, plan: { status: 'posted', postLogId: 'log-9' } });
      expect(transition(draft, { kind: 'skip' }, actor, 5_000, ids)).toMatchObject({
        ok: true,
        plan: { status: 'skipped' },
      });
    }
  });

  it('posted is final; approve only from review', () => {
    const posted = { ...draft, status: 'posted' as const };
    for (const kind of ['skip', 'reopen', 'start-draft'] as const)
      expect(transition(posted, { kind }, coordinator, 5_000, ids)).toMatchObject({
        ok: false,
        refusal: 'wrong-status',
        from: 'posted',
      });
    expect(transition(draft, { kind: 'approve' }, reviewer, 5_000, ids)).toMatchObject({
      ok: false,
      refusal: 'wrong-status',
    });
  });

  it('a coordinator may do what the reviewer does', () => {
    expect(transition(inReview, { kind: 'approve' }, coordinator, 5_000, ids)).toMatchObject({
      ok: true,
    });
  });

  it('the input plan is not changed', () => {
    const before = structuredClone(inReview);
    transition(inReview, { kind: 'request-changes', comment: 'x' }, reviewer, 5_000, ids);
    expect(inReview).toEqual(before);
  });
});

describe('allowedActions', () => {
  it('lists what each member may do now', () => {
    expect(allowedActions(inReview, reviewer)).toEqual([
      'approve',
      'request-changes',
      'mark-posted',
      'skip',
    ]);
    expect(allowedActions(inReview, writer)).toEqual(['mark-posted', 'skip']);
    expect(allowedActions(makePlan({ status: 'idea', reviewer: 'r' }), writer)).toEqual([
      'start-draft',
      'send-for-review',
      'mark-posted',
      'skip',
    ]);
  });
});
