import type { SourceSpan } from "../../core/location.js";
import type { OperationBase } from "../../core/operations.js";
import type { Statement } from "../../core/statement.js";
/** What operation extraction needs to know about the statement it is reading. */
export interface ExtractContext {
    statement: Statement;
    /** The common fields of an operation, pointing at the node at `location` (a byte offset) or the statement. */
    base(location?: number): OperationBase;
    /** The common fields of an operation pointing at a UTF-16 offset into `statement.sql`. */
    baseAtOffset(offset: number): OperationBase;
    /** A span for one element of a list written a line each (a column of CREATE TABLE): from `location` to the end of its line. */
    lineSpanAt(location: number): SourceSpan;
}
export declare function extractContext(statement: Statement, spanAt: (location: number) => SourceSpan, spanAtOffset: (offset: number) => SourceSpan, lineSpanAt?: (location: number) => SourceSpan): ExtractContext;
