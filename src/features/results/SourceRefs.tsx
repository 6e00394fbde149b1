import type { SourceId } from '../../knowledge/sources';

/** The anchor id of a source in the page's source list. */
export function sourceAnchor(id: SourceId): string {
  return `results-source-${id}`;
}

/** Small superscript links from a claim to the sources it rests on, e.g. [S18]. */
export function SourceRefs({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <sup className="results-refs">
      {ids.map((id) => (
        <a key={id} href={`#${sourceAnchor(id)}`}>
          <span aria-hidden="true">[{id}]</span>
          <span className="visually-hidden">Source {id}</span>
        </a>
      ))}
    </sup>
  );
}
