import type { Lexicons } from '../lexicons/index.ts';
import { FormIndex } from './candidate.ts';
import { type FormHits, FormScanner } from './form-index.ts';
import { regionForms } from './regions.ts';

/** The lookup tables the recognizer builds once from the lexicons and keeps in the stage context. */
export interface RecognizerTables {
  lex: Lexicons;
  regions: FormIndex<string>;
  /** Known bodies (国务院, 人社部, 上海交大) → official names. */
  known: FormIndex<string>;
  /** Local government bodies (工信厅, 科学技术局) → full body names. */
  agencies: FormIndex<string>;
  /** Nationally known initiatives → official names. */
  programs: FormIndex<string>;
  /** The four indexes above, scanned together (see `scanForms`). */
  scanner: FormScanner;
}

export function buildTables(lex: Lexicons): RecognizerTables {
  const known = new FormIndex<string>();
  for (const [form, full] of lex.knownOrgs) known.add(form, full);
  const agencies = new FormIndex<string>();
  for (const [form, full] of lex.agencyForms) agencies.add(form, full);
  const programs = new FormIndex<string>();
  for (const [form, full] of lex.knownPrograms) programs.add(form, full);
  const regions = regionForms(lex);
  const scanner = new FormScanner([regions, known, agencies, programs]);
  return { lex, regions, known, agencies, programs, scanner };
}

/** A sentence's forms of each index: what `scan` of each finds, in one pass over the text. */
export interface SentenceForms {
  regions: FormHits;
  known: FormHits;
  agencies: FormHits;
  programs: FormHits;
}

export function scanForms(t: RecognizerTables, text: string): SentenceForms {
  const [regions = [], known = [], agencies = [], programs = []] = t.scanner.scan(text);
  return { regions, known, agencies, programs };
}
