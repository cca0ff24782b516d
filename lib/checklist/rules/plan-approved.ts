import { pass, fail, type AutoRule } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/**
 * Item 19: a planned post goes out approved (issue #16, item 5). It runs only when the composer's
 * tab has a plan from the team's calendar (opened from it, or picked in the panel); a post
 * without a plan is not the calendar's business. It warns by default; a team that requires
 * approval sets it to Block, and the publish gate then holds an unapproved plan's post, with
 * "Post anyway" recorded as for any other check.
 */
export const planApprovedRule: AutoRule = {
  id: 'plan-approved',
  item: 19,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['plan-approved'],
  title: {
    id: 'Rencana unggahan sudah disetujui',
    en: 'Planned post approved',
  },
  applies: (input) => input.plan !== undefined,
  check(ctx) {
    const plan = ctx.input.plan;
    if (!plan || plan.approved) {
      return pass({
        id: `Rencana "${plan?.title ?? ''}" sudah disetujui`,
        en: `The plan "${plan?.title ?? ''}" is approved`,
      });
    }
    return fail({
      id: `Rencana "${plan.title}" belum disetujui peninjau. Kirim untuk ditinjau dari kalender Sapa, atau tunggu persetujuannya`,
      en: `The plan "${plan.title}" is not approved by its reviewer yet. Send it for review from Sapa's calendar, or wait for the approval`,
    });
  },
};
