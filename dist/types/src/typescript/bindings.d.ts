import { type MappedText } from "./mapped-text.js";
import { type StaticValue } from "./static-values.js";
/**
 * Fills the binding markers of raw SQL the way the tool does before sending it: Knex's `?`
 * (value) and `??` (identifier), `:name` and `:name:`; Sequelize's `?` and `:name` replacements.
 * A value known only at run time becomes a parameter (`$1`), an identifier a quoted placeholder;
 * the substituted text maps to the marker's position in the file.
 */
export declare function substituteBindings(sql: MappedText, bindings: StaticValue | undefined, style: "knex" | "sequelize"): MappedText;
interface Rendered {
    text: string;
    /** The expression a placeholder stands for, when the value is not static. */
    placeholder?: string;
}
/** A SQL literal for a static value; a parameter for one known only at run time. */
export declare function renderValue(value: StaticValue | undefined, parameter: () => string): Rendered;
export {};
