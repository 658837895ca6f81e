/// A checked format string: the parsed pieces plus which arguments rustc inlines.
/// The expressions that go with it are stored next to it: positional arguments first,
/// then one per name in `names` (named arguments and captured variables).
package struct FormatTemplate: Sendable {
  package var format: FormatString
  package var positionalCount: Int
  package var names: [String]
  /// Positional arguments that are plain string or integer literals formatted with `{}`.
  package var inlinedLiterals: Set<Int>
  /// Arguments formatted by the program's own `Display`: each value is the call of its `fmt`,
  /// and the placeholder prints what that call wrote.
  package var renderedPositions: Set<Int> = []
}

extension Checker {
  package func checkMacro(name: String, arguments: [MacroArgument], span: SourceSpan) -> TypedExpr {
    switch name {
    case Self.embeddedMacro:
      return checkEmbeddedMacro(arguments: arguments, span: span)
    case Self.debugWalkRootMacro, Self.debugWalkLeafMacro:
      return checkDebugWalkMacro(name: name, arguments: arguments, span: span) ?? invalid(span)
    case "println", "print", "eprintln", "eprint":
      let newline = name.hasSuffix("ln")
      let stream: StandardStream = name.hasPrefix("e") ? .stderr : .stdout
      guard let checked = checkFormatArguments(arguments, macro: name, span: span, allowEmpty: newline)
      else { return invalid(span) }
      var template = checked.0
      let values = checked.1
      if newline { template.format.pieces.append(.literal("\n")) }
      return typed(.print(stream, template, values), .unit, span)
    case "format":
      guard
        let (template, values) = checkFormatArguments(arguments, macro: name, span: span, allowEmpty: false)
      else { return invalid(span) }
      return typed(.format(template, values), .string, span)
    case "panic", "unreachable", "todo", "unimplemented":
      let prefix: String
      switch name {
      case "unreachable": prefix = "internal error: entered unreachable code"
      case "todo": prefix = "not yet implemented"
      case "unimplemented": prefix = "not implemented"
      default: prefix = ""
      }
      if arguments.isEmpty {
        let text = name == "panic" ? "explicit panic" : prefix
        let template = FormatTemplate(
          format: FormatString(pieces: [.literal(text)]), positionalCount: 0, names: [], inlinedLiterals: [])
        return typed(.panic(template, []), .never, span)
      }
      guard let checked = checkFormatArguments(arguments, macro: name, span: span, allowEmpty: false)
      else { return invalid(span) }
      var template = checked.0
      let values = checked.1
      if !prefix.isEmpty { template.format.pieces.insert(.literal(prefix + ": "), at: 0) }
      return typed(.panic(template, values), .never, span)
    case "assert":
      guard let first = arguments.first else {
        error("macro requires a boolean expression as an argument", at: span)
        return invalid(span)
      }
      let condition = coerce(checkExpression(first.value), to: .bool)
      var template: FormatTemplate?
      var values: [TypedExpr] = []
      if arguments.count > 1 {
        guard
          let (checkedTemplate, checkedValues) = checkFormatArguments(
            Array(arguments.dropFirst()), macro: name, span: span, allowEmpty: false)
        else { return invalid(span) }
        template = checkedTemplate
        values = checkedValues
      }
      let text = sourceText(first.value.span)
      return typed(.assert(condition, template, values, sourceText: text), .unit, span)
    case "assert_eq", "assert_ne":
      guard arguments.count >= 2 else {
        error("`\(name)!` needs two arguments to compare", at: span)
        return invalid(span)
      }
      var left = checkExpression(arguments[0].value)
      var right = checkExpression(arguments[1].value)
      if isStringLike(left.type), isStringLike(right.type),
        table.resolve(left.type) != table.resolve(right.type)
      {
        left = asStrReference(left)
        right = asStrReference(right)
      } else if isSequence(left.type), isSequence(right.type), !table.unify(left.type, right.type) {
        guard case .slices(let a, let b) = sequenceEquality(left, right) else {
          unsupported("comparisons of a slice, array or `Vec` with a different one of these", at: span)
          return invalid(span)
        }
        (left, right) = (a, b)
      } else if !table.unify(left.type, right.type) {
        error(
          "mismatched types: expected `\(table.displayName(left.type))`, found `\(table.displayName(right.type))`",
          at: arguments[1].value.span)
        return invalid(span)
      }
      if arguments.count == 2, !table.shallow(left.type).isReference, hasHandWrittenEquality(left.type) {
        return handWrittenAssertEqual(left: left, right: right, isEqual: name == "assert_eq", span: span)
      }
      if holdsHandWrittenDebug(left.type) {
        unsupported("`\(name)!` on types with a hand-written `Debug`", at: span)
        return invalid(span)
      }
      if table.shallow(left.type).isNever || table.shallow(right.type).isNever {
        return invalid(span)  // An operand that failed to check, already reported.
      }
      if !isComparable(left.type, ordering: false), refusesUnsettledComparison(left.type, at: span) {
        return invalid(span)
      }
      if !isComparable(left.type, ordering: false) {
        error("binary operation `==` cannot be applied to type `\(table.displayName(left.type))`", at: span)
        return invalid(span)
      }
      var template: FormatTemplate?
      var values: [TypedExpr] = []
      if arguments.count > 2 {
        guard
          let (checkedTemplate, checkedValues) = checkFormatArguments(
            Array(arguments.dropFirst(2)), macro: name, span: span, allowEmpty: false)
        else { return invalid(span) }
        template = checkedTemplate
        values = checkedValues
      }
      return typed(.assertEqual(left, right, isEqual: name == "assert_eq", template, values), .unit, span)
    case "dbg" where arguments.count == 1 && arguments[0].name == nil:
      return checkDebugMacro(arguments[0].value, span: span)
    case "write", "writeln":
      return checkWriteMacro(name: name, arguments: arguments, span: span)
    case "matches", "dbg", "include_str", "concat", "stringify", "env", "line", "file",
      "column", "thread_local", "lazy_static":
      unsupported("the macro `\(name)!`", at: span)
      return invalid(span)
    default:
      error("cannot find macro `\(name)` in this scope", at: span)
      return invalid(span)
    }
  }

  /// The source text of a span on one line (what `assert!` quotes in its message).
  package func sourceText(_ span: SourceSpan) -> String {
    guard span.start.line >= 1, span.start.line <= sourceLines.count else { return "" }
    if span.start.line == span.end.line {
      let line = sourceLines[span.start.line - 1]
      let start = max(0, span.start.column - 1)
      let end = min(line.count, span.end.column - 1)
      guard start < end else { return "" }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: line[start..<end])
      return String(text)
    }
    var parts: [String] = []
    for lineNumber in span.start.line...min(span.end.line, sourceLines.count) {
      var line = sourceLines[lineNumber - 1]
      if lineNumber == span.end.line { line = Array(line.prefix(max(0, span.end.column - 1))) }
      if lineNumber == span.start.line { line = Array(line.dropFirst(max(0, span.start.column - 1))) }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: line)
      parts.append(String(text).trimmingSpaces())
    }
    return parts.joined(separator: " ")
  }

  /// Checks `"format {}", args…` and returns the template with its argument expressions.
  package func checkFormatArguments(
    _ arguments: [MacroArgument], macro: String, span: SourceSpan, allowEmpty: Bool
  ) -> (FormatTemplate, [TypedExpr])? {
    guard let first = arguments.first else {
      if allowEmpty {
        return (
          FormatTemplate(
            format: FormatString(pieces: []), positionalCount: 0, names: [], inlinedLiterals: []), []
        )
      }
      error("requires at least a format string argument", at: span)
      return nil
    }
    guard case .string(let literal) = first.value.kind, first.name == nil else {
      error("format argument must be a string literal", at: first.value.span)
      return nil
    }
    let format: FormatString
    do {
      format = try FormatString.parse(literal)
    } catch {
      let column = first.value.span.start.column + 1 + error.offset
      let location = SourceLocation(line: first.value.span.start.line, column: column)
      var diagnostic = Diagnostic(
        error.message,
        at: SourceSpan(start: location, end: SourceLocation(line: location.line, column: column + 1)))
      if let note = error.note { diagnostic.notes = [note] }
      diagnostics.append(diagnostic)
      return nil
    }
    var positional: [TypedExpr] = []
    var namedValues: [String: TypedExpr] = [:]
    var namedOrder: [String] = []
    var inlined: Set<Int> = []
    for argument in arguments.dropFirst() {
      let checked = checkExpression(argument.value)
      if let name = argument.name {
        namedValues[name] = checked
        namedOrder.append(name)
      } else {
        if !namedOrder.isEmpty {
          error("positional arguments cannot follow named arguments", at: argument.value.span)
        }
        switch argument.value.kind {
        case .string, .integer: inlined.insert(positional.count)
        default: break
        }
        positional.append(checked)
      }
    }
    let needed = format.positionalArgumentCount
    if needed > positional.count {
      let placeholders = needed == 1 ? "1 positional argument" : "\(needed) positional arguments"
      let given = positional.count == 1 ? "1 argument" : "\(positional.count) arguments"
      // rustc points at the placeholders, the first one first.
      var at = first.value.span
      for case .placeholder(let placeholder) in format.pieces where placeholder.position != nil {
        let column = first.value.span.start.column + 1 + placeholder.offset
        let start = SourceLocation(line: first.value.span.start.line, column: column)
        at = SourceSpan(start: start, end: SourceLocation(line: start.line, column: column + 2))
        break
      }
      error(
        "\(placeholders) in format string, but there \(positional.count == 1 ? "is" : "are") \(given)",
        at: at)
      return nil
    }
    if positional.count > needed {
      let extra = positional.count - needed
      error(
        extra == 1 ? "argument never used" : "multiple unused formatting arguments",
        at: positional[needed].span)
      return nil
    }
    var names: [String] = []
    var values = positional
    for name in format.namedArguments {
      names.append(name)
      if let value = namedValues[name] {
        values.append(value)
      } else {
        // `{x}` captures the variable `x`; rustc points at the name inside the string.
        var nameSpan = first.value.span
        if nameSpan.start.line == nameSpan.end.line,
          let offset = format.pieces.lazy.compactMap({ piece -> Int? in
            guard case .placeholder(let placeholder) = piece, placeholder.argument == .named(name) else {
              return nil
            }
            return placeholder.offset
          }).first
        {
          let column = nameSpan.start.column + 2 + offset
          nameSpan = SourceSpan(
            start: SourceLocation(line: nameSpan.start.line, column: column),
            end: SourceLocation(line: nameSpan.start.line, column: column + name.count))
        }
        let captured = checkExpression(Expr(id: -1, kind: .path([name], generics: []), span: nameSpan))
        values.append(captured)
      }
    }
    for name in namedOrder where !names.contains(name) {
      error("named argument never used", at: namedValues[name]?.span ?? span)
    }
    // A `MutexGuard` formats as the value it guards (its `Debug` and `Display` do just that).
    values = values.map { value in
      guardTarget(table.shallow(value.type)).map { typed(.deref(value), $0, value.span) } ?? value
    }
    for (index, placeholder) in format.placeholders.enumerated() {
      _ = index
      let value: TypedExpr?
      switch placeholder.argument {
      case .named(let name): value = names.firstIndex(of: name).map { values[positional.count + $0] }
      case .next, .index: value = placeholder.position.map { values[$0] }
      }
      if let value {
        checkFormattable(
          value, kind: placeholder.spec.kind,
          plain: placeholder.spec.width == nil && placeholder.spec.precision == nil)
      }
    }
    var finalFormat = format
    guard
      let rendered = renderOwnFormatting(
        format: &finalFormat, values: &values, names: &names, positionalCount: positional.count)
    else { return nil }
    // Arguments that are formatted only as literals still count as inlined only when every use is `{}`.
    for placeholder in finalFormat.placeholders
    where !placeholder.spec.isDefault || placeholder.spec.kind != .display {
      if let position = placeholder.position { inlined.remove(position) }
    }
    return (
      FormatTemplate(
        format: finalFormat, positionalCount: positional.count, names: names, inlinedLiterals: inlined,
        renderedPositions: rendered), values
    )
  }

  /// Refuses `{}` for types without `Display` and `{:?}` for types without `Debug`.
  private func checkFormattable(_ value: TypedExpr, kind: FormatString.Kind, plain: Bool) {
    let type = table.resolve(value.type)
    if kind != .display, containsFunctionPointer(type) {
      // rustc prints the code's real address, which changes from run to run.
      unsupported("function pointers printed with `{:?}`", at: value.span)
      return
    }
    switch kind {
    case .display:
      if !hasDisplay(type) {
        error(
          "`\(table.displayName(type))` doesn't implement `std::fmt::Display` (use `{:?}` to print it with `Debug`)",
          at: sourceSpan(of: value))
      }
    case .debug:
      if let library = threadLibraryTypeWithoutDebug(type, plain: plain) {
        unsupported("the `Debug` form (`{:?}`) of `\(library)`", at: value.span)
      } else if !hasDebug(type) {
        error(
          "`\(table.displayName(type))` doesn't implement `Debug` (add `#[derive(Debug)]`)",
          at: sourceSpan(of: value))
      }
    case .pointer:
      switch table.shallow(type) {
      case .reference, .box, .rc, .arc: break
      default: error("the trait bound `\(table.displayName(type)): Pointer` is not satisfied", at: value.span)
      }
    default:
      break
    }
  }

  package func hasDisplay(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer, .float, .bool, .char, .str, .string, .variable, .never: return true
    case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner),
      .library(.ref, let inner),
      .library(.refMut, let inner):
      return hasDisplay(inner)
    case .structure(let name):
      return structs[name]?.derives.contains("Display") == true || displayFunction(for: type) != nil
    case .enumeration, .dynTrait: return isStandardCow(type) || displayFunction(for: type) != nil
    default: return false
    }
  }

  package func hasDebug(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer, .float, .bool, .char, .str, .string, .variable, .never, .unit, .range: return true
    case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner), .vec(let inner),
      .option(let inner), .array(let inner, _), .slice(let inner):
      return hasDebug(inner)
    case .library(let wrapper, let inner): return wrapper == .weak || hasDebug(inner)
    case .tuple(let items): return items.allSatisfy { hasDebug($0) }
    case .result(let value, let error), .hashMap(let value, let error, _, _):
      return hasDebug(value) && hasDebug(error)
    case .structure(let name) where Self.isLockName(name):
      // `Mutex { data: 5, poisoned: false, .. }`: std's impl needs the value's `Debug`.
      return mutexValues[name].map { hasDebug($0) } ?? false
    case .structure(let name), .enumeration(let name):
      return derivesOf(name).contains("Debug") || debugFunction(for: type) != nil
    case .dynTrait(let name): return name == "Error" && traits["Error"] == nil
    case .iterator: return false
    }
  }
}

extension String {
  package func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}
