/**
 * SLiMS's dates → `YYYY-MM-DDTHH:MM:SS`, the library's local time. MODS writes the `input_date`
 * column as MySQL writes it ("2026-11-28 09:14:02"); OAI-PMH formats the same column with
 * `date("Y-m-d\TH:i:s\Z")` (lib/oaipmh/oaidp-util.php, formatDatestamp), a literal "Z" on a
 * local time, so the zone is dropped rather than believed.
 */
export function slimsDate(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}:\d{2}))?/.exec(text.trim());
  if (!match) return null;
  return `${match[1]}T${match[2] ?? '00:00:00'}`;
}
