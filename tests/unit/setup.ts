import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// On a loaded two-core machine a panel's first render over the database can take more than
// Testing Library's default second; waiting longer changes no result, only the patience.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no media queries. Chartist (the report's charts) asks for `matchMedia` even without
// responsive options; a query that never matches is what a screen without those options gives.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
