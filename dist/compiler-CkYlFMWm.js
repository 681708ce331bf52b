import { createRequire } from 'node:module';

const INTERNAL_ERROR = "internal-error";
const REPORT_REQUEST = "Please report it: run again with --debug for the stack trace.";
const stacks = /* @__PURE__ */ new WeakMap();
function internalErrorStack(finding) {
  return stacks.get(finding);
}
function recordStack(finding, error) {
  const stack = error instanceof Error ? error.stack : void 0;
  if (stack) stacks.set(finding, stack);
}
function describeError(error) {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "the input is nested too deeply (maximum call stack size exceeded)";
  if (error instanceof Error) return firstLine(error.message) || error.name;
  if (error === null || error === void 0) return `a thrown ${String(error)}`;
  try {
    return firstLine(typeof error === "string" ? error : JSON.stringify(error) ?? String(error));
  } catch {
    return "a value that is not an Error";
  }
}
function firstLine(text) {
  const line = text.split(/\r?\n/)[0].trim();
  return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}
function internalErrorFinding(file, at, message, error) {
  const finding = {
    ruleId: INTERNAL_ERROR,
    severity: "error",
    message,
    file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    direction: "up",
    fingerprint: ""
  };
  return finding;
}
function hasInternalError(findings) {
  return findings.some((f) => f.ruleId === INTERNAL_ERROR);
}

function textAt(text, at) {
  const offsets = new Array(text.length + 1).fill(at);
  return { text, offsets, placeholders: [] };
}
function concatTexts(parts) {
  if (parts.length === 1) return parts[0];
  let text = "";
  const offsets = [];
  const placeholders = [];
  for (const part of parts) {
    for (const p of part.placeholders) placeholders.push({ ...p, start: p.start + text.length, end: p.end + text.length });
    for (let i = 0; i < part.text.length; i++) offsets.push(part.offsets[i]);
    text += part.text;
  }
  const last = parts[parts.length - 1];
  offsets.push(last ? last.offsets[last.text.length] : 0);
  return { text, offsets, placeholders };
}
function relocate(part, at) {
  return { text: part.text, offsets: part.offsets.map(() => at), placeholders: part.placeholders };
}
function fileOffsetOf(mapped, offset) {
  const clamped = Math.max(0, Math.min(offset, mapped.text.length));
  return mapped.offsets[clamped];
}
const SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0"
};
function cookLiteral(source, start, end, kind, raw = false) {
  let text = "";
  const offsets = [];
  const push = (chars, at) => {
    for (let k = 0; k < chars.length; k++) offsets.push(at);
    text += chars;
  };
  let i = start;
  while (i < end) {
    const c = source[i];
    if (c === "\r" && kind === "template") {
      push("\n", i);
      i += source[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (c !== "\\" || raw) {
      push(c, i);
      i++;
      continue;
    }
    const at = i;
    const next = source[i + 1];
    if (next === void 0) {
      push("\\", at);
      i++;
      continue;
    }
    if (next === "\r") {
      i += source[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (next === "\n" || next === "\u2028" || next === "\u2029") {
      i += 2;
      continue;
    }
    if (next === "x") {
      const hex = source.slice(i + 2, i + 4);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        push(String.fromCharCode(Number.parseInt(hex, 16)), at);
        i += 4;
        continue;
      }
    }
    if (next === "u") {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(source.slice(i + 2, i + 12));
      if (braced) {
        push(String.fromCodePoint(Number.parseInt(braced[1], 16)), at);
        i += 2 + braced[0].length;
        continue;
      }
      const hex = source.slice(i + 2, i + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        push(String.fromCharCode(Number.parseInt(hex, 16)), at);
        i += 6;
        continue;
      }
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== void 0 && !(next === "0" && /[0-9]/.test(source[i + 2] ?? ""))) {
      push(simple, at);
      i += 2;
      continue;
    }
    const cp = source.codePointAt(i + 1);
    push(String.fromCodePoint(cp), at);
    i += cp > 65535 ? 3 : 2;
  }
  offsets.push(end);
  return { text, offsets, placeholders: [] };
}

const MAX_DEPTH = 40;
class StaticEvaluator {
  constructor(ts, sourceFile, defaultPolicy = defaultPlaceholder) {
    this.ts = ts;
    this.sourceFile = sourceFile;
    this.defaultPolicy = defaultPolicy;
  }
  ts;
  sourceFile;
  defaultPolicy;
  reassigned = /* @__PURE__ */ new Map();
  /**
   * The names each statement list declares, gathered once: looking a name up in a block then
   * costs one set lookup, where scanning its statements per identifier made a migration of n
   * calls cost O(n²).
   */
  declared = /* @__PURE__ */ new WeakMap();
  depth = 0;
  /**
   * The arguments of the calls being read as if inline (a helper called with `"users"`): while a
   * helper's body is read for one call site, its parameters stand for that call's arguments.
   */
  bound = /* @__PURE__ */ new Map();
  /** The item each loop over a known array is being read for. */
  loopValues = /* @__PURE__ */ new Map();
  /** Local functions whose return value is being evaluated, so a recursive helper stops. */
  calling = /* @__PURE__ */ new Set();
  /**
   * While `variants()` runs: the branch each run-time condition takes in the variant being
   * evaluated, and the conditions met that have no branch chosen yet.
   */
  choices;
  unchosen = [];
  /** Set by the reader when the migration's helpers may be read (see ImportedConstants). */
  importedConstants;
  /** Evaluates an expression. */
  value(expression, policy = this.defaultPolicy) {
    if (this.depth > MAX_DEPTH) return { kind: "dynamic", node: expression, reason: "it is defined too indirectly" };
    this.depth++;
    try {
      return this.evaluate(expression, policy);
    } finally {
      this.depth--;
    }
  }
  /**
   * Binds a function's parameters to one call's arguments (a missing argument takes the
   * parameter's default) until the returned function is called. Parameters without either stay
   * known only at run time.
   */
  bindArguments(fn, args) {
    const saved = [];
    fn.parameters.forEach((p, i) => {
      if (p.dotDotDotToken) return;
      const arg = args[i];
      const value = arg && !this.ts.isSpreadElement(arg) ? arg : p.initializer;
      if (!value) return;
      saved.push([p, this.bound.get(p)]);
      this.bound.set(p, value);
    });
    return () => {
      for (const [p, previous] of saved.reverse()) {
        if (previous) this.bound.set(p, previous);
        else this.bound.delete(p);
      }
    };
  }
  /**
   * Binds a `for (const x of [...])` variable to one item of a known array while the loop's body
   * is read for that item, until the returned function is called.
   */
  bindLoopVariable(declaration, value) {
    const previous = this.loopValues.get(declaration);
    this.loopValues.set(declaration, value);
    return () => {
      if (previous) this.loopValues.set(declaration, previous);
      else this.loopValues.delete(declaration);
    };
  }
  /** The argument a parameter stands for at the call site being read, if any. */
  argumentOf(parameter) {
    return this.bound.get(parameter);
  }
  /**
   * Every value an expression can have when it chooses between known values on a condition known
   * only at run time (`const ifNotExists = force ? "" : "IF NOT EXISTS"`): one per combination
   * of branches, up to `max`, each with the branches it took. One entry when nothing is chosen at
   * run time; the plain value (conditions unresolved) when there are more combinations than `max`.
   */
  variants(expression, policy = this.defaultPolicy, max = 8) {
    const results = [];
    const pending = [/* @__PURE__ */ new Map()];
    try {
      while (pending.length > 0) {
        if (results.length >= max) return [{ value: this.value(expression, policy), choices: [] }];
        const choices = pending.shift();
        const before = new Map(choices);
        this.choices = choices;
        this.unchosen = [];
        const value = this.value(expression, policy);
        for (const condition of this.unchosen) {
          pending.push(new Map([...before, [condition, false]]));
          before.set(condition, true);
        }
        results.push({ value, choices: [...choices] });
      }
    } finally {
      this.choices = void 0;
      this.unchosen = [];
    }
    return results;
  }
  /** The string value of an expression, or undefined when it is not a static string. */
  string(expression) {
    if (!expression) return void 0;
    const v = this.value(expression);
    if (v.kind === "string" && v.text.placeholders.length === 0) return v.text.text;
    if (v.kind === "number") return String(v.value);
    return void 0;
  }
  /**
   * The expression an identifier, `this.prop` or `obj.prop` stands for, following constants to
   * their initializers (so a builder can read `const column = new TableColumn({...})` where it is used).
   */
  resolve(expression) {
    const ts = this.ts;
    let current = skipOuter(ts, expression);
    for (let hops = 0; hops < MAX_DEPTH; hops++) {
      if (ts.isIdentifier(current)) {
        const binding = this.bindingOf(current);
        const argument = binding.kind === "parameter" ? this.bound.get(binding.node) : void 0;
        if (argument) {
          current = skipOuter(ts, argument);
          continue;
        }
        if (binding.kind !== "value") return current;
        current = skipOuter(ts, binding.expression);
        continue;
      }
      if (ts.isPropertyAccessExpression(current)) {
        const member = this.memberExpression(current);
        if (!member) return current;
        current = skipOuter(ts, member);
        continue;
      }
      return current;
    }
    return current;
  }
  /** Where an identifier's value comes from, for messages and for following helpers. */
  bindingOf(id) {
    const ts = this.ts;
    const name = id.text;
    let scope = id.parent;
    while (scope) {
      if (isFunctionLike(ts, scope)) {
        for (const p of scope.parameters) {
          if (bindsName(ts, p.name, name)) return { kind: "parameter", node: p };
        }
        if (ts.isFunctionExpression(scope) && scope.name?.text === name) return { kind: "function", node: scope };
      }
      if ((ts.isForOfStatement(scope) || ts.isForInStatement(scope) || ts.isForStatement(scope)) && scope.initializer) {
        if (ts.isVariableDeclarationList(scope.initializer) && scope.initializer.declarations.some((d) => bindsName(ts, d.name, name))) {
          const declaration = scope.initializer.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
          return { kind: "other", reason: `\`${name}\` is a loop variable`, ...declaration ? { loop: declaration } : {} };
        }
      }
      if (ts.isCatchClause(scope) && scope.variableDeclaration && bindsName(ts, scope.variableDeclaration.name, name)) {
        return { kind: "other", reason: `\`${name}\` is a caught error` };
      }
      const statements = statementsOf(ts, scope);
      if (statements) {
        const found = this.findInStatements(statements, name, scope);
        if (found) return found;
      }
      scope = scope.parent;
    }
    return { kind: "other", reason: `\`${name}\` is not defined in this file` };
  }
  findInStatements(statements, name, scope) {
    const ts = this.ts;
    let declared = this.declared.get(statements);
    if (!declared) {
      declared = declaredNames(ts, statements);
      this.declared.set(statements, declared);
    }
    if (!declared.has(name)) return void 0;
    for (const statement of statements) {
      if (ts.isVariableStatement(statement)) {
        const list = statement.declarationList;
        for (const d of list.declarations) {
          if (ts.isIdentifier(d.name) && d.name.text === name) {
            const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
            if (!d.initializer) return { kind: "other", reason: `\`${name}\` is assigned at run time` };
            if (!isConst && this.isReassigned(scope, name)) return { kind: "other", reason: `\`${name}\` is reassigned` };
            const required = requiredModule(ts, d.initializer);
            if (required !== void 0) return { kind: "import", module: required, node: d, name: requiredMember(ts, d.initializer) ?? "*" };
            return { kind: "value", expression: d.initializer };
          }
          if (!ts.isIdentifier(d.name) && bindsName(ts, d.name, name)) {
            const required = d.initializer && requiredModule(ts, d.initializer);
            if (required !== void 0) return { kind: "import", module: required, node: d, name: destructuredKey(ts, d.name, name) };
            const fromObject = d.initializer && this.destructured(d.name, name, d.initializer);
            if (fromObject) return { kind: "value", expression: fromObject };
            return { kind: "other", reason: `\`${name}\` is destructured from a value known only at run time` };
          }
        }
      } else if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) {
        return { kind: "function", node: statement };
      } else if (ts.isClassDeclaration(statement) && statement.name?.text === name) {
        return { kind: "class", node: statement };
      } else if (ts.isEnumDeclaration(statement) && statement.name.text === name) {
        return { kind: "enum", node: statement };
      } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const clause = statement.importClause;
        if (!clause) continue;
        const module = statement.moduleSpecifier.text;
        if (clause.name?.text === name) return { kind: "import", module, node: statement, name: "default" };
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return { kind: "import", module, node: statement, name: "*" };
        const element = bindings && ts.isNamedImports(bindings) ? bindings.elements.find((e) => e.name.text === name) : void 0;
        if (element) return { kind: "import", module, node: statement, name: (element.propertyName ?? element.name).text };
      } else if (ts.isImportEqualsDeclaration(statement) && statement.name.text === name) {
        const ref = statement.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
          return { kind: "import", module: ref.expression.text, node: statement };
        }
      }
    }
    return void 0;
  }
  /** `const { a } = { a: 'x' }`: the initializer of `a` inside an object literal. */
  destructured(pattern, name, initializer) {
    const ts = this.ts;
    if (!ts.isObjectBindingPattern(pattern)) return void 0;
    const source = this.resolve(initializer);
    if (!ts.isObjectLiteralExpression(source)) return void 0;
    for (const element of pattern.elements) {
      if (!ts.isIdentifier(element.name) || element.name.text !== name) continue;
      const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : name;
      return propertyInitializer(ts, source, key);
    }
    return void 0;
  }
  isReassigned(scope, name) {
    let names = this.reassigned.get(scope);
    if (!names) {
      names = /* @__PURE__ */ new Set();
      const ts = this.ts;
      const found = names;
      const visit = (node) => {
        if (ts.isBinaryExpression(node) && isAssignment(ts, node.operatorToken.kind) && ts.isIdentifier(node.left)) found.add(node.left.text);
        if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand)) {
          if (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) found.add(node.operand.text);
        }
        ts.forEachChild(node, visit);
      };
      ts.forEachChild(scope, visit);
      this.reassigned.set(scope, names);
    }
    return names.has(name);
  }
  /** `obj.prop`, `Enum.Member`, `this.prop`: the expression that defines the member. */
  memberExpression(access) {
    const ts = this.ts;
    const name = access.name.text;
    const target = skipOuter(ts, access.expression);
    if (target.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(ts, access);
      if (!cls) return void 0;
      for (const member of cls.members) {
        if (ts.isPropertyDeclaration(member) && member.initializer && ts.isIdentifier(member.name) && member.name.text === name) {
          const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) === true;
          if (!isStatic) return member.initializer;
        }
      }
      return void 0;
    }
    if (ts.isIdentifier(target)) {
      const binding = this.bindingOf(target);
      if (binding.kind === "enum") {
        const member = binding.node.members.find((m) => memberName(ts, m.name) === name);
        return member?.initializer;
      }
      if (binding.kind === "class") {
        for (const member of binding.node.members) {
          if (ts.isPropertyDeclaration(member) && member.initializer && memberName(ts, member.name) === name) {
            if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return member.initializer;
          }
        }
        return void 0;
      }
    }
    const object = this.resolve(target);
    if (ts.isObjectLiteralExpression(object)) return propertyInitializer(ts, object, name);
    return void 0;
  }
  evaluate(expression, policy) {
    const ts = this.ts;
    const node = skipOuter(ts, expression);
    const source = this.sourceFile.text;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const start = node.getStart(this.sourceFile) + 1;
      const kind = ts.isStringLiteral(node) ? "string" : "template";
      return { kind: "string", text: cookLiteral(source, start, node.end - 1, kind), node };
    }
    if (ts.isTemplateExpression(node)) return this.template(node, policy, false);
    if (ts.isTaggedTemplateExpression(node)) {
      const raw = isStringRaw(ts, node.tag);
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        const start = template.getStart(this.sourceFile) + 1;
        return { kind: "string", text: cookLiteral(source, start, template.end - 1, "template", raw), node };
      }
      return this.template(template, policy, raw);
    }
    if (ts.isNumericLiteral(node)) return { kind: "number", value: Number(node.text), node };
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
      return { kind: "number", value: -Number(node.operand.text), node };
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: "boolean", value: true, node };
    if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: "boolean", value: false, node };
    if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: "null", node };
    if (ts.isIdentifier(node) && node.text === "undefined") return { kind: "null", node };
    if (ts.isArrayLiteralExpression(node)) {
      const items = [];
      for (const element of node.elements) {
        if (ts.isSpreadElement(element)) {
          const spread = this.value(element.expression, policy);
          if (spread.kind !== "array") return { kind: "dynamic", node, reason: "the array spreads a value known only at run time" };
          items.push(...spread.items);
        } else {
          items.push(this.value(element, policy));
        }
      }
      return { kind: "array", items, node };
    }
    if (ts.isObjectLiteralExpression(node)) return this.object(node, policy);
    if (ts.isIdentifier(node)) {
      const binding = this.bindingOf(node);
      switch (binding.kind) {
        case "value":
          return this.value(binding.expression, policy);
        case "parameter": {
          const argument = this.bound.get(binding.node);
          if (argument) return this.value(argument, policy);
          return { kind: "dynamic", node: binding.node, reason: `\`${node.text}\` is a parameter, known only at run time` };
        }
        case "import": {
          const imported = binding.name && binding.name !== "*" ? this.importedValue(binding.module, binding.name, node) : void 0;
          return imported ?? { kind: "dynamic", node, reason: `\`${node.text}\` is imported from \`${binding.module}\`` };
        }
        case "function":
          return { kind: "dynamic", node: binding.node, reason: `\`${node.text}\` is a function` };
        case "enum":
        case "class":
          return { kind: "dynamic", node: binding.node, reason: `\`${node.text}\` is not a value` };
        default: {
          const item = binding.loop && this.loopValues.get(binding.loop);
          if (item) return item;
          return { kind: "dynamic", node, reason: binding.reason };
        }
      }
    }
    if (ts.isPropertyAccessExpression(node)) {
      const member = this.memberExpression(node);
      if (member) return this.value(member, policy);
      const target = skipOuter(ts, node.expression);
      if (ts.isIdentifier(target)) {
        const binding = this.bindingOf(target);
        if (binding.kind === "import" && binding.name === "*") {
          const imported = this.importedValue(binding.module, node.name.text, node);
          if (imported) return imported;
        } else if (binding.kind === "import" && binding.name) {
          const object = this.importedValue(binding.module, binding.name, node);
          const member2 = object?.kind === "object" ? object.entries.get(node.name.text) : void 0;
          if (member2) return member2;
        } else if (binding.kind === "other" && binding.loop) {
          const item = this.loopValues.get(binding.loop);
          const member2 = item?.kind === "object" ? item.entries.get(node.name.text) : void 0;
          if (member2) return member2;
        }
      }
      return { kind: "dynamic", node, reason: `\`${node.getText(this.sourceFile)}\` is known only at run time` };
    }
    if (ts.isElementAccessExpression(node)) {
      const target = this.value(node.expression, policy);
      const key = this.value(node.argumentExpression, policy);
      if (target.kind === "object" && key.kind === "string") {
        const found = target.entries.get(key.text.text);
        if (found) return found;
      }
      if (target.kind === "array" && key.kind === "number") {
        const found = target.items[key.value];
        if (found) return found;
      }
      return { kind: "dynamic", node, reason: `\`${node.getText(this.sourceFile)}\` is known only at run time` };
    }
    if (ts.isBinaryExpression(node)) return this.binary(node, policy);
    if (ts.isConditionalExpression(node)) {
      const condition = this.value(node.condition, policy);
      if (condition.kind === "boolean") return this.value(condition.value ? node.whenTrue : node.whenFalse, policy);
      if (this.choices) {
        let branch = this.choices.get(node);
        if (branch === void 0) {
          branch = true;
          this.choices.set(node, true);
          this.unchosen.push(node);
        }
        return this.value(branch ? node.whenTrue : node.whenFalse, policy);
      }
      return { kind: "dynamic", node, reason: "it depends on a condition known only at run time" };
    }
    if (ts.isCallExpression(node)) {
      const called = this.call(node, policy) ?? this.localCall(node, policy);
      if (called) return called;
    }
    return { kind: "dynamic", node, reason: describeDynamic(ts, node, this.sourceFile) };
  }
  /**
   * A call of a function of this file that only computes a value (`alterType("users", "id")`
   * returning a template): its result for this call's arguments. A function that does anything
   * besides declaring constants and returning stays a run-time value.
   */
  localCall(node, policy) {
    const fn = this.calledFunction(skipOuter(this.ts, node.expression));
    if (!fn?.body || this.calling.has(fn)) return void 0;
    const returned = returnedExpression(this.ts, fn.body);
    if (!returned) return void 0;
    this.calling.add(fn);
    const restore = this.bindArguments(fn, node.arguments);
    try {
      const value = this.value(returned, policy);
      if (value.kind === "string" && value.text.placeholders.length > 0) return void 0;
      return value.kind === "dynamic" ? void 0 : value;
    } finally {
      restore();
      this.calling.delete(fn);
    }
  }
  /** The function of this file a callee names: a declaration, a const function, or a method of the enclosing class. */
  calledFunction(callee) {
    const ts = this.ts;
    if (ts.isIdentifier(callee)) {
      const binding = this.bindingOf(callee);
      if (binding.kind === "function") return binding.node;
      if (binding.kind === "value") {
        const target = skipOuter(ts, binding.expression);
        if (ts.isArrowFunction(target) || ts.isFunctionExpression(target)) return target;
      }
      return void 0;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(ts, callee);
      for (const member of cls?.members ?? []) {
        if (!member.name || memberName(ts, member.name) !== callee.name.text) continue;
        if (ts.isMethodDeclaration(member)) return member;
        if (ts.isPropertyDeclaration(member) && member.initializer) {
          const init = skipOuter(ts, member.initializer);
          if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
        }
      }
    }
    return void 0;
  }
  /** A constant imported from a helper of the migrations folder, placed where it is used. */
  importedValue(module, name, at) {
    const value = this.importedConstants?.(module, name);
    return value ? placeValue(value, at.getStart(this.sourceFile), at) : void 0;
  }
  template(node, policy, raw) {
    const ts = this.ts;
    const source = this.sourceFile.text;
    const headStart = node.head.getStart(this.sourceFile) + 1;
    const parts = [cookLiteral(source, headStart, node.head.end - 2, "template", raw)];
    for (const span of node.templateSpans) {
      const before = concatTexts(parts).text;
      parts.push(this.substitution(span.expression, before, policy));
      const literal = span.literal;
      const start = literal.getStart(this.sourceFile) + 1;
      const end = ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2;
      parts.push(cookLiteral(source, start, end, "template", raw));
    }
    return { kind: "string", text: concatTexts(parts), node };
  }
  /** A value embedded in a larger string: its characters map to where it is embedded. */
  substitution(expression, before, policy) {
    const at = expression.getStart(this.sourceFile);
    const v = this.value(expression, policy);
    const direct = isLiteral(this.ts, skipOuter(this.ts, expression));
    switch (v.kind) {
      case "string":
        return direct ? v.text : relocate(v.text, at);
      case "number":
      case "boolean":
        return textAt(String(v.value), at);
      case "null":
        return textAt(this.ts.isIdentifier(skipOuter(this.ts, expression)) ? "undefined" : "null", at);
      default: {
        const source = expression.getText(this.sourceFile);
        const text = policy(before, expression, placeholderName(source));
        const mapped = textAt(text, at);
        mapped.placeholders.push({ start: 0, end: text.length, source });
        return mapped;
      }
    }
  }
  binary(node, policy) {
    const ts = this.ts;
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) {
      const left = this.value(node.left, policy);
      const right = this.value(node.right, policy);
      if (left.kind === "number" && right.kind === "number") return { kind: "number", value: left.value + right.value, node };
      if (left.kind === "string" || right.kind === "string") {
        const leftText = left.kind === "string" ? this.embed(left, node.left) : this.substitution(node.left, "", policy);
        const rightText = right.kind === "string" ? this.embed(right, node.right) : this.substitution(node.right, leftText.text, policy);
        return { kind: "string", text: concatTexts([leftText, rightText]), node };
      }
      return { kind: "dynamic", node, reason: "it is computed at run time" };
    }
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      const left = this.value(node.left, policy);
      if (left.kind === "null" || op === ts.SyntaxKind.BarBarToken && isFalsy(left)) return this.value(node.right, policy);
      if (left.kind !== "dynamic") return left;
    }
    return { kind: "dynamic", node, reason: "it is computed at run time" };
  }
  embed(value, expression) {
    return isLiteral(this.ts, skipOuter(this.ts, expression)) ? value.text : relocate(value.text, expression.getStart(this.sourceFile));
  }
  object(node, policy) {
    const ts = this.ts;
    const entries = /* @__PURE__ */ new Map();
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        const key = this.propertyKey(property.name);
        if (key === void 0) return { kind: "dynamic", node, reason: "the object has a computed key" };
        entries.set(key, this.value(property.initializer, policy));
      } else if (ts.isShorthandPropertyAssignment(property)) {
        entries.set(property.name.text, this.value(property.name, policy));
      } else if (ts.isSpreadAssignment(property)) {
        const spread = this.value(property.expression, policy);
        if (spread.kind !== "object") return { kind: "dynamic", node, reason: "the object spreads a value known only at run time" };
        for (const [k, v] of spread.entries) entries.set(k, v);
      } else if (ts.isMethodDeclaration(property)) {
        const key = this.propertyKey(property.name);
        if (key !== void 0) entries.set(key, { kind: "dynamic", node: property, reason: "it is a method" });
      }
    }
    return { kind: "object", entries, node };
  }
  propertyKey(name) {
    const ts = this.ts;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name)) return this.string(name.expression);
    return void 0;
  }
  /** The few calls on static values that migrations use to build SQL: `join`, `trim`, `concat`, `String(x)`. */
  call(node, policy) {
    const ts = this.ts;
    const callee = skipOuter(ts, node.expression);
    if (ts.isIdentifier(callee) && callee.text === "String" && node.arguments.length === 1) {
      const v = this.value(node.arguments[0], policy);
      if (v.kind === "string") return v;
      if (v.kind === "number" || v.kind === "boolean") return { kind: "string", text: textAt(String(v.value), node.getStart(this.sourceFile)), node };
      return void 0;
    }
    if (!ts.isPropertyAccessExpression(callee)) return void 0;
    const method = callee.name.text;
    if (method === "join") {
      const target = this.value(callee.expression, policy);
      if (target.kind !== "array") return void 0;
      const separatorArg = node.arguments[0];
      const separator = separatorArg ? this.value(separatorArg, policy) : void 0;
      if (separator && separator.kind !== "string") return void 0;
      const sepText = separator?.kind === "string" ? separator.text : textAt(",", callee.name.getStart(this.sourceFile));
      const parts = [];
      for (const [i, item] of target.items.entries()) {
        if (i > 0) parts.push(relocate(sepText, item.node.getStart(this.sourceFile)));
        if (item.kind === "string") parts.push(item.text);
        else if (item.kind === "number" || item.kind === "boolean") parts.push(textAt(String(item.value), item.node.getStart(this.sourceFile)));
        else return void 0;
      }
      return { kind: "string", text: concatTexts(parts.length ? parts : [textAt("", node.getStart(this.sourceFile))]), node };
    }
    if (method === "trim" || method === "trimStart" || method === "trimEnd" || method === "toString") {
      const target = this.value(callee.expression, policy);
      if (target.kind !== "string") return void 0;
      if (method === "toString") return target;
      const t = target.text;
      let start = 0;
      let end = t.text.length;
      if (method !== "trimEnd") while (start < end && /\s/.test(t.text[start])) start++;
      if (method !== "trimStart") while (end > start && /\s/.test(t.text[end - 1])) end--;
      return { kind: "string", text: sliceText(t, start, end), node };
    }
    if (method === "concat") {
      const target = this.value(callee.expression, policy);
      if (target.kind !== "string") return void 0;
      const parts = [target.text];
      for (const arg of node.arguments) {
        const v = this.value(arg, policy);
        if (v.kind !== "string") return void 0;
        parts.push(this.embed(v, arg));
      }
      return { kind: "string", text: concatTexts(parts), node };
    }
    return void 0;
  }
}
function placeValue(value, offset, node) {
  switch (value.kind) {
    case "string":
      return { kind: "string", text: relocate(value.text, offset), node };
    case "array":
      return { kind: "array", items: value.items.map((v) => placeValue(v, offset, node)), node };
    case "object":
      return { kind: "object", entries: new Map([...value.entries].map(([k, v]) => [k, placeValue(v, offset, node)])), node };
    case "dynamic":
      return { kind: "dynamic", node, reason: value.reason };
    default:
      return { ...value, node };
  }
}
function returnedExpression(ts, body) {
  if (!ts.isBlock(body)) return body;
  const statements = body.statements;
  const last = statements[statements.length - 1];
  if (!last || !ts.isReturnStatement(last) || !last.expression) return void 0;
  const declaresOnly = statements.slice(0, -1).every((s) => ts.isVariableStatement(s) && (s.declarationList.flags & ts.NodeFlags.Const) !== 0);
  return declaresOnly ? last.expression : void 0;
}
function requiredMember(ts, expression) {
  const node = skipOuter(ts, expression);
  return ts.isPropertyAccessExpression(node) ? node.name.text : void 0;
}
function destructuredKey(ts, pattern, name) {
  if (!ts.isObjectBindingPattern(pattern)) return void 0;
  for (const element of pattern.elements) {
    if (ts.isIdentifier(element.name) && element.name.text === name) {
      return element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : name;
    }
  }
  return void 0;
}
function sliceText(t, start, end) {
  return {
    text: t.text.slice(start, end),
    offsets: t.offsets.slice(start, end + 1),
    placeholders: t.placeholders.filter((p) => p.start >= start && p.end <= end).map((p) => ({ ...p, start: p.start - start, end: p.end - start }))
  };
}
function skipOuter(ts, node) {
  let current = node;
  for (; ; ) {
    if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current) || ts.isTypeAssertionExpression(current) || ts.isAwaitExpression(current)) {
      current = current.expression;
    } else {
      return current;
    }
  }
}
function isLiteral(ts, node) {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isTaggedTemplateExpression(node) || ts.isBinaryExpression(node);
}
function isFalsy(v) {
  return v.kind === "string" && v.text.text === "" || v.kind === "number" && v.value === 0 || v.kind === "boolean" && !v.value;
}
function isStringRaw(ts, tag) {
  return ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === "String" && tag.name.text === "raw";
}
function isAssignment(ts, kind) {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}
function isFunctionLike(ts, node) {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}
function statementsOf(ts, node) {
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) return node.statements;
  return void 0;
}
function declaredNames(ts, statements) {
  const names = /* @__PURE__ */ new Set();
  const addBinding = (name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const e of name.elements) if (!ts.isOmittedExpression(e)) addBinding(e.name);
  };
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) addBinding(d.name);
    } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      if (statement.name) names.add(statement.name.text);
    } else if (ts.isEnumDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) {
      names.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.add(e.name.text);
    }
  }
  return names;
}
function bindsName(ts, name, wanted) {
  if (ts.isIdentifier(name)) return name.text === wanted;
  return name.elements.some((e) => !ts.isOmittedExpression(e) && bindsName(ts, e.name, wanted));
}
function memberName(ts, name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return void 0;
}
function propertyInitializer(ts, object, key) {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && memberName(ts, property.name) === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
  }
  return void 0;
}
function enclosingClass(ts, node) {
  let current = node.parent;
  while (current) {
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) return current;
    current = current.parent;
  }
  return void 0;
}
function requiredModule(ts, expression) {
  let node = skipOuter(ts, expression);
  while (ts.isPropertyAccessExpression(node)) node = skipOuter(ts, node.expression);
  if (!ts.isCallExpression(node)) return void 0;
  const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
  const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
  const arg = node.arguments[0];
  if ((isRequire || isImport) && arg && ts.isStringLiteralLike(arg)) return arg.text;
  return void 0;
}
function describeDynamic(ts, node, sf) {
  const text = node.getText(sf).replace(/\s+/g, " ");
  const short = text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
  if (ts.isCallExpression(node) && /\breadFile(Sync)?\b/.test(text)) return `\`${short}\` reads it from a file when the migration runs`;
  if (ts.isCallExpression(node)) return `\`${short}\` is computed at run time`;
  return `\`${short}\` is known only at run time`;
}
function placeholderName(source) {
  const words = source.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? [];
  const meaningful = words.filter((w) => w !== "this" && w !== "await");
  const last = meaningful.length > 0 ? meaningful[meaningful.length - 1] : "value";
  const name = source.trim().endsWith(")") && meaningful.length > 0 ? meaningful[0] : last;
  return name.replace(/\$/g, "_").slice(0, 48) || "value";
}
function defaultPlaceholder(before, _expression, name) {
  const state = sqlLexicalState(before);
  if (state === "code") return `"\${${name}}"`;
  return state === "identifier" ? `\${${name}}` : name;
}
function sqlLexicalState(text) {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "'") {
      const close = closingQuote(text, i + 1, "'");
      if (close < 0) return "string";
      i = close + 1;
    } else if (c === '"') {
      const close = closingQuote(text, i + 1, '"');
      if (close < 0) return "identifier";
      i = close + 1;
    } else if (c === "-" && text[i + 1] === "-") {
      const nl = text.indexOf("\n", i);
      if (nl < 0) return "comment";
      i = nl + 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      if (close < 0) return "comment";
      i = close + 2;
    } else if (c === "$" && (i === 0 || !/[A-Za-z0-9_$]/.test(text[i - 1]))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (!tag) {
        i++;
        continue;
      }
      const close = text.indexOf(tag[0], i + tag[0].length);
      if (close < 0) return "string";
      i = close + tag[0].length;
    } else {
      i++;
    }
  }
  return "code";
}
function closingQuote(text, from, quote) {
  let i = from;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i;
    }
    i++;
  }
  return -1;
}

let loading;
let loaded;
function loadTypeScript() {
  loading ??= Promise.resolve().then(() => {
    loaded = requireTypeScript();
    return loaded;
  });
  return loading;
}
function requireTypeScript() {
  const require = createRequire(import.meta.url);
  try {
    return require("./typescript.cjs");
  } catch (error) {
    if (error.code !== "MODULE_NOT_FOUND") throw error;
  }
  return require("typescript");
}
function typescriptApi() {
  if (!loaded) throw new Error("The TypeScript compiler is not loaded: await loadTypeScript() before reading TS/JS migrations.");
  return loaded;
}

export { INTERNAL_ERROR as I, REPORT_REQUEST as R, StaticEvaluator as S, internalErrorFinding as a, textAt as b, concatTexts as c, describeError as d, cookLiteral as e, fileOffsetOf as f, hasInternalError as h, internalErrorStack as i, loadTypeScript as l, placeholderName as p, recordStack as r, skipOuter as s, typescriptApi as t };
