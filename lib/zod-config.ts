// From the mini API: both APIs share this one configuration, and the content script, which
// imports this file too, must not bundle the classic API.
import { z } from 'zod/mini';

// Zod compiles object parsers with `new Function` when it can. Extension pages and MV3 service
// workers forbid eval (and log a CSP violation when it is tried), so Sapa parses without it.
z.config({ jitless: true });
