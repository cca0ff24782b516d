/**
 * Putting the content script into the tabs that were already open when Sapa was installed or
 * updated. Chromium runs a manifest's content scripts only on pages loaded after the extension
 * starts, so after an update the composer tabs keep a copy cut off from the extension, which can
 * no longer save drafts, until the person reloads them. The background injects the new version
 * there itself (the `scripting` permission; `tabs.executeScript` where only that exists); the
 * copies hand over through `handover.ts`, and the new one saves the text the old one could not
 * (lib/drafts/draft-keeper.ts, `UNSAVED_ATTRIBUTE`).
 *
 * Firefox already injects manifest content scripts into open pages when an extension starts,
 * installs or updates (Rob Wu, Mozilla, in w3c/webextensions#1009; webext-inject-on-install is
 * off in Firefox for this reason), so nothing is injected there.
 */

interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  all_frames?: boolean;
}

interface TabLike {
  id?: number;
  discarded?: boolean;
}

export interface ReinjectApis {
  /** `runtime.getManifest()`: the built file names of the content scripts and their matches. */
  manifest: { content_scripts?: ManifestContentScript[] };
  tabs: {
    query(query: { url: string[] }): Promise<TabLike[]>;
    /** Manifest V2's way in, used when `scripting` is missing. */
    executeScript?(tabId: number, details: { file: string; allFrames?: boolean }): Promise<unknown>;
  };
  scripting?: {
    executeScript(injection: {
      target: { tabId: number; allFrames?: boolean };
      files: string[];
    }): Promise<unknown>;
  };
  /** The browser injects manifest content scripts into open tabs itself (Firefox). */
  injectsItself: boolean;
  log?: (message: string, error?: unknown) => void;
}

/** Why `runtime.onInstalled` fired; a browser update leaves the extension's copies connected. */
export function reinjectsOn(reason: string): boolean {
  return reason === 'install' || reason === 'update';
}

async function injectInto(apis: ReinjectApis, tabId: number, script: ManifestContentScript) {
  const files = script.js ?? [];
  const allFrames = script.all_frames ?? false;
  if (apis.scripting) {
    await apis.scripting.executeScript({ target: { tabId, allFrames }, files });
    return;
  }
  for (const file of files) await apis.tabs.executeScript?.(tabId, { file, allFrames });
}

/** Injects each manifest content script into the open tabs it matches; returns how many tabs. */
export async function reinjectContentScripts(apis: ReinjectApis): Promise<number> {
  if (apis.injectsItself) return 0;
  let injected = 0;
  for (const script of apis.manifest.content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await apis.tabs.query({ url: script.matches });
    // A discarded tab loads afresh, with the manifest's scripts, when the person returns to it.
    const open = tabs.filter((tab) => tab.id !== undefined && !tab.discarded);
    const results = await Promise.allSettled(
      open.map((tab) => injectInto(apis, tab.id as number, script)),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') injected += 1;
      // A tab still loading or showing an error page cannot be scripted: it gets the manifest's
      // scripts when it loads.
      else apis.log?.('injecting the content script into an open tab failed', result.reason);
    }
  }
  return injected;
}
