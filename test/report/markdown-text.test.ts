import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, test } from "vitest";
import { codeSpan, plainText, ruleMessage, safeUrl } from "../../src/report/markdown-text.js";
import { code } from "../../rules/support/advice.js";

const html = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe("Markdown for untrusted text", () => {
  test.each(["a`b", "`lead", "trail`", "``", "a ``` b", " spaced ", "x | y"])("codeSpan(%j) renders as one code element holding exactly the text", (text) => {
    expect(html(codeSpan(text)).trim()).toBe(`<p><code>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</code></p>`);
  });

  test("codeSpan in a table cell keeps the cell", () => {
    const row = html(`| a | b |\n|---|---|\n| ${codeSpan("x|y", { inTable: true })} | z |`);
    expect(row).toContain("<td><code>x|y</code></td>");
  });

  test("plain text: no HTML, link, image, mention, heading or code survives", () => {
    const out = html(plainText("# hi @alice <img src=x> ![i](https://e.x/i.png) [l](https://e.x) `c` https://e.x www.e.x | cell"));
    expect(out).not.toMatch(/<img|<a |<h1>|<code>/);
    expect(out).not.toMatch(/@alice/);
    expect(out).toContain("&lt;img src=x&gt;");
  });

  test("a rule's message keeps its code spans, made safe, and escapes the rest", () => {
    const message = `CREATE INDEX ${code("x` @bob <b>")} on ${code("users")} <i>now</i>`;
    expect(html(ruleMessage(message)).trim()).toBe("<p>CREATE INDEX <code>x` @bob &lt;b&gt;</code> on <code>users</code> &lt;i&gt;now&lt;/i&gt;</p>");
  });

  test("urls: https only, nothing that ends a link destination", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("http://e.x/")).toBeUndefined();
    expect(safeUrl("https://e.x/a)](https://evil")).toBe("https://e.x/a%29%5D%28https://evil");
  });
});
