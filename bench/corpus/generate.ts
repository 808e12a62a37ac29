import { CONTEXT_SENTENCES } from './context-sentences.ts';
import type { Gazetteer, Place } from './gazetteer.ts';
import { createRandom, docSeed, type Random } from './random.ts';
import {
  AGENCIES,
  CENTRES,
  FILLER_SENTENCES,
  PLATFORMS,
  POLICIES,
  PROGRAMS,
  RELATION_SENTENCES,
  TITLES,
  TOPICS,
} from './templates.ts';

/** One line of the corpus JSONL: the shape `govkg extract --jsonl` and `govkg ingest` read. */
export interface CorpusDoc {
  doc: string;
  title: string;
  date: string;
  text: string;
}

export interface CorpusOptions {
  seed: number;
  count: number;
  /** First document number (default 0): lets a larger corpus extend a smaller one exactly. */
  from?: number;
  /** How the documents read (default `dense`). */
  profile?: CorpusProfileName;
}

export interface CorpusProfile {
  /** Share of sentences after the first that state a relation; the rest are context. */
  relationShare: number;
  /** Sentences after the first: uniform in [min, max]. */
  moreSentences: readonly [number, number];
  context: readonly string[];
}

/**
 * - `bulletin` reads like the real releases of the development set: per 1,000 characters about as many
 *   sentences, mentions and relations (bench/RESULTS.md compares them in each run). Extraction's
 *   throughput target is measured on it.
 * - `dense` states a relation in every other sentence: 3–4× the mentions and relations per character of
 *   real text. It packs 1.6M relations into 100k documents for the loading, scaling and path figures,
 *   and it is how every corpus read before the profiles existed (same documents, same seed).
 */
export const CORPUS_PROFILES = {
  dense: { relationShare: 0.55, moreSentences: [5, 15], context: FILLER_SENTENCES },
  bulletin: {
    relationShare: 0.1,
    moreSentences: [8, 14],
    context: CONTEXT_SENTENCES,
  },
} as const satisfies Record<string, CorpusProfile>;

export type CorpusProfileName = keyof typeof CORPUS_PROFILES;

const RELATION_KINDS = Object.keys(RELATION_SENTENCES) as (keyof typeof RELATION_SENTENCES)[];

/** Yields `count` documents; document n depends only on (seed, n), never on the corpus size. */
export function* generateCorpus(gaz: Gazetteer, opts: CorpusOptions): Generator<CorpusDoc> {
  const from = opts.from ?? 0;
  for (let n = from; n < from + opts.count; n++) yield generateDoc(gaz, opts.seed, n, opts.profile);
}

export function generateDoc(
  gaz: Gazetteer,
  seed: number,
  n: number,
  profileName: CorpusProfileName = 'dense',
): CorpusDoc {
  const profile: CorpusProfile = CORPUS_PROFILES[profileName];
  const rnd = createRandom(docSeed(seed, n));
  const lead = pickPlace(gaz, rnd, rnd.pick(gaz.provinces));
  // Half the partners are neighbours in the same province, half are anywhere in the country.
  const partner = () =>
    pickPlace(gaz, rnd, rnd.chance(0.5) ? provinceOf(gaz, lead) : rnd.pick(gaz.provinces));
  const partners = [partner(), partner()];
  const topic = rnd.pick(TOPICS);
  const doc: DocPlan = { lead, leadAgency: agency(rnd, lead), partners, topic, rnd, gaz };

  const sentences: string[] = [fill(doc, rnd.pick(RELATION_SENTENCES[rnd.pick(RELATION_KINDS)]))];
  const more = rnd.int(...profile.moreSentences);
  for (let i = 0; i < more; i++) {
    const template = rnd.chance(profile.relationShare)
      ? rnd.pick(RELATION_SENTENCES[rnd.pick(RELATION_KINDS)])
      : rnd.pick(profile.context);
    // Paragraph breaks now and then, as in real releases.
    sentences.push((rnd.chance(0.2) ? '\n' : '') + fill(doc, template));
  }
  const year = rnd.int(2019, 2025);
  const date = `${year}-${pad(rnd.int(1, 12))}-${pad(rnd.int(1, 28))}`;
  const id = profileName === 'dense' ? `bench-${seed}-${n}` : `bench-${profileName}-${seed}-${n}`;
  return { doc: id, title: fill(doc, rnd.pick(TITLES)), date, text: sentences.join('') };
}

interface DocPlan {
  lead: Place;
  leadAgency: string;
  partners: Place[];
  topic: string;
  rnd: Random;
  gaz: Gazetteer;
}

function provinceOf(gaz: Gazetteer, place: Place): Place {
  return gaz.provinces.find((p) => p.code === place.province) ?? place;
}

/** A province-level place, one of its cities, or one of its counties (4 : 4 : 2). */
function pickPlace(gaz: Gazetteer, rnd: Random, province: Place): Place {
  const inside = gaz.byProvince.get(province.code);
  const r = rnd.next();
  if (r < 0.4 || !inside) return province;
  if (r < 0.8 && inside.cities.length > 0) return rnd.pick(inside.cities);
  return inside.counties.length > 0 ? rnd.pick(inside.counties) : province;
}

function agency(rnd: Random, place: Place): string {
  return place.name + rnd.pick(AGENCIES[place.level]);
}

/** Two distinct cities (counties for municipalities) of the place's province, for pilot lists. */
function localPlaces(plan: DocPlan): [Place, Place] {
  const inside = plan.gaz.byProvince.get(plan.lead.province);
  const pool = inside && inside.cities.length >= 2 ? inside.cities : (inside?.counties ?? []);
  if (pool.length < 2) return [plan.lead, plan.partners[0]!];
  const [a, b] = plan.rnd.sample(pool, 2);
  return [a!, b!];
}

function named(plan: DocPlan, patterns: readonly string[], place: Place, topic: string): string {
  return plan.rnd.pick(patterns).replace('{R}', place.short).replace('{T}', topic);
}

/** Fills one template; a slot used twice in a sentence gets the same value. */
function fill(plan: DocPlan, template: string): string {
  const { rnd, lead, partners } = plan;
  const values = new Map<string, string>();
  const topic2 = rnd.pick(TOPICS);
  const slot = (name: string): string => {
    switch (name) {
      case 'A':
        // The lead agency recurs through the document, as in a release about its own work.
        return rnd.chance(0.7) ? plan.leadAgency : agency(rnd, lead);
      case 'B':
        return agency(rnd, partners[0]!);
      case 'C':
        return agency(rnd, partners[1]!);
      case 'RA':
        return lead.short;
      case 'RB':
        return partners[0]!.short;
      case 'RC':
        return partners[1]!.short;
      case 'CITY1':
      case 'CITY2': {
        const [c1, c2] = localPlaces(plan);
        values.set('CITY1', c1.short);
        values.set('CITY2', c2.short);
        return name === 'CITY1' ? c1.short : c2.short;
      }
      case 'TOPIC':
        return plan.topic;
      case 'TOPIC2':
        return topic2 === plan.topic ? rnd.pick(TOPICS) : topic2;
      case 'PROGRAM':
        return named(plan, PROGRAMS, lead, plan.topic);
      case 'CENTRE':
        return named(plan, CENTRES, lead, plan.topic);
      case 'PLATFORM':
        return named(plan, PLATFORMS, lead, plan.topic);
      case 'POLICY':
        return named(plan, POLICIES, lead, plan.topic);
      case 'DATE':
        return `${rnd.int(1, 12)}月${rnd.int(1, 28)}日`;
      case 'N':
        return String(rnd.int(2, 300));
      case 'YEAR':
        return String(rnd.int(2025, 2030));
      default:
        throw new Error(`E_TEMPLATE: unknown slot {${name}} in "${template}"`);
    }
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    let value = values.get(name);
    if (value === undefined) {
      value = slot(name);
      values.set(name, value);
    }
    return value;
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
