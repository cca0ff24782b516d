import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = (require('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface AxeSummary {
  violations: AxeViolation[];
  /** How many rules passed on at least one node: proof that axe saw the panel's content. */
  passes: number;
}

/**
 * Runs axe-core on Sapa's panel (its shadow host and everything in its shadow root) in the real
 * page. The source goes in through the debugger protocol, so the site's strict CSP does not block
 * it the way a script tag would be blocked.
 */
export async function axePanel(frame: Page | Frame): Promise<AxeSummary> {
  const loaded = await frame.evaluate(() => 'axe' in window);
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const host = document.querySelector('[data-sapa="panel"]');
    if (!host) throw new Error('no Sapa panel host on this page');
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(host, {
      rules: { 'color-contrast': { enabled: true } },
      resultTypes: ['violations'],
    });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      passes: result.passes.length,
    };
  });
}

interface AxeApi {
  run(
    context: Element,
    options: Record<string, unknown>,
  ): Promise<{ violations: AxeViolation[]; passes: unknown[] }>;
}

/** Violations a screen-reader or low-vision user would be blocked or seriously slowed by. */
export function blocking(summary: AxeSummary): AxeViolation[] {
  return summary.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes
          .map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trimEnd())
          .join('\n'),
    )
    .join('\n');
}
