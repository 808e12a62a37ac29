import type { Lexicons } from '../lexicons/index.ts';
import { FormIndex } from './candidate.ts';
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
}

export function buildTables(lex: Lexicons): RecognizerTables {
  const known = new FormIndex<string>();
  for (const [form, full] of lex.knownOrgs) known.add(form, full);
  const agencies = new FormIndex<string>();
  for (const [form, full] of lex.agencyForms) agencies.add(form, full);
  const programs = new FormIndex<string>();
  for (const [form, full] of lex.knownPrograms) programs.add(form, full);
  return { lex, regions: regionForms(lex), known, agencies, programs };
}
