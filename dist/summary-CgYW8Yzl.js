function countFindings(findings) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files: new Set(findings.map((f) => f.file)).size };
}
function skippedSummary(notices) {
  const sets = notices.filter((n) => n.kind === "skipped-set").length;
  const files = notices.filter((n) => n.kind === "skipped-files").reduce((sum, n) => sum + n.migrations, 0);
  const parts = [...sets > 0 ? [plural(sets, "set")] : [], ...files > 0 ? [plural(files, "migration")] : []];
  return parts.length > 0 ? `${parts.join(" and ")} skipped (not PostgreSQL)` : "";
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export { countFindings as c, plural as p, skippedSummary as s };
