import { withKeys } from '../copy.ts';
import { need, type Stage, type StageContext } from '../pipeline.ts';
import { extractPatterns } from './extract.ts';
import { finalizeRelations, mergeAgreements } from './finalize.ts';
import { loadRelateLexicon, type RelateLexicon } from './lexicon.ts';
import { memberRelations } from './members.ts';
import { withinRelations } from './within.ts';

/** The trigger lexicons, loaded once per context (the first document pays for it). */
function lexiconOf(ctx: StageContext): RelateLexicon {
  ctx.relateLexicon ??= loadRelateLexicon();
  return ctx.relateLexicon as RelateLexicon;
}

/**
 * Extracts relations between resolved entities: trigger patterns (lists, 由/被, 在, carried subjects)
 * for the stated relations, Entity.within for LOCATED_IN / PART_OF. Signings stay whole as Agreements.
 */
export const relate: Stage = {
  name: 'relate',
  requires: ['sentences', 'mentions', 'entities'],
  assigns: ['relations', 'agreements'],
  run(doc, ctx) {
    const sentences = need(doc, 'sentences');
    const found = extractPatterns(doc, sentences, lexiconOf(ctx));
    const { agreements, relations } = mergeAgreements(found.agreements, found.relations);
    return withKeys(doc, {
      relations: finalizeRelations(
        relations.concat(withinRelations(doc, sentences), memberRelations(doc, sentences)),
      ),
      agreements,
    });
  },
};
