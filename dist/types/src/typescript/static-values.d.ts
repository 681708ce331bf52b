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
}
/** `loop`: the loop variable's declaration, when the name is one (see `bindLoopVariable`). */
 | {
    kind: "other";
    reason: string;
    loop?: TS.VariableDeclaration;
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
    /**
     * The names each statement list declares, gathered once: looking a name up in a block then
     * costs one set lookup, where scanning its statements per identifier made a migration of n
     * calls cost O(n²).
     */
    private readonly declared;
    private depth;
    /**
     * The arguments of the calls being read as if inline (a helper called with `"users"`): while a
     * helper's body is read for one call site, its parameters stand for that call's arguments.
     */
    private readonly bound;
    /** The item each loop over a known array is being read for. */
    private readonly loopValues;
    /** Local functions whose return value is being evaluated, so a recursive helper stops. */
    private readonly calling;
    /**
     * While `variants()` runs: the branch each run-time condition takes in the variant being
     * evaluated, and the conditions met that have no branch chosen yet.
     */
    private choices;
    private unchosen;
    /** Set by the reader when the migration's helpers may be read (see ImportedConstants). */
    importedConstants: ImportedConstants | undefined;
    constructor(ts: TypeScriptApi, sourceFile: TS.SourceFile, defaultPolicy?: PlaceholderPolicy);
    /** Evaluates an expression. */
    value(expression: TS.Expression, policy?: PlaceholderPolicy): StaticValue;
    /**
     * Binds a function's parameters to one call's arguments (a missing argument takes the
     * parameter's default) until the returned function is called. Parameters without either stay
     * known only at run time.
     */
    bindArguments(fn: TS.SignatureDeclarationBase, args: readonly TS.Expression[]): () => void;
    /**
     * Binds a `for (const x of [...])` variable to one item of a known array while the loop's body
     * is read for that item, until the returned function is called.
     */
    bindLoopVariable(declaration: TS.VariableDeclaration, value: StaticValue): () => void;
    /** The argument a parameter stands for at the call site being read, if any. */
    argumentOf(parameter: TS.ParameterDeclaration): TS.Expression | undefined;
    /**
     * Every value an expression can have when it chooses between known values on a condition known
     * only at run time (`const ifNotExists = force ? "" : "IF NOT EXISTS"`): one per combination
     * of branches, up to `max`, each with the branches it took. One entry when nothing is chosen at
     * run time; the plain value (conditions unresolved) when there are more combinations than `max`.
     */
    variants(expression: TS.Expression, policy?: PlaceholderPolicy, max?: number): {
        value: StaticValue;
        choices: [TS.ConditionalExpression, boolean][];
    }[];
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
    /**
     * A call of a function of this file that only computes a value (`alterType("users", "id")`
     * returning a template): its result for this call's arguments. A function that does anything
     * besides declaring constants and returning stays a run-time value.
     */
    private localCall;
    /** The function of this file a callee names: a declaration, a const function, or a method of the enclosing class. */
    calledFunction(callee: TS.Expression): TS.FunctionLikeDeclaration | undefined;
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
 * Keeps SQL parseable around a value known only at run time: a quoted identifier that shows the
 * code it stands for (`"${tableName}"`, so a message about it reads as "the table `${tableName}`
 * names" and it can never be mistaken for, or collide with, a real table in the model), the same
 * inside a quoted identifier, or just the name inside a string literal or comment.
 */
export declare function defaultPlaceholder(before: string, _expression: TS.Expression, name: string): string;
/** Whether the end of a SQL text is inside a string literal, quoted identifier, dollar quote or comment. */
export declare function sqlLexicalState(text: string): "code" | "string" | "identifier" | "comment";
export {};
