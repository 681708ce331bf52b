import type * as TS from "typescript";
import type { TypeScriptApi } from "./compiler.js";
import { type MappedText } from "./mapped-text.js";
/**
 * What an expression of a migration evaluates to, as far as reading the file can tell. Migrations
 * are never run: constants, string concatenation, templates, object and array literals, enum
 * members and class properties are followed; anything else is `dynamic`.
 */
export type StaticValue = {
    kind: "string";
    text: MappedText;
    node: TS.Node;
} | {
    kind: "number";
    value: number;
    node: TS.Node;
} | {
    kind: "boolean";
    value: boolean;
    node: TS.Node;
} | {
    kind: "null";
    node: TS.Node;
} | {
    kind: "array";
    items: StaticValue[];
    node: TS.Node;
} | {
    kind: "object";
    entries: Map<string, StaticValue>;
    node: TS.Node;
}
/** Not a static value: `node` is the expression it resolves to (a call, a function, `new X(...)`, a parameter...). */
 | {
    kind: "dynamic";
    node: TS.Node;
    reason: string;
};
/**
 * Decides the text that stands in for a `${}` (or `+` operand) known only at run time, given the
 * text before it. SQL callers choose something that keeps the statement parseable.
 */
export type PlaceholderPolicy = (before: string, expression: TS.Expression, name: string) => string;
/** Where an identifier gets its value from. */
type Binding = {
    kind: "value";
    expression: TS.Expression;
} | {
    kind: "function";
    node: TS.FunctionLikeDeclaration;
} | {
    kind: "parameter";
    node: TS.ParameterDeclaration;
}
/** `name`: the exported name it binds (`default`, `*` for a namespace or a whole `require`). */
 | {
    kind: "import";
    module: string;
    node: TS.Node;
    name?: string;
} | {
    kind: "enum";
    node: TS.EnumDeclaration;
} | {
    kind: "class";
    node: TS.ClassLikeDeclaration;
} | {
    kind: "other";
    reason: string;
};
/**
 * Reads a constant another module of the migrations folder exports (a shared SQL snippet), or
 * undefined when the module is not one (application code, a package) or does not export it.
 */
export type ImportedConstants = (module: string, name: string) => StaticValue | undefined;
export declare class StaticEvaluator {
    private readonly ts;
    private readonly sourceFile;
    private readonly defaultPolicy;
    private readonly reassigned;
    private depth;
    /** Set by the reader when the migration's helpers may be read (see ImportedConstants). */
    importedConstants: ImportedConstants | undefined;
    constructor(ts: TypeScriptApi, sourceFile: TS.SourceFile, defaultPolicy?: PlaceholderPolicy);
    /** Evaluates an expression. */
    value(expression: TS.Expression, policy?: PlaceholderPolicy): StaticValue;
    /** The string value of an expression, or undefined when it is not a static string. */
    string(expression: TS.Expression | undefined): string | undefined;
    /**
     * The expression an identifier, `this.prop` or `obj.prop` stands for, following constants to
     * their initializers (so a builder can read `const column = new TableColumn({...})` where it is used).
     */
    resolve(expression: TS.Expression): TS.Expression;
    /** Where an identifier's value comes from, for messages and for following helpers. */
    bindingOf(id: TS.Identifier): Binding;
    private findInStatements;
    /** `const { a } = { a: 'x' }`: the initializer of `a` inside an object literal. */
    private destructured;
    private isReassigned;
    /** `obj.prop`, `Enum.Member`, `this.prop`: the expression that defines the member. */
    private memberExpression;
    private evaluate;
    /** A constant imported from a helper of the migrations folder, placed where it is used. */
    private importedValue;
    private template;
    /** A value embedded in a larger string: its characters map to where it is embedded. */
    private substitution;
    private binary;
    private embed;
    private object;
    propertyKey(name: TS.PropertyName): string | undefined;
    /** The few calls on static values that migrations use to build SQL: `join`, `trim`, `concat`, `String(x)`. */
    private call;
}
/** Parentheses, `as`, `!`, `satisfies`, `<T>x` and `await` do not change a value. */
export declare function skipOuter(ts: TypeScriptApi, node: TS.Expression): TS.Expression;
export declare function enclosingClass(ts: TypeScriptApi, node: TS.Node): TS.ClassLikeDeclaration | undefined;
/** `require('x')`, `await import('x')`, `require('x').y`: the module name. */
export declare function requiredModule(ts: TypeScriptApi, expression: TS.Expression): string | undefined;
/** A short identifier-like name for an expression: `this.tableName` → `tableName`, `getName()` → `getName`. */
export declare function placeholderName(source: string): string;
/**
 * Keeps SQL parseable around a value known only at run time: a quoted identifier named after the
 * expression in code (`"tableName"`), or just the name inside a string literal, quoted identifier
 * or comment, where any characters go.
 */
export declare function defaultPlaceholder(before: string, _expression: TS.Expression, name: string): string;
/** Whether the end of a SQL text is inside a string literal, quoted identifier, dollar quote or comment. */
export declare function sqlLexicalState(text: string): "code" | "string" | "identifier" | "comment";
export {};
