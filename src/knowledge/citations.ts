// Pages that cite sources (the results page, the summary for a doctor) list at their end exactly
// the sources they cited: one collector, so both count and order them the same way.
import type { Source, SourceId } from './sources';
import { SOURCES } from './sources';

/** A source cited on a page, as its list of sources shows it. */
export interface CitedSource {
  id: SourceId;
  title: string;
  url: string;
}

/**
 * The title a list of sources shows. A source marked secondary (no primary page with its fact was
 * found, issue 11) says so, so no one takes the summary for the original.
 */
export function citedTitle(source: Source): string {
  return source.secondary === true
    ? `${source.title} (a summary by others: no original page with this fact was found)`
    : source.title;
}

/** Every source id of `items` once, in the order first met (e.g. the foods of one list). */
export function sourceIdsOf(items: readonly { sourceIds: readonly SourceId[] }[]): SourceId[] {
  return [...new Set(items.flatMap((item) => item.sourceIds))];
}

/**
 * Collects the source ids a page cites while it is built: `cite` passes its ids through (so it
 * can wrap a citation in place), `list` gives each cited source once, in number order (S1, S2,
 * ... S81), so a reader can find [S18] by scanning down.
 */
export function createCitations() {
  const seen = new Set<SourceId>();
  return {
    cite(ids: readonly SourceId[]): readonly SourceId[] {
      for (const id of ids) seen.add(id);
      return ids;
    },
    list(): CitedSource[] {
      return [...seen]
        .toSorted((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
        .map((id) => ({ id, title: citedTitle(SOURCES[id]), url: SOURCES[id].url }));
    },
  };
}
