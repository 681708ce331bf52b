export function ruleIndexSource(): string;
export function writeRuleIndex(): void;
