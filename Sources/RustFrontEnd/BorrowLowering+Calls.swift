import MemoryModel

extension BorrowLowering {
  func hasReferenceSelf(_ callee: CheckedFunction) -> Bool {
    guard let first = callee.parameterSlots.first, callee.locals[first].name == "self" else { return false }
    return function.types.resolve(callee.locals[first].type).isReference
      || callee.types.resolve(callee.locals[first].type).isReference
  }

  /// A closure's body: its first parameter is the environment holding the captures.
  func isClosureBody(_ callee: CheckedFunction) -> Bool {
    guard let first = callee.parameterSlots.first else { return false }
    return callee.locals[first].name == "(captures)"
  }

  /// An argument after the receiver: a `&mut` variable or field is reborrowed (`&mut *r`), as
  /// rustc does where the parameter's type is a known `&mut` (`refs.push(r)` on a
  /// `Vec<&mut i32>`), so what it lends is tied to `*r` and `r` stays usable.
  mutating func lowerArgument(_ argument: TypedExpr) -> [Int] {
    if isPlaceExpression(argument), case .reference(_, true) = resolved(argument.type) {
      return [reborrow(argument, mutable: true)]
    }
    return lowerValue(argument)
  }

  /// A call's arguments, left to right, except that a method's auto-referenced `&mut`
  /// receiver is borrowed after the other arguments are evaluated (rustc's two-phase borrow).
  mutating func lowerCall(
    _ arguments: [TypedExpr], span: SourceSpan, resultType: TypeTerm, resultFromReceiverOnly: Bool,
    flows: [ReturnLifetimes.Flow]? = nil, storesArguments: Bool = false, staticArguments: Set<Int> = [],
    receiverHeldForItsLifetime: Bool = false, storedInto: [[Int: ReturnLifetimes.Flow]]? = nil
  ) -> [Int] {
    let methodSyntax = (arguments.first.map { $0.span.start < span.start }) ?? false
    let span = callSpan(arguments, methodName: span)
    var perArgument: [[Int]] = []
    // What each argument's referent holds, for a result that borrows only from inside it.
    var innerSources: [Int: [Int]] = [:]
    // What each `&mut` argument lends out: a place of the caller's, or a reference variable.
    var mutableTargets: [Int: StoreTarget] = [:]
    if methodSyntax, let first = arguments.first, isPlaceExpression(first),
      case .reference(_, true) = resolved(first.type)
    {
      // A `&mut` receiver is reborrowed, two-phase like an auto-reference.
      let rest = arguments.dropFirst().map { lowerArgument($0) }
      perArgument = [[reborrow(first, mutable: true, span: span)]] + rest
      if case .local(let slot) = first.kind { mutableTargets[0] = .throughReference(slot) }
      if storesArguments, case .local(let slot) = first.kind, !rest.joined().isEmpty {
        storesThroughReferences.append((slot, Array(rest.joined()), span, true))
        flowIntoBorrowedPlaces(through: slot, carriers: Array(rest.joined()))
      }
    } else if let first = arguments.first, case .addressOf(let receiver, true) = first.kind,
      receiver.span == first.span
    {
      let place = lowerPlace(receiver)
      // The reservation: `v.push(*first)` with `first = &mut v[0]` is a second mutable borrow,
      // while `v.push(v.len())` only reads `v` in between.
      emit(.access(place, .reservation, span: span, loan: nil), uses: [(place.root, span)])
      let rest = arguments.dropFirst().map { lowerArgument($0) }
      let holder = borrow(place, mutable: true, span: span, autoReference: true)
      perArgument = [[holder]] + rest
      innerSources[0] = [place.root]
      mutableTargets[0] = .place(place)
      if receiverHeldForItsLifetime {
        // `&'a mut self` of a `Parser<'a>`: the value now holds its own borrow, which lasts
        // as long as the value is used.
        if hasUserDrop() {
          // Its drop at the end of the scope would use the borrow too (rustc's drop check).
          diagnostics.append(
            .unsupported("a `&'a mut self` method in a program with a `Drop` impl", at: span))
        } else if place.isOwnedByRoot {
          graph.flowsFrom[place.root].insert(holder)
        } else {
          diagnostics.append(.unsupported("calling a `&'a mut self` method through a reference", at: span))
        }
      }
      if storesArguments, isStaticField(receiver) {
        graph.staticRequirements.append(.init(carriers: Array(rest.joined()), span: span, cause: .argument))
      }
      if storesArguments, !place.isOwnedByRoot, !rest.joined().isEmpty {
        storesThroughReferences.append((place.root, Array(rest.joined()), span, true))
        flowIntoBorrowedPlaces(through: place.root, carriers: Array(rest.joined()))
      }
      // Pushing a reference into a collection: the collection now carries its loans.
      if carriesLoans(receiver.type) { graph.flowsFrom[place.root].formUnion(rest.flatMap { $0 }) }
    } else {
      // `add(c, c.len())` with `c: &mut Vec<_>`: the implicit reborrow of a `&mut` variable is
      // two-phase, as rustc makes it (a written `&mut *c` is not): reserved where it is passed,
      // taken once the later arguments are evaluated.
      var deferredReborrows: [(index: Int, argument: TypedExpr)] = []
      for argument in arguments {
        if case .local(let slot) = argument.kind, case .reference(_, true) = resolved(argument.type) {
          mutableTargets[perArgument.count] = .throughReference(slot)
          let place = lowerPlace(argument)
          let target = place.appending(.derefReference, description: "*" + place.description)
          emit(.access(target, .reservation, span: argument.span, loan: nil), uses: [(slot, argument.span)])
          deferredReborrows.append((perArgument.count, argument))
          perArgument.append([])
        } else if case .addressOf(let receiver, let mutable) = argument.kind, receiver.span == argument.span {
          let place = lowerPlace(receiver)
          innerSources[perArgument.count] = [place.root]
          if mutable { mutableTargets[perArgument.count] = .place(place) }
          perArgument.append([borrow(place, mutable: mutable, span: span, autoReference: true)])
        } else if isPlaceExpression(argument), case .reference(_, true) = resolved(argument.type) {
          // Passing a `&mut` variable reborrows it (`&mut *r`), so it can be used again after.
          if case .local(let slot) = argument.kind {
            mutableTargets[perArgument.count] = .throughReference(slot)
          }
          perArgument.append([reborrow(argument, mutable: true)])
        } else {
          let value = lowerValue(argument)
          if case .addressOf(_, true) = argument.kind { mutableTargets[perArgument.count] = .borrow(value) }
          perArgument.append(value)
        }
      }
      for (index, argument) in deferredReborrows {
        perArgument[index] = [reborrow(argument, mutable: true)]
      }
    }
    if receiverHeldForItsLifetime, !isHeldReceiverForm(arguments, span: span) {
      diagnostics.append(.unsupported("calling a `&'a mut self` method this way", at: span))
    }
    if let storedInto {
      storeArguments(perArgument, inner: innerSources, into: mutableTargets, as: storedInto, span: span)
    }
    let all = perArgument.flatMap { $0 }
    emit(.nothing, uses: all.map { ($0, span) })
    for index in staticArguments.sorted() where index < perArgument.count {
      graph.staticRequirements.append(.init(carriers: perArgument[index], span: span, cause: .argument))
    }
    guard carriesLoans(resultType) || declaredWithReferences(resultType) else { return [] }
    var sources = resultFromReceiverOnly ? (perArgument.first ?? []) : all
    if let flows, flows.count == perArgument.count {
      sources = perArgument.indices.flatMap { index -> [Int] in
        switch flows[index] {
        case .none: return []
        case .whole: return perArgument[index]
        case .inner: return innerSources[index] ?? perArgument[index].flatMap { referentSources($0) }
        }
      }
    }
    let result = temporary(span: span, flowingFrom: sources)
    callResults.insert(result)
    return [result]
  }

  /// Where a `&mut` argument leads: the caller's own place, or a reference variable.
  enum StoreTarget {
    case place(BorrowGraph.Place)
    case throughReference(Int)
    /// `&mut v` written out: the temporaries holding the new borrow.
    case borrow([Int])
  }

  /// A user function that may store arguments behind a `&mut` parameter (`h.add(word)` of a
  /// `Holder<'a>`): the place it points at now holds their loans.
  private mutating func storeArguments(
    _ perArgument: [[Int]], inner innerSources: [Int: [Int]], into targets: [Int: StoreTarget],
    as storedInto: [[Int: ReturnLifetimes.Flow]], span: SourceSpan
  ) {
    for (index, sources) in storedInto.enumerated() where !sources.isEmpty {
      guard let target = targets[index] else { continue }
      let carriers = sources.keys.sorted().filter { $0 < perArgument.count }.flatMap { source -> [Int] in
        switch sources[source] ?? ReturnLifetimes.Flow.none {
        case .whole: return perArgument[source]
        case .inner: return innerSources[source] ?? perArgument[source].flatMap { referentSources($0) }
        case .none: return []
        }
      }
      guard !carriers.isEmpty else { continue }
      switch target {
      case .place(let place):
        store(carriers, into: place, span: span)
      case .throughReference(let slot):
        storesThroughReferences.append((slot, carriers, span, true))
        flowIntoBorrowedPlaces(through: slot, carriers: carriers)
      case .borrow(let temporaries):
        for temporary in temporaries {
          for loan in graph.carriedLoans[temporary] where graph.loans[loan].mutable {
            store(carriers, into: graph.loans[loan].place, span: span)
          }
        }
      }
    }
  }

  /// The caller's place now holds `carriers`: its root directly when it owns the place,
  /// otherwise what the reference on the way points at.
  private mutating func store(_ carriers: [Int], into place: BorrowGraph.Place, span: SourceSpan) {
    if place.isOwnedByRoot {
      graph.flowsFrom[place.root].formUnion(carriers)
    } else {
      storesThroughReferences.append((place.root, carriers, span, true))
      flowIntoBorrowedPlaces(through: place.root, carriers: carriers)
    }
  }

  /// A struct or enum of the program with a reference among its fields (`Wrapper<'a, T>`,
  /// `Holder<'a>`): a call that returns one (`make(&v)`, `Wrapper::new(&v)`) hands the result
  /// what its arguments borrow, as a struct literal does. A closure's own struct is left to the
  /// closures' checks.
  func declaredWithReferences(_ type: TypeTerm) -> Bool {
    var seen: Set<String> = []
    func holds(_ rust: RustType) -> Bool {
      switch rust {
      case .reference: return true
      case .structure(let name):
        guard !name.contains("{closure"), seen.insert(name).inserted,
          let declaration = program.declarations.structs[name]
        else { return false }
        return declaration.fields.contains { holds($0.type) }
      case .enumeration(let name):
        guard seen.insert(name).inserted, let declaration = program.declarations.enums[name] else {
          return false
        }
        return declaration.variants.contains { $0.payload.contains { holds($0) } }
      case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
        .array(let inner, _), .slice(let inner), .library(_, let inner):
        return holds(inner)
      case .tuple(let items): return items.contains { holds($0) }
      case .result(let value, let error): return holds(value) || holds(error)
      default: return false
      }
    }
    switch resolved(type) {
    case .structure(let name): return holds(.structure(name))
    case .enumeration(let name): return holds(.enumeration(name))
    default: return false
    }
  }

  /// Whether the program implements `Drop` for a type of its own.
  private func hasUserDrop() -> Bool {
    program.declarations.dropImplementations.contains { !Checker.isLockGuardName($0) }
  }

  /// `p.advance()` with `p` a value the method auto-borrows: the one form whose receiver is
  /// modelled as holding its own borrow.
  private func isHeldReceiverForm(_ arguments: [TypedExpr], span: SourceSpan) -> Bool {
    guard let first = arguments.first, case .addressOf(let receiver, true) = first.kind else { return false }
    return receiver.span == first.span && first.span.start == span.start
  }

  /// The variables whose places the references in `variables` borrow (following what flowed
  /// into them): what the referents hold is what those variables hold.
  func borrowedRoots(_ variables: Set<Int>) -> [Int] {
    var seen = variables
    var pending = Array(variables)
    var roots: Set<Int> = []
    while let variable = pending.popLast() {
      for loan in graph.carriedLoans[variable] { roots.insert(graph.loans[loan].place.root) }
      for source in graph.flowsFrom[variable] where !seen.contains(source) {
        seen.insert(source)
        pending.append(source)
      }
    }
    return roots.sorted()
  }

  /// What a reference in `variable` points at, when it is a fresh borrow (`&copy`): the
  /// borrowed variables, whose own loans are what the referent holds. Otherwise the variable.
  func referentSources(_ variable: Int) -> [Int] {
    guard variable >= graph.localCount, !graph.carriedLoans[variable].isEmpty else { return [variable] }
    return graph.flowsFrom[variable].sorted()
  }

  /// A method call's whole span, `v.push(4)`, as rustc underlines it (the typed tree keeps the
  /// method name's span, where a panic inside the call is reported).
  func callSpan(_ arguments: [TypedExpr], methodName span: SourceSpan) -> SourceSpan {
    guard let receiver = arguments.first, receiver.span.start < span.start else { return span }
    var end = span.end
    end.column += 2
    if arguments.count > 1, let last = arguments.last, last.span.end > span.end {
      end = last.span.end
      end.column += 1
    }
    return SourceSpan(start: receiver.span.start, end: end)
  }
}
