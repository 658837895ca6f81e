import RustFrontEnd

/// Compact S-expression renderings of syntax trees, so parser tests can state a tree's
/// shape in one line: `1 + 2 * 3` is `(+ 1 (* 2 3))`.
enum SyntaxDump {
  static func expression(_ expr: Expr) -> String {
    switch expr.kind {
    case .integer(let value, let suffix): "\(value)\(suffix ?? "")"
    case .float(let value, let suffix): "\(value)\(suffix ?? "")"
    case .string(let value): "\"\(value)\""
    case .character(let value): "'\(value)'"
    case .boolean(let value): "\(value)"
    case .path(let path, let generics): path.joined(separator: "::") + genericList(generics)
    case .tuple(let elements): "(tuple\(list(elements)))"
    case .array(let elements): "[\(elements.map(expression).joined(separator: " "))]"
    case .arrayRepeat(let value, let count): "[\(expression(value)); \(expression(count))]"
    case .structLiteral(let path, let fields, let base):
      "(struct \(path.joined(separator: "::"))"
        + fields.map { " \($0.name): \(expression($0.value))" }.joined()
        + (base.map { " ..\(expression($0))" } ?? "") + ")"
    case .call(let callee, let arguments): "(call \(expression(callee))\(list(arguments)))"
    case .methodCall(let receiver, let method, let generics, let arguments):
      "(.\(method)\(generics.isEmpty ? "" : "::" + genericList(generics)) \(expression(receiver))\(list(arguments)))"
    case .field(let base, let name): "(. \(expression(base)) \(name))"
    case .index(let base, let index): "(index \(expression(base)) \(expression(index)))"
    case .unary(let unary, let operand): "(\(unary.rawValue) \(expression(operand)))"
    case .reference(let mutable, let operand): "(&\(mutable ? "mut" : "") \(expression(operand)))"
    case .binary(let binary, let left, let right):
      "(\(binary.rawValue) \(expression(left)) \(expression(right)))"
    case .assign(let target, let value): "(= \(expression(target)) \(expression(value)))"
    case .compoundAssign(let binary, let target, let value):
      "(\(binary.rawValue)= \(expression(target)) \(expression(value)))"
    case .cast(let value, let type): "(as \(expression(value)) \(self.type(type)))"
    case .range(let low, let high, let inclusive):
      "(\(inclusive ? "..=" : "..") \(low.map(expression) ?? "_") \(high.map(expression) ?? "_"))"
    case .block(let block): self.block(block)
    case .ifElse(let condition, let then, let elseBranch):
      "(if \(expression(condition)) \(block(then))\(elseBranch.map { " " + expression($0) } ?? ""))"
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      "(if-let \(self.pattern(pattern)) \(expression(scrutinee)) \(block(then))"
        + "\(elseBranch.map { " " + expression($0) } ?? ""))"
    case .whileLoop(let condition, let body, let label):
      "(while\(labelText(label)) \(expression(condition)) \(block(body)))"
    case .whileLet(let pattern, let scrutinee, let body, let label):
      "(while-let\(labelText(label)) \(self.pattern(pattern)) \(expression(scrutinee)) \(block(body)))"
    case .loop(let body, let label): "(loop\(labelText(label)) \(block(body)))"
    case .forLoop(let pattern, let iterable, let body, let label):
      "(for\(labelText(label)) \(self.pattern(pattern)) \(expression(iterable)) \(block(body)))"
    case .match(let scrutinee, let arms):
      "(match \(expression(scrutinee))"
        + arms.map { arm in
          " [\(pattern(arm.pattern))\(arm.guardExpression.map { " if " + expression($0) } ?? "") => \(expression(arm.body))]"
        }.joined() + ")"
    case .breakLoop(let label, let value):
      "(break\(labelText(label))\(value.map { " " + expression($0) } ?? ""))"
    case .continueLoop(let label): "(continue\(labelText(label)))"
    case .returnValue(let value): "(return\(value.map { " " + expression($0) } ?? ""))"
    case .macro(let name, let arguments):
      "(\(name)!" + arguments.map { " " + ($0.name.map { "\($0)=" } ?? "") + expression($0.value) }.joined()
        + ")"
    case .vecList(let elements): "(vec!\(list(elements)))"
    case .vecRepeat(let value, let count): "(vec! \(expression(value)); \(expression(count)))"
    case .closure(let closure):
      "(closure\(closure.isMove ? " move" : "") [\(closure.parameters.map { pattern($0.pattern) + ($0.type.map { ": " + type($0) } ?? "") }.joined(separator: " "))]\(closure.returnType.map { " -> " + type($0) } ?? "") \(expression(closure.body)))"
    }
  }

  static func block(_ block: Block) -> String {
    let parts = block.statements.map(statement) + (block.tail.map { [expression($0)] } ?? [])
    return "{" + parts.joined(separator: " ") + "}"
  }

  static func statement(_ statement: Statement) -> String {
    switch statement.kind {
    case .binding(let pattern, let type, let initializer, let elseBlock):
      "(let \(self.pattern(pattern))\(type.map { ": " + self.type($0) } ?? "")"
        + "\(initializer.map { " = " + expression($0) } ?? "")\(elseBlock.map { " else " + block($0) } ?? ""));"
    case .expression(let expr, let hasSemicolon): expression(expr) + (hasSemicolon ? ";" : "")
    case .item(let item): self.item(item)
    case .empty: ";"
    }
  }

  static func pattern(_ pattern: Pattern) -> String {
    switch pattern.kind {
    case .identifier(let name, let mutable, let byReference, let subpattern):
      (byReference ? "ref " : "") + (mutable ? "mut " : "") + name
        + (subpattern.map { " @ " + self.pattern($0) } ?? "")
    case .wildcard: "_"
    case .rest: ".."
    case .tuple(let elements): "(" + elements.map(self.pattern).joined(separator: ", ") + ")"
    case .literal(let value): expression(value)
    case .range(let low, let high, let inclusive):
      "\(expression(low))\(inclusive ? "..=" : "..")\(expression(high))"
    case .path(let path): path.joined(separator: "::")
    case .tupleStruct(let path, let elements):
      path.joined(separator: "::") + "(" + elements.map(self.pattern).joined(separator: ", ") + ")"
    case .structure(let path, let fields, let hasRest):
      path.joined(separator: "::") + " { "
        + (fields.map { "\($0.name): \(self.pattern($0.pattern))" } + (hasRest ? [".."] : []))
        .joined(separator: ", ") + " }"
    case .reference(let mutable, let inner): "&\(mutable ? "mut " : "")\(self.pattern(inner))"
    case .or(let alternatives): alternatives.map(self.pattern).joined(separator: " | ")
    case .slice(let elements): "[" + elements.map(self.pattern).joined(separator: ", ") + "]"
    }
  }

  static func type(_ type: TypeExpr) -> String {
    switch type.kind {
    case .path(let path, let generics): path.joined(separator: "::") + genericList(generics)
    case .reference(let mutable, _, let referent): "&\(mutable ? "mut " : "")\(self.type(referent))"
    case .array(let element, let length): "[\(self.type(element)); \(expression(length))]"
    case .slice(let element): "[\(self.type(element))]"
    case .tuple(let elements): "(" + elements.map(self.type).joined(separator: ", ") + ")"
    case .inferred: "_"
    case .never: "!"
    }
  }

  static func item(_ item: Item) -> String {
    switch item {
    case .function(let function): self.function(function)
    case .structure(let decl):
      "struct \(decl.name) \(decl.shape) {"
        + decl.fields.map { "\($0.name): \(type($0.type))" }.joined(separator: ", ")
        + "}"
    case .enumeration(let decl):
      "enum \(decl.name) {"
        + decl.variants.map { variant in
          variant.name
            + (variant.payload.isEmpty ? "" : "(" + variant.payload.map(type).joined(separator: ", ") + ")")
            + (variant.discriminant.map { " = " + expression($0) } ?? "")
        }.joined(separator: ", ") + "}"
    case .implementation(let block):
      "impl \(block.traitName.map { $0 + " for " } ?? "")\(block.typeName) {"
        + block.methods.map(function).joined(separator: " ") + "}"
    case .use(let decl): "use " + decl.paths.map { $0.joined(separator: "::") }.joined(separator: ", ")
    case .global(let decl): "\(decl.kind) \(decl.name): \(type(decl.type)) = \(expression(decl.value))"
    case .trait(let decl):
      "trait \(decl.name) {"
        + decl.methods.map { (decl.provided.contains($0.name) ? "" : "required ") + function($0) }
        .joined(separator: " ") + "}"
    case .module(let decl):
      "mod \(decl.name) {"
        + zip(decl.items, decl.itemVisibilities).map { "\($1) " + Self.item($0) }.joined(separator: " ") + "}"
    case .typeAlias(let decl):
      "type \(decl.name)"
        + (decl.parameters.isEmpty ? "" : "<" + decl.parameters.joined(separator: ", ") + ">")
        + " = \(type(decl.target))"
    }
  }

  static func function(_ function: FunctionDecl) -> String {
    var parameters = function.selfParameter.map { ["\($0)"] } ?? []
    parameters += function.parameters.map { "\(pattern($0.pattern)): \(type($0.type))" }
    return "fn \(function.name)(\(parameters.joined(separator: ", ")))"
      + (function.returnType.map { " -> " + type($0) } ?? "") + " " + block(function.body)
  }

  private static func list(_ elements: [Expr]) -> String {
    elements.map { " " + expression($0) }.joined()
  }

  private static func genericList(_ generics: [TypeExpr]) -> String {
    generics.isEmpty ? "" : "<" + generics.map(type).joined(separator: ", ") + ">"
  }

  private static func labelText(_ label: String?) -> String {
    label.map { " '\($0)" } ?? ""
  }
}
