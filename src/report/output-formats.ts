/** The names `--format` accepts; a module of its own so the CLI can list them without loading the formatters. */
export const OUTPUT_FORMATS = ["stylish", "json", "sarif", "github", "markdown"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
