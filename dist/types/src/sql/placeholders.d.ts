export interface RenderedSql {
    text: string;
    /** Maps an offset in `text` to the offset in the original. */
    toOriginal(offset: number): number;
}
export declare function substitutePlaceholders(original: string): RenderedSql | undefined;
