import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from '@/lib/checklist';
import type { Locale } from '@/lib/i18n';
import { createSapaClient, failure } from '@/lib/messaging';
import { createTeamSettings } from './team-settings';

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
    expect(team.checklist()).toEqual({
      settings: defaultSettings(),
      brand: { requiredHashtags: [], requiredMentions: [] },
      xPremium: false,
    });
    expect(locales).toEqual([]);
  });

  it('bring what the team set in the dashboard, and its language', async () => {
    const team = teamSettings();
    await team.refresh();
    expect(team.checklist().settings.bannedHashtags).toEqual(['#judi']);
    // The one brand-kit reading (lib/checklist brandForChecklist): the signature hashtags, no name.
    expect(team.checklist().brand).toEqual({
      requiredHashtags: ['PerpusKota'],
      requiredMentions: [],
    });
    expect(team.checklist().xPremium).toBe(true);
    expect(locales).toEqual(['id']);
  });

  it('follow a change in the dashboard when read again', async () => {
    const team = teamSettings();
    await team.refresh();
    answers['checklistSettings.get'] = ok({ ...defaultSettings(), bannedHashtags: ['#spam'] });
    answers['settings.get'] = ok({ locale: 'en', xPremium: false });
    await team.refresh();
    expect(team.checklist().settings.bannedHashtags).toEqual(['#spam']);
    expect(team.checklist().xPremium).toBe(false);
    expect(locales).toEqual(['id', 'en']);
  });

  it('fall back to the defaults for what the background could not give', async () => {
    const team = teamSettings();
    await team.refresh();
    answers['checklistSettings.get'] = failure('unavailable');
    answers['settings.get'] = failure('unavailable');
    await team.refresh();
    expect(team.checklist().settings).toEqual(defaultSettings());
    expect(team.checklist().brand.requiredHashtags).toEqual(['PerpusKota']);
    expect(team.checklist().xPremium).toBe(false);
    expect(locales).toEqual(['id']);
  });

  it('keep the last good ones when what came back cannot be read', async () => {
    const team = teamSettings();
    await team.refresh();
    const good = team.checklist();
    answers['brandKit.get'] = ok({ signatureHashtags: '#PerpusKota' });
    answers['settings.get'] = ok({ locale: 'en', xPremium: false });
    await team.refresh();
    expect(team.checklist()).toBe(good);
    expect(locales).toEqual(['id']);
  });
});
