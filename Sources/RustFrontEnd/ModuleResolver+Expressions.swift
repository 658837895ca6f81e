/// Paths inside function bodies.
extension ModuleResolver {
  mutating func block(_ written: Block) -> Block {
    var result = written
    result.statements = written.statements.map { statement in
      var copy = statement
      switch statement.kind {
      case .binding(let pattern, let annotation, let initializer, let elseBlock):
        // `let zoo: Vec<Box<dyn zoo::Animal>>`: the object's methods are callable without `use`.
        if let annotation { boundTraits.formUnion(objectTraits(in: annotation).filter(isFileTrait)) }
        // The initializer is resolved before the names the pattern binds come into scope.
        let value = initializer.map { expr($0) }
        let otherwise = elseBlock.map { block($0) }
        copy.kind = .binding(
          pattern: self.pattern(pattern), type: annotation.map { type($0) }, initializer: value,
          elseBlock: otherwise)
      case .expression(let value, let hasSemicolon):
        copy.kind = .expression(expr(value), hasSemicolon: hasSemicolon)
      case .item:
        if hoistedNestedStatements.contains(statement.span.start) { copy.kind = .empty }
      case .empty: break
      }
      return copy
    }
    result.tail = written.tail.map { expr($0) }
    return result
  }

  mutating func expr(_ written: Expr) -> Expr {
    var result = written
    let start = written.span.start
    switch written.kind {
    case .integer, .float, .string, .character, .boolean, .continueLoop: break
    case .path(let path, let generics):
      result.kind = .path(
        resolvedPath(path, at: start, position: .value) ?? path, generics: generics.map { type($0) })
    case .tuple(let items): result.kind = .tuple(items.map { expr($0) })
    case .array(let items): result.kind = .array(items.map { expr($0) })
    case .vecList(let items): result.kind = .vecList(items.map { expr($0) })
    case .arrayRepeat(let value, let count):
      result.kind = .arrayRepeat(value: expr(value), count: expr(count))
    case .vecRepeat(let value, let count): result.kind = .vecRepeat(value: expr(value), count: expr(count))
    case .structLiteral(let path, let fields, let base):
      let resolved = resolvedPath(path, at: start, position: .structLiteral) ?? path
      result.kind = .structLiteral(
        path: resolved,
        fields: fields.map {
          var field = $0
          field.value = expr($0.value)
          return field
        }, base: base.map { expr($0) })
    case .call(let callee, let arguments):
      var resolvedCallee = callee
      if case .path(let path, let generics) = callee.kind {
        resolvedCallee.kind = .path(
          resolvedPath(path, at: callee.span.start, position: .function) ?? path,
          generics: generics.map { type($0) })
      } else {
        resolvedCallee = expr(callee)
      }
      result.kind = .call(callee: resolvedCallee, arguments: arguments.map { expr($0) })
    case .methodCall(let receiver, let method, let generics, let arguments):
      if let trait = traitMethods[method], !isTraitInScope(trait), !boundTraits.contains(trait),
        !missingTraitsReported.contains(trait)
      {
        diagnostics.append(
          .unsupported("calling a trait's methods where the trait is not in scope", at: written.span))
      }
      result.kind = .methodCall(
        receiver: expr(receiver), method: method, generics: generics.map { type($0) },
        arguments: arguments.map { expr($0) })
    case .field(let base, let name): result.kind = .field(expr(base), name: name)
    case .index(let base, let index): result.kind = .index(expr(base), index: expr(index))
    case .unary(let op, let operand): result.kind = .unary(op, expr(operand))
    case .reference(let mutable, let operand): result.kind = .reference(mutable: mutable, expr(operand))
    case .binary(let op, let left, let right): result.kind = .binary(op, expr(left), expr(right))
    case .assign(let target, let value): result.kind = .assign(target: expr(target), value: expr(value))
    case .compoundAssign(let op, let target, let value):
      result.kind = .compoundAssign(op, target: expr(target), value: expr(value))
    case .cast(let value, let target): result.kind = .cast(expr(value), type(target))
    case .range(let low, let high, let inclusive):
      result.kind = .range(low: low.map { expr($0) }, high: high.map { expr($0) }, inclusive: inclusive)
    case .block(let inner): result.kind = .block(block(inner))
    case .ifElse(let condition, let then, let elseBranch):
      result.kind = .ifElse(
        condition: expr(condition), then: block(then), elseBranch: elseBranch.map { expr($0) })
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      let value = expr(scrutinee)
      result.kind = .ifLet(
        pattern: self.pattern(pattern), scrutinee: value, then: block(then),
        elseBranch: elseBranch.map { expr($0) })
    case .whileLoop(let condition, let body, let label):
      result.kind = .whileLoop(condition: expr(condition), body: block(body), label: label)
    case .whileLet(let pattern, let scrutinee, let body, let label):
      let value = expr(scrutinee)
      result.kind = .whileLet(
        pattern: self.pattern(pattern), scrutinee: value, body: block(body), label: label)
    case .loop(let body, let label): result.kind = .loop(body: block(body), label: label)
    case .forLoop(let pattern, let iterable, let body, let label):
      let value = expr(iterable)
      result.kind = .forLoop(pattern: self.pattern(pattern), iterable: value, body: block(body), label: label)
    case .match(let scrutinee, let arms):
      let value = expr(scrutinee)
      result.kind = .match(
        scrutinee: value,
        arms: arms.map {
          var arm = $0
          arm.pattern = pattern($0.pattern)
          arm.guardExpression = $0.guardExpression.map { expr($0) }
          arm.body = expr($0.body)
          return arm
        })
    case .breakLoop(let label, let value):
      result.kind = .breakLoop(label: label, value: value.map { expr($0) })
    case .returnValue(let value): result.kind = .returnValue(value.map { expr($0) })
    case .macro(let name, let arguments):
      let captured = capturedModuleItems(in: arguments, of: name, at: written.span)
      result.kind = .macro(
        name: name,
        arguments: arguments.map {
          var argument = $0
          argument.value = expr($0.value)
          return argument
        } + captured)
    case .closure(var closure):
      closure.parameters = closure.parameters.map {
        var parameter = $0
        parameter.pattern = pattern($0.pattern)
        parameter.type = $0.type.map { type($0) }
        return parameter
      }
      closure.returnType = closure.returnType.map { type($0) }
      closure.body = expr(closure.body)
      result.kind = .closure(closure)
    }
    return result
  }

  /// `println!("{MAX}")` naming a module's constant: the checker would look for `MAX` by the
  /// name it had before the module's path was added to it, so the capture becomes the named
  /// argument `MAX = shop::MAX` (what rustc's capture means).
  private mutating func capturedModuleItems(
    in arguments: [MacroArgument], of macro: String, at span: SourceSpan
  )
    -> [MacroArgument]
  {
    let templateIndex =
      switch macro {
      case "write", "writeln", "assert": 1
      case "assert_eq", "assert_ne": 2
      default: 0
      }
    guard arguments.indices.contains(templateIndex),
      case .string(let template) = arguments[templateIndex].value.kind
    else { return [] }
    var names: [String] = []
    var current: String?
    for character in template {
      if character == "{" {
        current = current == "" ? nil : ""
      } else if var name = current {
        if character.isLetter || character.isNumber || character == "_" {
          name.append(character)
          current = name
        } else {
          if !name.isEmpty, !names.contains(name) { names.append(name) }
          current = nil
        }
      }
    }
    let explicit = Set(arguments.compactMap(\.name))
    var captured: [MacroArgument] = []
    for name in names where !localNames.contains(name) && !explicit.contains(name) {
      guard let entry = entryInScope(name) else {
        if outerLocals.contains(name) {
          capturedDynamicEnvironment(
            name, at: capturedNameSpan(name, in: arguments[templateIndex].value.span))
          continue
        }
        // Another module's item (the root's `MAX` inside `mod shop`) is not in scope here.
        if scope != 0, itemNames.contains(name) {
          var diagnostic = Diagnostic(
            "cannot find value `\(name)` in this scope",
            at: capturedNameSpan(name, in: arguments[templateIndex].value.span))
          diagnostic.code = "E0425"
          diagnostics.append(diagnostic)
        }
        continue
      }
      guard entry.internalName != entry.name else { continue }
      let value = Expr(id: -1, kind: .path([entry.internalName], generics: []), span: span)
      captured.append(MacroArgument(name: name, value: value))
    }
    return captured
  }

  /// Where `{name` is written inside a format string that starts at `literal`: the name itself.
  private func capturedNameSpan(_ name: String, in literal: SourceSpan) -> SourceSpan {
    let needle = Array(("{" + name).unicodeScalars)
    let line = literal.start.line
    guard line >= 1, line <= sourceLines.count else { return literal }
    let scalars = sourceLines[line - 1]
    var index = max(0, literal.start.column - 1)
    while index + needle.count <= scalars.count {
      let after = index + needle.count < scalars.count ? scalars[index + needle.count] : " "
      if Array(scalars[index..<index + needle.count]) == needle, after == "}" || after == ":" {
        let start = SourceLocation(line: line, column: index + 2)
        return SourceSpan(
          start: start, end: SourceLocation(line: line, column: start.column + name.unicodeScalars.count))
      }
      index += 1
    }
    return literal
  }
}
