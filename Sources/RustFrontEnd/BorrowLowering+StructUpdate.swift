extension BorrowLowering {
  /// `S { level: 2, ..base }` takes each field it does not write out of `base`, one field at a
  /// time: a `Copy` field is read, any other is moved, so `base` is left partly moved
  /// (`base.level` stays usable, `base.name` and `base` whole do not). A base that is no place
  /// (`..Default::default()`) is a temporary, read whole.
  mutating func lowerStructUpdateBase(_ base: TypedExpr, written: Set<Int>, literal: SourceSpan) -> [Int] {
    guard isPlaceExpression(base), case .structure(let name) = resolved(base.type),
      let declaration = program.declarations.structs[name]
    else { return lowerRead(base) }
    let place = lowerPlace(base)
    let baseName =
      place.description.hasPrefix("*") ? String(place.description.dropFirst()) : place.description
    var movesOut = false
    for (index, field) in declaration.fields.enumerated() where !written.contains(index) {
      let moves = !layout.isCopy(field.type)
      movesOut = movesOut || moves
      let fieldPlace = place.appending(.field(index), description: "\(baseName).\(field.name)")
      emit(
        .access(fieldPlace, moves ? .move : .read, span: base.span, loan: nil),
        uses: [(place.root, base.span)])
    }
    if movesOut, program.declarations.dropImplementations.contains(name) {
      // rustc points at the whole literal, which is where the fields are taken.
      diagnostics.append(dropTypeMoveError(typeName: name, at: literal))
    }
    return carriesLoans(base.type) ? [place.root] : []
  }

  /// E0509: a field moved out of a value whose type implements `Drop`, which needs the value
  /// whole when it is dropped.
  func dropTypeMoveError(typeName: String, at span: SourceSpan) -> Diagnostic {
    var diagnostic = Diagnostic(
      "cannot move out of type `\(typeName)`, which implements the `Drop` trait", at: span)
    diagnostic.code = "E0509"
    diagnostic.primaryLabel = "cannot move out of here"
    return diagnostic
  }
}
