/** A problem with how migration-guard was invoked or configured: exit code 2, message without a stack. */
export declare class UsageError extends Error {
    name: string;
}
/**
 * A thrown value as one line. Not everything thrown is an Error: the WebAssembly parser can throw
 * a plain object when it runs out of memory, which String() turns into "[object Object]".
 */
export declare function describeThrown(value: unknown): string;
