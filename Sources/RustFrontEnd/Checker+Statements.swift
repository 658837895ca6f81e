import MemoryModel

extension Checker {
  // MARK: - Blocks and statements

  package func checkBlock(_ block: Block, expected: TypeTerm?) -> TypedBlock {
    pushScope()
    var statements: [TypedStatement] = []
    // Only the tail is the block's value, wanted as a function pointer or not.
    let tailWantsFunctionPointer = expected.map(containsFunctionPointer) ?? functionPointerWanted
    let enclosingWanted = functionPointerWanted
    defer { functionPointerWanted = enclosingWanted }
    functionPointerWanted = false
    for statement in block.statements {
      if let checked = checkStatement(statement) { statements.append(checked) }
    }
    functionPointerWanted = tailWantsFunctionPointer
    let enclosingAnnotation = annotatedInitializer
    if let expected, let tailExpr = block.tail { annotatedInitializer = (tailExpr.id, expected) }
    var tail = block.tail.map { tailExpr in
      // A closure as a block's value takes its parameter types from a wanted `fn` or `dyn Fn`.
      expected.map { checkExpression(tailExpr, wanting: $0) } ?? checkExpression(tailExpr)
    }
    annotatedInitializer = enclosingAnnotation
    if let expected, let current = tail {
      tail = coerce(current, to: expected)
    }
    let declared = popScope()
    return TypedBlock(statements: statements, tail: tail, declaredSlots: declared, span: block.span)
  }

  func checkStatement(_ statement: Statement) -> TypedStatement? {
    switch statement.kind {
    case .empty:
      return nil
    case .item(let item):
      switch item {
      case .use(let decl):
        if decl.renames.isEmpty, decl.paths.allSatisfy({ importEnumVariants($0, span: decl.span) }) {
          return nil
        }
        if !decl.renames.isEmpty {
          unsupported("renamed imports inside functions", at: decl.span)
        } else {
          unsupported("`use` declarations inside functions (put them at the top of the file)", at: decl.span)
        }
      case .function(let decl):
        unsupported("functions inside functions", at: decl.span)
      case .structure(let decl):
        unsupported("structs declared inside functions", at: decl.span)
      case .enumeration(let decl):
        unsupported("enums declared inside functions", at: decl.span)
      case .implementation(let decl):
        unsupported("impl blocks inside functions", at: decl.span)
      case .trait(let decl):
        unsupported("traits declared inside functions", at: decl.span)
      case .module(let decl):
        unsupported("modules declared inside functions", at: decl.span)
      case .typeAlias(let decl):
        unsupported("type aliases declared inside functions", at: decl.span)
      case .global(let decl):
        // Declared at the top of a function's body, it was collected with the other items.
        let collected = globalIndex[decl.name].map { globalDeclarations[$0].span == decl.span } ?? false
        if !collected {
          unsupported("`const` and `static` in a nested block or declared twice", at: decl.span)
        }
      }
      return nil
    case .expression(let expr, let hasSemicolon):
      let enclosingStatement = unitStatementID
      unitStatementID = hasSemicolon ? nil : expr.id
      let checked = checkExpression(expr)
      unitStatementID = enclosingStatement
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

  func checkLet(
    pattern: Pattern, typeExpr: TypeExpr?, initializer: Expr?, elseBlock: Block?, span: SourceSpan
  ) -> TypedStatement {
    let declared = typeExpr.map { resolveType($0, selfType: currentOwner) }
    var value: TypedExpr?
    if let initializer {
      let enclosingAnnotation = annotatedInitializer
      annotatedInitializer = declared.map { (initializer.id, $0) }
      defer { annotatedInitializer = enclosingAnnotation }
      if declared == nil, case .closure(let closure) = initializer.kind {
        standaloneClosureHead = closure.headSpan
      }
      var checked: TypedExpr
      if case .methodCall(let receiver, "zip", let generics, let arguments) = initializer.kind,
        generics.isEmpty,
        isZipOfSliceIterators(receiver: receiver, arguments: arguments)
      {
        // `let mut pairs = a.iter().zip(b.iter());`: std's `Zip` kept as a value.
        checked =
          checkKeptAdapter(
            checkExpression(receiver), method: "zip", arguments: arguments, span: initializer.span)
          ?? invalid(initializer.span)
      } else {
        checked = checkExpression(initializer, wanting: declared)
      }
      if let declared { checked = coerce(checked, to: declared) }
      if declared != nil, case .local(let slot) = checked.kind,
        case .reference(let referent, true) = table.shallow(checked.type)
      {
        // `let b: &mut T = a;`: the written type makes it a reborrow (`&mut *a`), not a move.
        checked = typed(
          .addressOf(typed(.deref(checked), referent, checked.span), mutable: true), checked.type,
          checked.span)
        noteMutableUse(of: slot, at: checked.span)
      }
      if case .iterator = table.shallow(checked.type) {
        // A kept `v.iter()` becomes std's value; other iterators have state only in a loop.
        if let kept = storedIterator(checked) {
          checked = kept
        } else {
          unsupported("iterators of this kind kept in variables", at: initializer.span)
          checked = invalid(initializer.span)
        }
      }
      value = checked
    }
    let type = declared ?? value?.type ?? table.fresh()
    noteInstanceBinding(type, at: pattern.span)
    var elseChecked: TypedBlock?
    if let elseBlock {
      elseChecked = checkBlock(elseBlock, expected: nil)
      if let block = elseChecked, !blockDiverges(block), !table.shallow(blockType(block)).isNever {
        error("`else` clause of `let...else` does not diverge", at: elseBlock.span)
      }
    }
    // The pattern's names come into scope after the initializer (shadowing works).
    let checkedPattern = checkPattern(pattern, against: type, isParameter: false)
    if case .wildcard = pattern.kind, typeExpr == nil { wildcardLets.append((type, pattern.span)) }
    // Through a reference (`let (name, qty) = find().unwrap();` of a `&(String, u32)`), the
    // bindings point at what the reference does, not at the temporary.
    let throughReference =
      value.map { if case .reference = table.shallow($0.type) { true } else { false } } ?? false
    if let value, !isPlaceExpression(value), checkedPattern.bindsByReference, !throughReference {
      // rustc keeps the temporary alive for the binding; memtutor drops it with the statement.
      unsupported("`ref` bindings of a value that is not in a variable (`let ref x = 5;`)", at: pattern.span)
    }
    if let value, isRawPointer(value), case .binding(let slot, false, _, nil) = checkedPattern.kind {
      locals[slot].holdsRawPointer = true
    }
    if let typeExpr, namesOnlyStatic(typeExpr), case .binding(let slot, _, _, nil) = checkedPattern.kind {
      locals[slot].staticAnnotation = typeExpr.span
    }
    if initializer == nil, case .binding(let slot, _, _, nil) = checkedPattern.kind {
      deferredLocals.insert(slot)
    }
    if elseBlock == nil, checkedPattern.isRefutable, value != nil {
      error("refutable pattern in local binding", at: pattern.span)
    }
    let extends = value.map(hasExtendedTemporary) ?? false
    return TypedStatement(
      kind: .binding(checkedPattern, value, elseBlock: elseChecked), span: span, extendsTemporaries: extends)
  }

  /// rustc's temporary lifetime extension: whether the `let` initializer borrows a temporary in
  /// an extending position (the operand of `&`, through tuples, arrays, struct and variant
  /// literals, coercions, a block's tail and the branches of `if` and `match`), which then lives as long as
  /// the binding: `let r = &make();`, `let t = (&a(), 1);`, `let x = &v()[0];`.
  func hasExtendedTemporary(_ value: TypedExpr) -> Bool {
    switch value.kind {
    case .addressOf(let inner, _) where inner.span != value.span:
      return borrowsTemporary(inner)
    case .tuple(let items), .array(let items), .variant(_, _, let items):
      return items.contains { hasExtendedTemporary($0) }
    case .structLiteral(_, let fields, _):
      return fields.contains { hasExtendedTemporary($0.value) }
    case .coerce(let coercion, let inner):
      return coercion != .never && hasExtendedTemporary(inner)
    case .block(let block):
      return block.tail.map { hasExtendedTemporary($0) } ?? false
    case .ifElse(_, let then, let elseBranch):
      return (then.tail.map { hasExtendedTemporary($0) } ?? false)
        || (elseBranch.map { hasExtendedTemporary($0) } ?? false)
    case .match(_, let arms):
      return arms.contains { hasExtendedTemporary($0.body) }
    default:
      return false
    }
  }

  /// Whether borrowing `operand` makes a temporary (its base is a value, not a variable).
  private func borrowsTemporary(_ operand: TypedExpr) -> Bool {
    switch operand.kind {
    case .field(let base, _), .index(let base, _): return borrowsTemporary(base)
    case .deref(let pointer):
      // `&c.borrow().name`, `&*m.lock().unwrap()`: the guard made in place is the temporary,
      // extended as rustc extends the operand of an extended dereference.
      return isGuardType(table.resolve(pointer.type)) && borrowsTemporary(pointer)
    case .local, .global: return false
    default: return true
    }
  }

  /// `Ref`, `RefMut` and `MutexGuard`: values whose drop ends a borrow or a lock.
  func isGuardType(_ type: TypeTerm) -> Bool {
    switch type {
    case .library(let wrapper, _): return wrapper.isGuard
    case .structure(let name): return Self.isLockGuardName(name)
    default: return false
    }
  }
}
