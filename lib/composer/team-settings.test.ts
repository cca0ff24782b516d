import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from '@/lib/checklist';
import type { Locale } from '@/lib/i18n';
import { createSapaClient, failure } from '@/lib/messaging';
import { readTeamChecklist } from '@/lib/gate/team-checklist';
import { createTeamSettings, type TeamSettings } from './team-settings';

/** The team's settings as the checklist reads them at a press. */
const read = (team: TeamSettings) => readTeamChecklist(team.checklist());

/** The background's answers by request type; a test changes them as the dashboard would. */
let answers: Record<string, unknown>;
let locales: Locale[];

const ok = (data: unknown) => ({ ok: true, data });

function teamSettings() {
  const client = createSapaClient(async (message) => answers[(message as { type: string }).type]);
  return createTeamSettings(client, (locale) => locales.push(locale));
}

beforeEach(() => {
  // fakeBrowser leaves the UI language unimplemented; the person's browser speaks English.
  fakeBrowser.i18n.getUILanguage = () => 'en';
  locales = [];
  answers = {
    'checklistSettings.get': ok({ ...defaultSettings(), bannedHashtags: ['#judi'] }),
    'brandKit.get': ok({ libraryName: 'Perpustakaan Kota', signatureHashtags: ['#PerpusKota'] }),
    'settings.get': ok({ locale: 'id', xPremium: true }),
  };
});

describe('the team’s settings in the composer', () => {
  it('are the checklist’s defaults until the background has answered', () => {
    const team = teamSettings();
    expect(read(team)).toEqual({
      settings: defaultSettings(),
      brand: { requiredHashtags: [], requiredMentions: [] },
      xPremium: false,
    });
    expect(locales).toEqual([]);
  });

  it('bring what the team set in the dashboard, and its language', async () => {
    const team = teamSettings();
    await team.refresh();
    expect(read(team).settings.bannedHashtags).toEqual(['#judi']);
    // The one brand-kit reading (lib/checklist brandForChecklist): the signature hashtags, no name.
    expect(read(team).brand).toEqual({
      requiredHashtags: ['PerpusKota'],
      requiredMentions: [],
    });
    expect(read(team).xPremium).toBe(true);
    expect(locales).toEqual(['id']);
  });

  it('follow a change in the dashboard when read again', async () => {
    const team = teamSettings();
    await team.refresh();
    answers['checklistSettings.get'] = ok({ ...defaultSettings(), bannedHashtags: ['#spam'] });
    answers['settings.get'] = ok({ locale: 'en', xPremium: false });
    await team.refresh();
    expect(read(team).settings.bannedHashtags).toEqual(['#spam']);
    expect(read(team).xPremium).toBe(false);
    expect(locales).toEqual(['id', 'en']);
  });

  it('fall back to the defaults for what the background could not give', async () => {
    const team = teamSettings();
    await team.refresh();
    answers['checklistSettings.get'] = failure('unavailable');
    answers['settings.get'] = failure('unavailable');
    await team.refresh();
    expect(read(team).settings).toEqual(defaultSettings());
    expect(read(team).brand.requiredHashtags).toEqual(['PerpusKota']);
    expect(read(team).xPremium).toBe(false);
    expect(locales).toEqual(['id']);
  });

  it('count as the defaults where what came back cannot be read', async () => {
    const team = teamSettings();
    await team.refresh();
    answers['brandKit.get'] = ok({ signatureHashtags: '#PerpusKota' });
    answers['checklistSettings.get'] = ok({ rules: 'none' });
    await team.refresh();
    expect(read(team)).toEqual({
      settings: defaultSettings(),
      brand: { requiredHashtags: [], requiredMentions: [] },
      xPremium: true,
    });
  });
});
