function mappedColumn(schema, table, column) {
  return schema?.tables.get(table)?.columns.get(column);
}
function describeSite(site) {
  return `${site.name} (${site.file}:${site.line})`;
}

export { describeSite as d, mappedColumn as m };
