// A factor's band (decided by scoring) as the words people read, in one place for every page.
import type { Band } from '../scoring';

/** A band's words: on its own (a factor card's label) and inside a line ("Iron (possible)"). */
export interface BandWords {
  readonly label: string;
  readonly inline: string;
}

const bandWords = {
  likely: { label: 'Likely worth checking', inline: 'likely' },
  possible: { label: 'Possible', inline: 'possible' },
  unlikely: { label: 'Unlikely', inline: 'unlikely' },
} as const satisfies Record<Band, BandWords>;

/** The words for each band. */
export const BAND_WORDS: Readonly<Record<Band, BandWords>> = bandWords;
