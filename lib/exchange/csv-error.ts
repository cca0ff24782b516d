/**
 * A CSV import refused, with each problem in both languages. Its own module: the dashboard's
 * notices tell it apart on every page, without loading the CSV reader with the first page.
 */
import type { LocalizedText } from '@/lib/db/types';

export interface CsvProblem {
  /** 1-based line of the file where the row starts (0 for the file as a whole). */
  line: number;
  message: LocalizedText;
}

export class CsvImportError extends Error {
  override readonly name = 'CsvImportError';
  constructor(readonly problems: CsvProblem[]) {
    super(problems.map((p) => p.message.en).join('\n'));
  }
}
