// The order String.prototype.localeCompare gives, for lists shown to the user, from one shared collator:
// localeCompare built its comparison state on every call. The collator (ICU data, ~5 ms) is made on first use.
let collator: Intl.Collator | undefined;

export const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

/** A fixed order for the engine's own decisions (UTF-16 code units): no locale data, the same on every machine. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
