import MemoryModel

extension Checker {
  package func typed(_ kind: TypedExpr.Kind, _ type: TypeTerm, _ span: SourceSpan) -> TypedExpr {
    TypedExpr(kind: kind, type: type, span: span)
  }

  /// An expression standing in for one that failed to check (errors are already recorded).
  package func invalid(_ span: SourceSpan) -> TypedExpr {
    typed(.unit, .never, span)
  }

  package func checkExpression(_ expr: Expr) -> TypedExpr {
    nesting += 1
    defer { nesting -= 1 }
    if nesting > Self.maximumNesting {
      if nesting == Self.maximumNesting + 1 {
        unsupported("expressions nested more than \(Self.maximumNesting) levels deep", at: expr.span)
      }
      return invalid(expr.span)
    }
    let span = expr.span
    switch expr.kind {
    case .integer(let value, let suffix):
      return checkIntegerLiteral(value, suffix: suffix, span: span)
    case .float(let value, let suffix):
      let type: TypeTerm
      switch suffix {
      case "f32": type = .float(.f32)
      case "f64": type = .float(.f64)
      case nil: type = table.fresh(.float)
      default:
        error("invalid suffix `\(suffix ?? "")` for float literal", at: span)
        type = .float(.f64)
      }
      return typed(.float(value), type, span)
    case .string(let text):
      return typed(.string(text), .reference(.str, mutable: false), span)
    case .character(let scalar):
      return typed(.character(scalar), .char, span)
    case .boolean(let value):
      return typed(.boolean(value), .bool, span)
    case .path(let path, let generics):
      return checkPath(path, generics: generics, span: span)
    case .tuple(let items):
      if items.isEmpty { return typed(.unit, .unit, span) }
      let checked = items.map { checkExpression($0) }
      return typed(.tuple(checked), .tuple(checked.map(\.type)), span)
    case .array(let items):
      return checkArray(items, span: span)
    case .arrayRepeat(let value, let count):
      let element = checkExpression(value)
      guard let length = constantInteger(count), length >= 0, length <= Int128(Int.max) else {
        unsupported("the array length here (use an integer constant)", at: count.span)
        return invalid(span)
      }
      if Int(length) > 1, !isCopy(element.type) {
        error(
          "the trait bound `\(table.displayName(element.type)): Copy` is not satisfied (array repeat needs a `Copy` value)",
          at: value.span)
      }
      return typed(.arrayRepeat(element, count: Int(length)), .array(element.type, Int(length)), span)
    case .structLiteral(let path, let fields, let base):
      return checkStructLiteral(path: path, fields: fields, base: base, span: span)
    case .call(let callee, let arguments):
      return checkCall(callee: callee, arguments: arguments, span: span)
    case .methodCall(let receiver, let method, let generics, let arguments):
      return checkMethodCall(
        receiver: receiver, method: method, generics: generics, arguments: arguments, span: span)
    case .field(let base, let name):
      return checkField(base: base, name: name, span: span)
    case .index(let base, let index):
      return checkIndex(base: base, index: index, span: span)
    case .unary(let op, let operand):
      return checkUnary(op, operand, span: span)
    case .reference(let mutable, let operand):
      return checkReference(mutable: mutable, operand, span: span)
    case .binary(let op, let left, let right):
      return checkBinary(op, left, right, span: span)
    case .assign(let target, let value):
      return checkAssign(target: target, value: value, span: span)
    case .compoundAssign(let op, let target, let value):
      return checkCompoundAssign(op, target: target, value: value, span: span)
    case .cast(let value, let typeExpr):
      return checkCast(value, to: typeExpr, span: span)
    case .range(let low, let high, let inclusive):
      return checkRange(low: low, high: high, inclusive: inclusive, span: span)
    case .block(let block):
      let checked = checkBlock(block, expected: nil)
      return typed(.block(checked), blockType(checked), span)
    case .ifElse(let condition, let then, let elseBranch):
      return checkIf(condition: condition, then: then, elseBranch: elseBranch, span: span)
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      return checkIfLet(
        pattern: pattern, scrutinee: scrutinee, then: then, elseBranch: elseBranch, span: span)
    case .whileLoop(let condition, let body, let label):
      return checkWhile(condition: condition, body: body, label: label, span: span)
    case .whileLet(let pattern, let scrutinee, let body, let label):
      return checkWhileLet(pattern: pattern, scrutinee: scrutinee, body: body, label: label, span: span)
    case .loop(let body, let label):
      return checkLoop(body: body, label: label, span: span)
    case .forLoop(let pattern, let iterable, let body, let label):
      return checkFor(pattern: pattern, iterable: iterable, body: body, label: label, span: span)
    case .match(let scrutinee, let arms):
      return checkMatch(scrutinee: scrutinee, arms: arms, span: span)
    case .breakLoop(let label, let value):
      return checkBreak(label: label, value: value, span: span)
    case .continueLoop(let label):
      guard let context = findLoop(label, span: span) else { return invalid(span) }
      return typed(.continueLoop(loop: context.id), .never, span)
    case .returnValue(let value):
      let checked = value.map { coerce(checkExpression($0), to: returnType) }
      if value == nil, !isUnit(returnType) {
        error("mismatched types: expected `\(table.displayName(returnType))`, found `()`", at: span)
      }
      return typed(.returnValue(checked), .never, span)
    case .macro(let name, let arguments):
      return checkMacro(name: name, arguments: arguments, span: span)
    case .vecList(let items):
      let array = checkArray(items, span: span)
      guard case .array(let checkedItems) = array.kind, case .array(let element, _) = array.type else {
        return invalid(span)
      }
      return typed(.vecList(checkedItems), .vec(element), span)
    case .vecRepeat(let value, let count):
      let element = checkExpression(value)
      let checkedCount = coerce(checkExpression(count), to: .usize)
      if !isCopy(element.type), !isClone(element.type) {
        error("the trait bound `\(table.displayName(element.type)): Clone` is not satisfied", at: value.span)
      }
      return typed(.vecRepeat(element, count: checkedCount), .vec(element.type), span)
    }
  }

  private func checkIntegerLiteral(_ value: UInt128, suffix: String?, span: SourceSpan) -> TypedExpr {
    var type: TypeTerm
    if let suffix {
      if let kind = RustType.IntegerKind(rawValue: suffix) {
        type = .integer(kind)
        let limit: UInt128 =
          kind == .u128 ? UInt128.max : (kind.isSigned ? UInt128(kind.maximum) + 1 : UInt128(kind.maximum))
        if value > limit {
          error("literal out of range for `\(suffix)`", at: span)
        }
      } else if suffix == "f64" || suffix == "f32" {
        return typed(.float(Double(value)), .float(suffix == "f32" ? .f32 : .f64), span)
      } else {
        error("invalid suffix `\(suffix)` for number literal", at: span)
        type = .i32
      }
    } else {
      type = table.fresh(.integer)
    }
    // u128 values above Int128.max keep their bit pattern.
    return typed(.integer(Int128(truncatingIfNeeded: value)), type, span)
  }

  private func checkArray(_ items: [Expr], span: SourceSpan) -> TypedExpr {
    var checked: [TypedExpr] = []
    let element = table.fresh()
    for item in items {
      checked.append(coerce(checkExpression(item), to: element))
    }
    return typed(.array(checked), .array(element, items.count), span)
  }

  package func blockType(_ block: TypedBlock) -> TypeTerm {
    if let tail = block.tail { return tail.type }
    return blockDiverges(block) ? .never : .unit
  }

  // MARK: - Blocks and statements

  package func checkBlock(_ block: Block, expected: TypeTerm?) -> TypedBlock {
    pushScope()
    var statements: [TypedStatement] = []
    for statement in block.statements {
      if let checked = checkStatement(statement) { statements.append(checked) }
    }
    var tail = block.tail.map { checkExpression($0) }
    if let expected, let current = tail {
      tail = coerce(current, to: expected)
    }
    let declared = popScope()
    return TypedBlock(statements: statements, tail: tail, declaredSlots: declared, span: block.span)
  }

  private func checkStatement(_ statement: Statement) -> TypedStatement? {
    switch statement.kind {
    case .empty:
      return nil
    case .item(let item):
      switch item {
      case .use(let decl):
        unsupported("`use` declarations inside functions (put them at the top of the file)", at: decl.span)
      case .function(let decl):
        unsupported("functions inside functions", at: decl.span)
      case .structure(let decl):
        unsupported("structs declared inside functions", at: decl.span)
      case .enumeration(let decl):
        unsupported("enums declared inside functions", at: decl.span)
      case .implementation(let decl):
        unsupported("impl blocks inside functions", at: decl.span)
      case .global(let decl):
        unsupported("`const` and `static` inside functions", at: decl.span)
      }
      return nil
    case .expression(let expr, let hasSemicolon):
      let checked = checkExpression(expr)
      if !hasSemicolon, !isUnit(checked.type), !table.shallow(checked.type).isNever {
        error(
          "mismatched types: expected `()`, found `\(table.displayName(checked.type))`", at: expr.span)
      }
      return TypedStatement(kind: .expression(checked), span: statement.span)
    case .binding(let pattern, let typeExpr, let initializer, let elseBlock):
      return checkLet(
        pattern: pattern, typeExpr: typeExpr, initializer: initializer, elseBlock: elseBlock,
        span: statement.span)
    }
  }

  private func checkLet(
    pattern: Pattern, typeExpr: TypeExpr?, initializer: Expr?, elseBlock: Block?, span: SourceSpan
  ) -> TypedStatement {
    let declared = typeExpr.map { resolveType($0, selfType: currentOwner) }
    var value: TypedExpr?
    if let initializer {
      var checked = checkExpression(initializer)
      if let declared { checked = coerce(checked, to: declared) }
      value = checked
    }
    let type = declared ?? value?.type ?? table.fresh()
    var elseChecked: TypedBlock?
    if let elseBlock {
      elseChecked = checkBlock(elseBlock, expected: nil)
      if let block = elseChecked, !blockDiverges(block), !table.shallow(blockType(block)).isNever {
        error("`else` clause of `let...else` does not diverge", at: elseBlock.span)
      }
    }
    // The pattern's names come into scope after the initializer (shadowing works).
    let checkedPattern = checkPattern(pattern, against: type, isParameter: false)
    if initializer == nil, case .binding(let slot, _, _, nil) = checkedPattern.kind {
      deferredLocals.insert(slot)
    }
    if elseBlock == nil, checkedPattern.isRefutable, value != nil {
      error("refutable pattern in local binding", at: pattern.span)
    }
    var extends = false
    if let value, case .addressOf(let inner, _) = value.kind, !isPlaceExpression(inner) {
      extends = true
    }
    return TypedStatement(
      kind: .binding(checkedPattern, value, elseBlock: elseChecked), span: span, extendsTemporaries: extends)
  }

  // MARK: - Paths

  private func checkPath(_ rawPath: [String], generics: [TypeExpr], span: SourceSpan) -> TypedExpr {
    if rawPath.count == 1 {
      let name = rawPath[0]
      if let slot = lookupLocal(name) {
        return typed(.local(slot), locals[slot].type, span)
      }
      if let index = globalIndex[name] {
        return typed(.global(index), globalTypes[index], span)
      }
      if name == "None" {
        return typed(.variant(enumName: "Option", variant: 0, payload: []), .option(table.fresh()), span)
      }
      if let info = structs[name], info.shape == .unit {
        return typed(.structLiteral(name: name, fields: [], base: nil), .structure(name), span)
      }
      if name == "self" {
        error("`self` value is a keyword only available in methods with a `self` parameter", at: span)
        return invalid(span)
      }
      if functionsByName[name] != nil || name == "Some" || name == "drop" {
        unsupported("functions used as values", at: span)
        return invalid(span)
      }
      error("cannot find value `\(name)` in this scope", at: span)
      return invalid(span)
    }
    var path = expandPath(rawPath)
    if path.first == "Self", let owner = currentOwner { path[0] = owner }
    if path.count == 2, let info = enums[path[0]] {
      guard let index = info.variants.firstIndex(where: { $0.name == path[1] }) else {
        error("no variant named `\(path[1])` found for enum `\(path[0])`", at: span)
        return invalid(span)
      }
      if !info.variants[index].payload.isEmpty {
        unsupported("enum constructors used as values", at: span)
        return invalid(span)
      }
      return typed(.variant(enumName: path[0], variant: index, payload: []), .enumeration(path[0]), span)
    }
    if path == ["Option", "None"] || path == ["std", "option", "Option", "None"] {
      return typed(.variant(enumName: "Option", variant: 0, payload: []), .option(table.fresh()), span)
    }
    if let constant = numericConstant(path, span: span) { return constant }
    if path.count == 2, structs[path[0]] != nil || enums[path[0]] != nil {
      if methods[path[0]]?[path[1]] != nil {
        unsupported("functions used as values", at: span)
      } else {
        error("no function or associated item named `\(path[1])` found for `\(path[0])`", at: span)
      }
      return invalid(span)
    }
    unsupported("the path `\(rawPath.joined(separator: "::"))`", at: span)
    return invalid(span)
  }

  private func numericConstant(_ path: [String], span: SourceSpan) -> TypedExpr? {
    var segments = path
    if segments.first == "std" { segments.removeFirst() }
    guard segments.count >= 2, let name = segments.last else { return nil }
    let typeName = segments[segments.count - 2]
    if let kind = RustType.IntegerKind(rawValue: typeName) {
      switch name {
      case "MAX":
        let value = kind == .u128 ? Int128(-1) : kind.maximum
        return typed(.integer(value), .integer(kind), span)
      case "MIN": return typed(.integer(kind.minimum), .integer(kind), span)
      case "BITS": return typed(.integer(Int128(kind.bitWidth)), .integer(.u32), span)
      default: return nil
      }
    }
    if typeName == "f64" || typeName == "f32" || (segments.count == 3 && segments[1] == "consts") {
      let floatName = segments[0]
      guard let kind = RustType.FloatKind(rawValue: floatName) else { return nil }
      let value: Double
      switch name {
      case "MAX":
        value = kind == .f32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
      case "MIN":
        value = kind == .f32 ? -Double(Float.greatestFiniteMagnitude) : -Double.greatestFiniteMagnitude
      case "EPSILON": value = kind == .f32 ? Double(Float.ulpOfOne) : Double.ulpOfOne
      case "INFINITY": value = .infinity
      case "NEG_INFINITY": value = -.infinity
      case "NAN": value = .nan
      case "PI": value = kind == .f32 ? Double(Float.pi) : Double.pi
      case "E": value = kind == .f32 ? Double(Float(eulerNumber)) : eulerNumber
      default: return nil
      }
      return typed(.float(value), .float(kind), span)
    }
    if typeName == "char", name == "MAX" {
      return typed(.character("\u{10FFFF}"), .char, span)
    }
    return nil
  }

  // MARK: - Struct literals

  private func checkStructLiteral(
    path rawPath: [String], fields: [FieldInitializer], base: Expr?, span: SourceSpan
  ) -> TypedExpr {
    var name = rawPath.last ?? ""
    if name == "Self", let owner = currentOwner { name = owner }
    if rawPath.count == 2,
      enums[rawPath[0]] != nil || (rawPath[0] == "Self" && enums[currentOwner ?? ""] != nil)
    {
      unsupported("enum variants with named fields", at: span)
      return invalid(span)
    }
    guard let info = structs[name] else {
      error("cannot find struct `\(rawPath.joined(separator: "::"))` in this scope", at: span)
      return invalid(span)
    }
    var checkedFields: [(index: Int, value: TypedExpr)] = []
    var seen: Set<Int> = []
    for field in fields {
      guard let index = info.fields.firstIndex(where: { $0.name == field.name }) else {
        error("struct `\(name)` has no field named `\(field.name)`", at: field.span)
        continue
      }
      if seen.contains(index) {
        error("field `\(field.name)` specified more than once", at: field.span)
      }
      seen.insert(index)
      checkedFields.append((index, coerce(checkExpression(field.value), to: info.fields[index].type)))
    }
    var checkedBase: TypedExpr?
    if let base {
      checkedBase = coerce(checkExpression(base), to: .structure(name))
    } else {
      let missing = info.fields.indices.filter { !seen.contains($0) }.map { "`\(info.fields[$0].name)`" }
      if !missing.isEmpty {
        error(
          "missing field\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) in initializer of `\(name)`",
          at: span)
      }
    }
    return typed(.structLiteral(name: name, fields: checkedFields, base: checkedBase), .structure(name), span)
  }

  // MARK: - Fields and indexing

  /// Follows references, boxes and `Rc`s: the base expression as a place of the pointee.
  package func autoderefOnce(_ expr: TypedExpr) -> TypedExpr? {
    switch table.shallow(expr.type) {
    case .reference(let inner, _), .box(let inner):
      return typed(.deref(expr), inner, expr.span)
    case .rc(let inner):
      return typed(.deref(expr), inner, expr.span)
    default:
      return nil
    }
  }

  private func checkField(base: Expr, name: String, span: SourceSpan) -> TypedExpr {
    var current = checkExpression(base)
    for _ in 0..<16 {
      let type = table.shallow(current.type)
      switch type {
      case .structure(let structName):
        if let info = structs[structName], let index = info.fields.firstIndex(where: { $0.name == name }) {
          return typed(.field(current, index: index), info.fields[index].type, span)
        }
        if methods[structName]?[name] != nil {
          error("attempted to take value of method `\(name)` on type `\(structName)`", at: span)
        } else {
          error("no field `\(name)` on type `\(structName)`", at: span)
        }
        return invalid(span)
      case .tuple(let items):
        if let index = Int(name), index < items.count {
          return typed(.field(current, index: index), items[index], span)
        }
        error("no field `\(name)` on type `\(table.displayName(type))`", at: span)
        return invalid(span)
      case .variable:
        error("type annotations needed", at: base.span)
        return invalid(span)
      default:
        guard let next = autoderefOnce(current) else {
          if !type.isNever {
            error("no field `\(name)` on type `\(table.displayName(type))`", at: span)
          }
          return invalid(span)
        }
        current = next
      }
    }
    return invalid(span)
  }

  private func checkIndex(base: Expr, index: Expr, span: SourceSpan) -> TypedExpr {
    var current = checkExpression(base)
    let checkedIndex = checkExpression(index)
    if case .range = table.shallow(checkedIndex.type) {
      return checkSliceIndex(current, checkedIndex, span: span)
    }
    let indexValue = coerce(checkedIndex, to: .usize)
    for _ in 0..<16 {
      switch table.shallow(current.type) {
      case .vec(let element):
        // `Vec`'s `Index` impl reports panics at the `[`; built-in indexing at the expression.
        return typed(.index(current, index: indexValue), element, bracketSpan(after: base.span) ?? span)
      case .array(let element, _):
        return typed(.index(current, index: indexValue), element, span)
      case .slice(let element):
        return typed(.index(current, index: indexValue), element, span)
      case .str, .string:
        error(
          "the type `str` cannot be indexed by `{integer}` (strings are not indexed by position)", at: span)
        return invalid(span)
      case .variable:
        error("type annotations needed", at: base.span)
        return invalid(span)
      default:
        guard let next = autoderefOnce(current) else {
          error("cannot index into a value of type `\(table.displayName(current.type))`", at: span)
          return invalid(span)
        }
        current = next
      }
    }
    return invalid(span)
  }

  /// Where the `[` after an indexed expression is.
  package func bracketSpan(after base: SourceSpan) -> SourceSpan? {
    var line = base.end.line
    var column = base.end.column
    for _ in 0..<1000 {
      guard line >= 1, line <= sourceLines.count else { return nil }
      let text = sourceLines[line - 1]
      if column - 1 >= text.count {
        line += 1
        column = 1
        continue
      }
      let scalar = text[column - 1]
      if scalar == "[" {
        let start = SourceLocation(line: line, column: column)
        return SourceSpan(start: start, end: SourceLocation(line: line, column: column + 1))
      }
      guard scalar == " " || scalar == "\t" else { return nil }
      column += 1
    }
    return nil
  }

  /// `&v[1..3]`, `&s[0..5]`: the unsized `[T]` / `str` place, always borrowed.
  private func checkSliceIndex(_ base: TypedExpr, _ range: TypedExpr, span: SourceSpan) -> TypedExpr {
    guard case .range(let element, _) = table.shallow(range.type), table.unify(element, .usize) else {
      error("mismatched types: expected `usize`, found `\(table.displayName(range.type))`", at: range.span)
      return invalid(span)
    }
    var current = base
    // Range indexing goes through `Index` impls, which report panics at the `[`.
    let bracket = bracketSpan(after: base.span) ?? span
    for _ in 0..<16 {
      switch table.shallow(current.type) {
      case .array(let element, _), .vec(let element), .slice(let element):
        return typed(.index(current, index: range), .slice(element), bracket)
      case .string, .str:
        return typed(.index(current, index: range), .str, bracket)
      default:
        guard let next = autoderefOnce(current) else {
          error("cannot index into a value of type `\(table.displayName(current.type))`", at: span)
          return invalid(span)
        }
        current = next
      }
    }
    return invalid(span)
  }

  // MARK: - Operators

  private func checkUnary(_ op: UnaryOperator, _ operand: Expr, span: SourceSpan) -> TypedExpr {
    let checked = checkExpression(operand)
    let type = table.shallow(checked.type)
    switch op {
    case .dereference:
      switch type {
      case .reference(let inner, _), .box(let inner), .rc(let inner):
        return typed(.deref(checked), inner, span)
      case .never: return checked
      default:
        error("type `\(table.displayName(type))` cannot be dereferenced", at: span)
        return invalid(span)
      }
    case .negate:
      // `-128i8`, `i128::MIN` written out: the literal is negated before its range is checked.
      if case .integer(let literal) = checked.kind {
        return typed(.integer(0 &- literal), checked.type, span)
      }
      if case .float(let literal) = checked.kind {
        return typed(.float(-literal), checked.type, span)
      }
      let value = derefNumeric(checked)
      switch table.shallow(value.type) {
      case .integer(let kind) where !kind.isSigned:
        error("cannot apply unary operator `-` to type `\(kind.rawValue)`", at: span)
        return invalid(span)
      case .integer, .float:
        return typed(.negate(value), value.type, span)
      case .variable where table.kind(of: value.type) != .general:
        return typed(.negate(value), value.type, span)
      default:
        error("cannot apply unary operator `-` to type `\(table.displayName(value.type))`", at: span)
        return invalid(span)
      }
    case .not:
      let value = derefNumeric(checked)
      switch table.shallow(value.type) {
      case .bool, .integer:
        return typed(.not(value), value.type, span)
      case .variable where table.kind(of: value.type) == .integer:
        return typed(.not(value), value.type, span)
      default:
        error("cannot apply unary operator `!` to type `\(table.displayName(value.type))`", at: span)
        return invalid(span)
      }
    }
  }

  /// `&i32` operands of arithmetic are read through (`sum += x` with `x: &i32`).
  package func derefNumeric(_ expr: TypedExpr) -> TypedExpr {
    var current = expr
    while case .reference(let inner, _) = table.shallow(current.type) {
      current = typed(.deref(current), inner, current.span)
    }
    return current
  }

  package func isNumeric(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer, .float: return true
    case .variable: return table.kind(of: type) != .general
    default: return false
    }
  }

  private func checkBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, span: SourceSpan) -> TypedExpr {
    let l = checkExpression(left)
    let r = checkExpression(right)
    switch op {
    case .logicalAnd, .logicalOr:
      return typed(
        .logical(isAnd: op == .logicalAnd, coerce(l, to: .bool), coerce(r, to: .bool)), .bool, span)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      return checkComparison(op, l, r, span: span)
    default:
      return checkArithmetic(op, l, r, span: span)
    }
  }

  package func checkArithmetic(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, span: SourceSpan)
    -> TypedExpr
  {
    let left = derefNumeric(l)
    let right = derefNumeric(r)
    let leftType = table.shallow(left.type)
    if leftType.isNever || table.shallow(right.type).isNever {
      return typed(.arithmetic(op, left, right), .never, span)
    }
    if op == .add, case .string = leftType {
      // `String + &str` appends to the left string.
      let appended = coerce(r, to: .reference(.str, mutable: false))
      return typed(.builtin(.stringPushStr, arguments: [left, appended]), .string, span)
    }
    if op == .shiftLeft || op == .shiftRight {
      guard isIntegerLike(left.type), isIntegerLike(right.type) else {
        error(
          "no implementation for `\(table.displayName(left.type)) \(op.rawValue) \(table.displayName(right.type))`",
          at: span)
        return invalid(span)
      }
      return typed(.arithmetic(op, left, right), left.type, span)
    }
    let bitwise = op == .bitAnd || op == .bitOr || op == .bitXor
    if bitwise, case .bool = leftType {
      guard table.unify(right.type, .bool) else {
        error("mismatched types: expected `bool`, found `\(table.displayName(right.type))`", at: right.span)
        return invalid(span)
      }
      return typed(.arithmetic(op, left, right), .bool, span)
    }
    guard isNumeric(left.type), isNumeric(right.type), table.unify(left.type, right.type) else {
      if isNumeric(left.type) && isNumeric(right.type) {
        error(
          "mismatched types: expected `\(table.displayName(left.type))`, found `\(table.displayName(right.type))`",
          at: right.span)
      } else {
        error(
          "cannot apply `\(op.rawValue)` to `\(table.displayName(left.type))` and `\(table.displayName(right.type))`",
          at: span)
      }
      return invalid(span)
    }
    if bitwise, case .float = table.shallow(left.type) {
      error(
        "no implementation for `\(table.displayName(left.type)) \(op.rawValue) \(table.displayName(right.type))`",
        at: span)
      return invalid(span)
    }
    return typed(.arithmetic(op, left, right), left.type, span)
  }

  package func isIntegerLike(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer: return true
    case .variable: return table.kind(of: type) == .integer
    default: return false
    }
  }

  private func checkComparison(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, span: SourceSpan)
    -> TypedExpr
  {
    var left = l
    var right = r
    // Strings compare with each other however they are held (`s == "hi"`, `&s == "hi"`).
    if isStringLike(left.type), isStringLike(right.type) {
      return typed(.comparison(op, asStrReference(left), asStrReference(right)), .bool, span)
    }
    // Peel matching layers of references; `&i32 == i32` is read through too.
    while true {
      let lt = table.shallow(left.type)
      let rt = table.shallow(right.type)
      if case .reference(let a, _) = lt, case .reference(let b, _) = rt {
        left = typed(.deref(left), a, left.span)
        right = typed(.deref(right), b, right.span)
      } else if case .reference(let a, _) = lt, isNumeric(rt) || isSimpleValue(rt) {
        left = typed(.deref(left), a, left.span)
      } else if case .reference(let b, _) = rt, isNumeric(lt) || isSimpleValue(lt) {
        right = typed(.deref(right), b, right.span)
      } else {
        break
      }
    }
    if table.shallow(left.type).isNever || table.shallow(right.type).isNever {
      return typed(.comparison(op, left, right), .bool, span)
    }
    guard table.unify(left.type, right.type) else {
      error(
        "mismatched types: expected `\(table.displayName(left.type))`, found `\(table.displayName(right.type))`",
        at: right.span)
      return invalid(span)
    }
    let ordering = op != .equal && op != .notEqual
    if !isComparable(left.type, ordering: ordering) {
      let trait = ordering ? "PartialOrd" : "PartialEq"
      error(
        "binary operation `\(op.rawValue)` cannot be applied to type `\(table.displayName(left.type))` (it does not implement `\(trait)`)",
        at: span)
      return invalid(span)
    }
    return typed(.comparison(op, left, right), .bool, span)
  }

  private func isSimpleValue(_ type: TypeTerm) -> Bool {
    switch type {
    case .bool, .char: return true
    default: return false
    }
  }

  package func isStringLike(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .string, .str: return true
    case .reference(let inner, _): return isStringLike(inner)
    default: return false
    }
  }

  /// Any string-like expression as a `&str` value.
  package func asStrReference(_ expr: TypedExpr) -> TypedExpr {
    switch table.shallow(expr.type) {
    case .string:
      let reference = typed(.addressOf(expr, mutable: false), .reference(.string, mutable: false), expr.span)
      return typed(.coerce(.stringToStr, reference), .reference(.str, mutable: false), expr.span)
    case .str:
      return typed(.addressOf(expr, mutable: false), .reference(.str, mutable: false), expr.span)
    case .reference(let inner, _):
      switch table.shallow(inner) {
      case .str:
        return expr
      case .string:
        return typed(.coerce(.stringToStr, expr), .reference(.str, mutable: false), expr.span)
      default:
        return asStrReference(typed(.deref(expr), inner, expr.span))
      }
    default:
      return expr
    }
  }

  package func isComparable(_ type: TypeTerm, ordering: Bool) -> Bool {
    switch table.shallow(type) {
    case .unit, .bool, .char, .integer, .float, .string, .str: return true
    case .variable: return table.kind(of: type) != .general
    case .vec(let t), .box(let t), .rc(let t), .option(let t), .array(let t, _), .slice(let t):
      return isComparable(t, ordering: ordering)
    case .reference(let t, _): return isComparable(t, ordering: ordering)
    case .tuple(let items): return items.allSatisfy { isComparable($0, ordering: ordering) }
    case .structure(let name):
      let derives = structs[name]?.derives ?? []
      return derives.contains(ordering ? "PartialOrd" : "PartialEq")
    case .enumeration(let name):
      let derives = enums[name]?.derives ?? []
      return derives.contains(ordering ? "PartialOrd" : "PartialEq")
    default: return false
    }
  }

  // MARK: - References

  private func checkReference(mutable: Bool, _ operand: Expr, span: SourceSpan) -> TypedExpr {
    let checked = checkExpression(operand)
    if mutable, isPlaceExpression(checked), !placeIsMutable(checked) {
      error(
        "cannot borrow `\(placeDescription(checked))` as mutable, as it is not declared as mutable", at: span)
    }
    return typed(.addressOf(checked, mutable: mutable), .reference(checked.type, mutable: mutable), span)
  }

  package func isPlaceExpression(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .local, .deref, .index: return true
    case .global(let index): return checkedGlobalIsStatic(index)
    case .field: return true
    default: return false
    }
  }

  package func checkedGlobalIsStatic(_ index: Int) -> Bool {
    globalDeclarations[index].kind != .constant
  }

  // MARK: - Assignment

  private func checkAssign(target: Expr, value: Expr, span: SourceSpan) -> TypedExpr {
    if case .path(let path, _) = target.kind, path == ["_"] {
      let checked = checkExpression(value)
      return typed(
        .block(
          TypedBlock(
            statements: [TypedStatement(kind: .expression(checked), span: span)], tail: nil,
            declaredSlots: [], span: span)), .unit, span)
    }
    let place = checkExpression(target)
    guard isPlaceExpression(place) else {
      error("invalid left-hand side of assignment", at: target.span)
      return invalid(span)
    }
    let checkedValue = coerce(checkExpression(value), to: place.type)
    checkAssignable(place, span: target.span)
    return typed(.assign(place, checkedValue), .unit, span)
  }

  package func checkAssignable(_ place: TypedExpr, span: SourceSpan) {
    if case .local(let slot) = place.kind {
      if !locals[slot].isMutable && !deferredLocals.contains(slot) {
        error("cannot assign twice to immutable variable `\(locals[slot].name)`", at: span)
      }
      return
    }
    if !placeIsMutable(place) {
      if placeIsBehindSharedReference(place) {
        error("cannot assign to `\(placeDescription(place))`, which is behind a `&` reference", at: span)
      } else {
        error(
          "cannot assign to `\(placeDescription(place))`, as `\(rootName(place))` is not declared as mutable",
          at: span)
      }
    }
  }

  /// Whether the place may be written (or borrowed `&mut`).
  package func placeIsMutable(_ place: TypedExpr) -> Bool {
    switch place.kind {
    case .local(let slot): return locals[slot].isMutable
    case .field(let base, _), .index(let base, _):
      if case .slice = table.shallow(base.type) { return placeIsMutable(base) }
      return isPlaceExpression(base) ? placeIsMutable(base) : true
    case .deref(let pointer):
      switch table.shallow(pointer.type) {
      case .reference(_, let mutable): return mutable
      case .box: return isPlaceExpression(pointer) ? placeIsMutable(pointer) : true
      default: return false
      }
    case .coerce(_, let inner): return placeIsMutable(inner)
    default: return false
    }
  }

  package func placeIsBehindSharedReference(_ place: TypedExpr) -> Bool {
    switch place.kind {
    case .field(let base, _), .index(let base, _): return placeIsBehindSharedReference(base)
    case .deref(let pointer):
      switch table.shallow(pointer.type) {
      case .reference(_, let mutable): return !mutable
      case .rc: return true
      case .box: return placeIsBehindSharedReference(pointer)
      default: return false
      }
    default: return false
    }
  }

  package func rootName(_ place: TypedExpr) -> String {
    switch place.kind {
    case .local(let slot): return locals[slot].name
    case .field(let base, _), .index(let base, _), .deref(let base), .coerce(_, let base):
      return rootName(base)
    default: return "value"
    }
  }

  /// How rustc names a place in messages: `x`, `self.name`, `*r`, `v[_]`.
  package func placeDescription(_ place: TypedExpr) -> String {
    switch place.kind {
    case .local(let slot): return locals[slot].name
    case .global(let index): return globalDeclarations[index].name
    case .field(let base, let index):
      var name = String(index)
      switch table.shallow(base.type) {
      case .structure(let structName): name = structs[structName]?.fields[index].name ?? name
      default: break
      }
      if case .deref(let inner) = base.kind, case .reference = table.shallow(inner.type) {
        return "\(placeDescription(inner)).\(name)"
      }
      return "\(placeDescription(base)).\(name)"
    case .index(let base, _): return "\(placeDescription(base))[_]"
    case .deref(let inner): return "*\(placeDescription(inner))"
    case .coerce(_, let inner): return placeDescription(inner)
    default: return "value"
    }
  }

  private func checkCompoundAssign(_ op: BinaryOperator, target: Expr, value: Expr, span: SourceSpan)
    -> TypedExpr
  {
    let place = checkExpression(target)
    guard isPlaceExpression(place) else {
      error("invalid left-hand side of assignment", at: target.span)
      return invalid(span)
    }
    let checkedValue = checkExpression(value)
    if op == .add, case .string = table.shallow(place.type) {
      let appended = coerce(checkedValue, to: .reference(.str, mutable: false))
      checkAssignable(place, span: target.span)
      let receiver = typed(.addressOf(place, mutable: true), .reference(.string, mutable: true), place.span)
      return typed(.builtin(.stringPushStr, arguments: [receiver, appended]), .unit, span)
    }
    let result = checkArithmetic(op, place, checkedValue, span: span)
    guard case .arithmetic(_, _, let right) = result.kind else { return result }
    checkAssignable(place, span: target.span)
    return typed(.compoundAssign(op, place, right), .unit, span)
  }

  // MARK: - Casts and ranges

  private func checkCast(_ value: Expr, to typeExpr: TypeExpr, span: SourceSpan) -> TypedExpr {
    let checked = derefNumeric(checkExpression(value))
    let target = resolveType(typeExpr, selfType: currentOwner)
    let source = table.shallow(checked.type)
    let targetShallow = table.shallow(target)
    var valid = false
    switch (source, targetShallow) {
    case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float), (.bool, .integer),
      (.char, .integer), (.enumeration, .integer):
      valid = true
    case (.integer(.u8), .char): valid = true
    case (.variable, .integer), (.variable, .float):
      valid = table.kind(of: source) != .general
      if table.kind(of: source) == .integer, case .integer = targetShallow {
        // An unsuffixed literal cast to a type takes... i32, as rustc does.
        _ = table.unify(source, .i32)
      }
    case (.variable, .char):
      valid = table.unify(source, .u8)
    case (.reference, .reference), (.reference, .integer):
      valid = false
    default:
      valid = table.unify(source, targetShallow)
    }
    if case .enumeration(let name) = source,
      enums[name]?.variants.contains(where: { !$0.payload.isEmpty }) == true
    {
      valid = false
    }
    if !valid {
      error(
        "non-primitive cast: `\(table.displayName(checked.type))` as `\(table.displayName(target))`", at: span
      )
      return invalid(span)
    }
    return typed(.cast(checked), target, span)
  }

  private func checkRange(low: Expr?, high: Expr?, inclusive: Bool, span: SourceSpan) -> TypedExpr {
    let element = table.fresh(.general)
    var checkedLow: TypedExpr?
    var checkedHigh: TypedExpr?
    if let low {
      checkedLow = coerce(derefNumeric(checkExpression(low)), to: element)
    }
    if let high {
      checkedHigh = coerce(derefNumeric(checkExpression(high)), to: element)
    }
    if low == nil && high == nil { _ = table.unify(element, .usize) }
    return typed(
      .range(checkedLow, checkedHigh, inclusive: inclusive), .range(element, inclusive: inclusive), span)
  }

  // MARK: - Coercion

  /// Converts `expr` to `target` at a coercion site (a `let` with a type, an argument, a
  /// return value, a field): unifies, or inserts `&String` → `&str`-style conversions.
  package func coerce(_ expr: TypedExpr, to target: TypeTerm) -> TypedExpr {
    let actual = table.shallow(expr.type)
    let wanted = table.shallow(target)
    if actual.isNever {
      return typed(.coerce(.never, expr), target, expr.span)
    }
    if table.unify(actual, wanted) { return expr }
    if case .reference(let inner, let mutable) = actual,
      case .reference(let wantedInner, let wantedMutable) = wanted
    {
      var current = expr
      if mutable && !wantedMutable {
        current = typed(.coerce(.mutableToShared, current), .reference(inner, mutable: false), current.span)
        if table.unify(inner, wantedInner) { return current }
      }
      if let converted = derefCoercion(current, to: wantedInner, mutable: wantedMutable) { return converted }
    }
    error(
      "mismatched types: expected `\(table.displayName(target))`, found `\(table.displayName(expr.type))`",
      at: expr.span)
    return typed(.coerce(.never, expr), target, expr.span)
  }

  /// `&String` → `&str`, `&Vec<T>` → `&[T]`, `&[T; N]` → `&[T]`, `&Box<T>` → `&T`, `&&T` → `&T`.
  private func derefCoercion(_ expr: TypedExpr, to wanted: TypeTerm, mutable: Bool) -> TypedExpr? {
    var current = expr
    for _ in 0..<8 {
      guard case .reference(let inner, let isMutable) = table.shallow(current.type) else { return nil }
      let resultType = TypeTerm.reference(wanted, mutable: mutable)
      switch (table.shallow(inner), table.shallow(wanted)) {
      case (.string, .str):
        return typed(.coerce(.stringToStr, current), resultType, current.span)
      case (.vec(let element), .slice(let wantedElement)):
        guard table.unify(element, wantedElement) else { return nil }
        return typed(.coerce(.vecToSlice, current), resultType, current.span)
      case (.array(let element, let length), .slice(let wantedElement)):
        guard table.unify(element, wantedElement) else { return nil }
        return typed(.coerce(.arrayToSlice(length: length), current), resultType, current.span)
      case (.box(let boxed), _):
        current = typed(
          .coerce(.boxToReference, current), .reference(boxed, mutable: isMutable), current.span)
      case (.rc(let counted), _):
        current = typed(.coerce(.rcToReference, current), .reference(counted, mutable: false), current.span)
      case (.reference(let target, let innerMutable), _):
        current = typed(.deref(current), .reference(target, mutable: innerMutable), current.span)
      default:
        return nil
      }
      if case .reference(let now, _) = table.shallow(current.type), table.unify(now, wanted) {
        if mutable, case .reference(_, false) = table.shallow(current.type) { return nil }
        return typed(current.kind, resultType, current.span)
      }
    }
    return nil
  }
}

/// Euler's number (Foundation is not imported here).
package let eulerNumber = 2.718281828459045
