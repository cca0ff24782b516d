import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it can. Extension pages and MV3 service
// workers forbid eval (and log a CSP violation when it is tried), so Sapa parses without it.
z.config({ jitless: true });
