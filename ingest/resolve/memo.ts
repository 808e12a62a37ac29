import type { RegionEntry } from '../lexicons/index.ts';
import type { RecognizerTables } from '../recognize/tables.ts';
import type { Entity, Mention } from '../types.ts';
import type { DocPlaces } from './context.ts';

/** Resolves one mention against the article's places: a pure function of type, rule, surface and places. */
export type ResolveFn = (
  m: Mention,
  t: RecognizerTables,
  places: DocPlaces,
) => Omit<Entity, 'aliases'> | undefined;

/** Which fields of DocPlaces one resolution read, as bits. */
const PROVINCE = 1;
const CITY = 2;
const COUNTY = 4;
const FTZ = 8;

/**
 * DocPlaces that notes which fields are read: a resolution that read only the province is the same in
 * every article with that province, whatever its city.
 */
class ReadPlaces implements DocPlaces {
  read = 0;
  constructor(private readonly of: DocPlaces) {}
  get province(): RegionEntry | undefined {
    this.read |= PROVINCE;
    return this.of.province;
  }
  get city(): RegionEntry | undefined {
    this.read |= CITY;
    return this.of.city;
  }
  get county(): RegionEntry | undefined {
    this.read |= COUNTY;
    return this.of.county;
  }
  get ftz(): boolean | undefined {
    this.read |= FTZ;
    return this.of.ftz;
  }
}

/** One remembered resolution: what it was for, the places it read (and their values), what it gave. */
interface Known {
  type: string;
  rule: string;
  read: number;
  province: RegionEntry | undefined;
  city: RegionEntry | undefined;
  county: RegionEntry | undefined;
  ftz: boolean | undefined;
  e: Omit<Entity, 'aliases'> | undefined;
}

/** Whether the places agree with a remembered resolution on every field it read. */
function sameReads(k: Known, p: DocPlaces): boolean {
  return (
    ((k.read & PROVINCE) === 0 || k.province === p.province) &&
    ((k.read & CITY) === 0 || k.city === p.city) &&
    ((k.read & COUNTY) === 0 || k.county === p.county) &&
    ((k.read & FTZ) === 0 || k.ftz === p.ftz)
  );
}

/** Surfaces remembered before the memo starts over: it only bounds memory on a huge run. */
const CAP = 50_000;

/**
 * resolveMention remembered across documents: names and places repeat from article to article, and a
 * resolution is a pure function of the mention's type, rule and surface and of the places it read
 * (recorded as it runs). Results are shared, callers must not change them; their `confidence` is that of
 * the first mention resolved, so callers take confidence from their own mention.
 */
export class ResolveMemo {
  private readonly bySurface = new Map<string, Known[]>();
  constructor(
    private readonly resolve: ResolveFn,
    private readonly t: RecognizerTables,
  ) {}

  get(m: Mention, places: DocPlaces): Omit<Entity, 'aliases'> | undefined {
    const known = this.bySurface.get(m.surface);
    if (known) {
      for (const k of known) if (k.type === m.type && k.rule === m.rule && sameReads(k, places)) return k.e;
    }
    const reading = new ReadPlaces(places);
    const e = this.resolve(m, this.t, reading);
    const entry: Known = {
      type: m.type,
      rule: m.rule,
      read: reading.read,
      province: places.province,
      city: places.city,
      county: places.county,
      ftz: places.ftz,
      e,
    };
    if (known) known.push(entry);
    else {
      if (this.bySurface.size >= CAP) this.bySurface.clear();
      this.bySurface.set(m.surface, [entry]);
    }
    return e;
  }
}
