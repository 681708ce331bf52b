/** Where each rule's documentation is published. */
export const REPOSITORY_URL = "https://github.com/migration-guard/migration-guard";

export function ruleDocsUrl(ruleId: string, repositoryUrl: string = REPOSITORY_URL, ref = "main"): string {
  return `${repositoryUrl}/blob/${ref}/docs/rules/${ruleId}.md`;
}
