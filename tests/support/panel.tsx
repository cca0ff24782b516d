/**
 * Renders the panel against the real background: a fresh database over fake-indexeddb with the
 * first-run seeds, the real router, and the real client, with a structured clone each way as the
 * extension's messaging does.
 */
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { vi } from 'vitest';
import { handleRequest } from '@/lib/background/router';
import { createPanelStore, type PanelState } from '@/lib/panel/panel-store';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { fakeClock, freshDb } from '@/tests/support/db';
import type { Locale } from '@/lib/i18n';
import { createSapaClient } from '@/lib/messaging';
import type { PlatformId } from '@/lib/db/types';
import { Panel } from '@/components/panel/Panel';

const open: SapaDb[] = [];

export async function closeDatabases() {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
}

/** A library in use: seeded, its first-run welcome finished unless `welcomeDone` is false. */
export async function setupBackground(options: { welcomeDone?: boolean } = {}) {
  const db = freshDb('sapa-panel');
  open.push(db);
  const clock = fakeClock();
  const repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await applySeeds(db, clock.now());
  if (options.welcomeDone ?? true)
    await repos.settings.set('welcome', { status: 'done', at: clock.now(), platforms: [] });
  const client = createSapaClient((message) =>
    handleRequest(db, repos, structuredClone(message)).then((res) => structuredClone(res)),
  );
  return { db, repos, clock, client };
}

export async function renderPanel(
  options: {
    platform?: PlatformId;
    locale?: Locale;
    state?: Partial<PanelState>;
    background?: Awaited<ReturnType<typeof setupBackground>>;
  } = {},
) {
  const background = options.background ?? (await setupBackground());
  const store = createPanelStore(options.platform ?? 'instagram', options.locale ?? 'en');
  if (options.state) store.setState(options.state);
  const onInsert = vi.fn();
  const onRestore = vi.fn();
  const onKeep = vi.fn();
  const onEscape = vi.fn();
  const onUndo = vi.fn();
  const view = render(
    <Panel
      store={store}
      client={background.client}
      onInsert={onInsert}
      onRestore={onRestore}
      onKeep={onKeep}
      onEscape={onEscape}
      onUndo={onUndo}
    />,
  );
  return { ...view, ...background, store, onInsert, onRestore, onKeep, onEscape, onUndo };
}

/** Serious and critical axe violations in the rendered panel (contrast cannot be computed here). */
export async function seriousViolations(container: Element) {
  // jsdom has no canvas; axe copes without one, but jsdom would log "not implemented".
  const canvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const result = await axe
    .run(container, { rules: { 'color-contrast': { enabled: false } } })
    .finally(() => canvas.mockRestore());
  if (result.passes.length === 0) throw new Error('axe checked nothing');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
