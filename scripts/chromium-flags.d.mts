/** The command-line flags every Chromium that LegCheck starts runs with (see chromium-flags.mjs). */
export declare const CHROMIUM_FLAGS: readonly string[];
