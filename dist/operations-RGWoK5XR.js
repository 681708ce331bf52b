function tableOf(op) {
  switch (op.kind) {
    case "vacuum":
    case "cluster":
      return op.table;
    case "drop-index":
      return op.table;
    case "refresh-materialized-view":
      return op.view;
    default:
      return "table" in op && typeof op.table === "string" ? op.table : void 0;
  }
}

export { tableOf as t };
