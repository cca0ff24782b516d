// The service worker's XML parser for the SLiMS catalogue, run on first use (lib/worker-parts).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { providePart } from '@/lib/worker-parts/registry';

export default defineUnlistedScript(() => providePart('xml', { XMLParser, XMLValidator }));
