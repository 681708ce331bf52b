/** A problem with how migration-guard was invoked or configured: exit code 2, message without a stack. */
export declare class UsageError extends Error {
    name: string;
}
