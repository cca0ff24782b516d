import { CONTROL_CHAR_RE, LONE_SURROGATE_RE } from '@/lib/text';
import { formatPath, packError, type PackError } from './messages';
import { LIMITS } from './schema';

/**
 * Walks parsed JSON without recursion (deep junk cannot overflow the stack) and refuses:
 * nesting deeper than LIMITS.depth, strings longer than `maxString` (LIMITS.anyString for packs
 * and synced documents; backups pass the draft limit, drafts being longer), control characters
 * or broken UTF-16 in any string or key, and more than LIMITS.nodes values in total.
 * Markup (`<script>`, HTML, Markdown) is NOT refused: Sapa stores it as plain text and never
 * interprets it. Stops at the first few problems.
 */
export function checkStructure(
  root: unknown,
  maxErrors = 20,
  maxString: number = LIMITS.anyString,
): PackError[] {
  const errors: PackError[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length && errors.length < maxErrors) {
    const { value, path } = stack.pop()!;
    if (++nodes > LIMITS.nodes) {
      errors.push(
        packError('', 'berkas berisi terlalu banyak data', 'the file holds too much data'),
      );
      break;
    }
    if (typeof value === 'string') {
      const where = formatPath(path);
      if (value.length > maxString) {
        errors.push(
          packError(
            where,
            `teks terlalu panjang (maks ${maxString} karakter)`,
            `text too long (max ${maxString} characters)`,
          ),
        );
      } else if (CONTROL_CHAR_RE.test(value)) {
        errors.push(
          packError(
            where,
            'berisi karakter kontrol yang tidak diizinkan',
            'contains control characters that are not allowed',
          ),
        );
      } else if (LONE_SURROGATE_RE.test(value)) {
        errors.push(
          packError(
            where,
            'berisi teks yang rusak (UTF-16 tidak lengkap)',
            'contains broken text (incomplete UTF-16)',
          ),
        );
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= LIMITS.depth) {
      errors.push(
        packError(
          formatPath(path),
          `susunan data terlalu dalam (maks ${LIMITS.depth} tingkat)`,
          `data nested too deeply (max ${LIMITS.depth} levels)`,
        ),
      );
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (
        key.length > LIMITS.keyLength ||
        CONTROL_CHAR_RE.test(key) ||
        LONE_SURROGATE_RE.test(key)
      ) {
        errors.push(
          packError(
            formatPath(path),
            'berisi nama kolom yang tidak valid',
            'contains an invalid field name',
          ),
        );
        break;
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return errors;
}

/**
 * Nesting depth of raw JSON text, stopping once past `limit`; string contents are skipped.
 * Run before JSON.parse so absurdly deep input gets a clear message, not a stack overflow.
 */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
