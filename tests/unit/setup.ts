import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// On a loaded two-core machine a panel's first render over the database can take more than
// Testing Library's default second; waiting longer changes no result, only the patience.
configure({ asyncUtilTimeout: 5000 });
