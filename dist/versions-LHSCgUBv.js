const VERSION = /^(?:[Vv]|Migration)?(\d+(?:[._]\d+)*)(?=[^\d]|$)/;
const WORD_THEN_TIMESTAMP = /^[A-Za-z]+(\d{12,})(?=[^\d]|$)/;
const DASHED_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}-\d{6}(?:-\d{4})?)(?=[^\d]|$)/;
const TIMESTAMP = /^(19|20)\d{6,}$/;
function versionOf(name) {
  const dashed = DASHED_TIMESTAMP.exec(name);
  if (dashed) return dashed[1].replace(/-/g, "");
  const match = VERSION.exec(name) ?? WORD_THEN_TIMESTAMP.exec(name);
  return match ? match[1] : name;
}
function compareVersions(a, b) {
  if (TIMESTAMP.test(a) && TIMESTAMP.test(b) && a.length !== b.length) return a < b ? -1 : a > b ? 1 : 0;
  const sa = a.split(/[._]/);
  const sb = b.split(/[._]/);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const nx = /^\d+$/.test(x) ? BigInt(x) : void 0;
    const ny = /^\d+$/.test(y) ? BigInt(y) : void 0;
    if (nx !== void 0 && ny !== void 0) {
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else {
      const c = x.localeCompare(y);
      if (c !== 0) return c;
    }
  }
  return 0;
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { comparePaths as a, compareVersions as c, versionOf as v };
