import { describe, expect, it } from "vitest";
import { SharedMap } from "../../src/core/shared-map.js";

describe("SharedMap", () => {
  it("keeps each version as it was when later versions change, add or delete keys", () => {
    const v0 = SharedMap.derive(new Map([["a", 1], ["b", 2]]));
    const v1 = SharedMap.derive(v0).set("c", 3);
    const v2 = SharedMap.derive(v1);
    v2.delete("a");
    v2.set("b", 20);
    expect([...v0]).toEqual([["a", 1], ["b", 2]]);
    expect([...v1]).toEqual([["a", 1], ["b", 2], ["c", 3]]);
    expect([...v2]).toEqual([["b", 20], ["c", 3]]);
    expect([v0.size, v1.size, v2.size]).toEqual([2, 3, 2]);
    expect([v1.has("a"), v2.has("a"), v2.get("a"), v2.get("b")]).toEqual([true, false, undefined, 20]);
  });

  it("iterates in Map order: a key deleted and set again moves to the end", () => {
    const plain = new Map([["x", 1], ["y", 2], ["z", 3]]);
    const shared = SharedMap.derive(new Map(plain));
    const next = SharedMap.derive(shared);
    for (const m of [plain, next]) {
      m.delete("x");
      m.set("x", 10);
      m.set("y", 20);
    }
    expect([...next.keys()]).toEqual([...plain.keys()]);
    expect([...next.values()]).toEqual([...plain.values()]);
  });

  it("copies instead of sharing when an older version is changed again (a branch)", () => {
    const v0 = SharedMap.derive(new Map([["a", 1]]));
    const left = SharedMap.derive(v0).set("l", 1);
    const right = SharedMap.derive(v0).set("r", 1);
    expect([...left.keys()]).toEqual(["a", "l"]);
    expect([...right.keys()]).toEqual(["a", "r"]);
    expect(() => v0.set("late", 1)).toThrow(/newest version/);
  });

  it("lets a caller delete while iterating", () => {
    const m = SharedMap.derive(SharedMap.derive(new Map([["a", 1], ["b", 2], ["c", 3]])));
    for (const [k, v] of m) if (v !== 2) m.delete(k);
    expect([...m]).toEqual([["b", 2]]);
  });
});
