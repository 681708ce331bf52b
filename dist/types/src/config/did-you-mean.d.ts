/** The candidate closest to a misspelled `input`, when one is close enough to be the likely intent. */
export declare function closest(input: string, candidates: Iterable<string>): string | undefined;
