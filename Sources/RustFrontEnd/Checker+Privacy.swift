/// rustc's privacy errors for fields and methods of types declared inside a module: a private
/// field read (E0616) or initialised (E0451), a private method called (E0624), from outside the
/// module that declares it. Paths to private items (E0603) are `ModuleResolver`'s.
extension Checker {
  /// Whether the function being checked, written in `currentModulePath`, may use something
  /// declared in `module` with `visibility`.
  func isVisible(_ visibility: Visibility, declaredIn module: [String]) -> Bool {
    switch visibility {
    case .public: true
    case .private: currentModulePath.starts(with: module)
    case .parentModule: currentModulePath.starts(with: module.dropLast())
    }
  }

  /// The field's privacy from here: nil when it may be used.
  private func privateField(_ structName: String, _ field: String) -> Bool {
    guard let (module, fields) = structPrivacy[structName], let visibility = fields[field] else {
      return false
    }
    return !isVisible(visibility, declaredIn: module)
  }

  /// `c.secret` from outside `secret`'s module; `span` covers the whole access.
  func checkFieldPrivacy(_ structName: String, _ field: String, span: SourceSpan) {
    guard privateField(structName, field) else { return }
    let start = SourceLocation(
      line: span.end.line, column: max(1, span.end.column - field.unicodeScalars.count))
    var diagnostic = Diagnostic(
      "field `\(field)` of struct `\(structName)` is private", at: SourceSpan(start: start, end: span.end))
    diagnostic.code = "E0616"
    diagnostics.append(diagnostic)
  }

  /// `shapes::Circle { secret: 1 }` from outside `secret`'s module.
  func checkFieldInitializerPrivacy(_ structName: String, _ field: FieldInitializer) {
    // rustc's privacy pass runs after type checking, and only when that found nothing.
    checkFieldPatternPrivacy(structName, field.name, at: field.span)
  }

  /// `let shapes::Circle { secret, .. } = c;` from outside `secret`'s module.
  func checkFieldPatternPrivacy(_ structName: String, _ field: String, at span: SourceSpan) {
    guard privateField(structName, field) else { return }
    var diagnostic = Diagnostic("field `\(field)` of struct `\(structName)` is private", at: span)
    diagnostic.code = "E0451"
    lateDiagnostics.append(diagnostic)
  }

  /// `c.hidden()` or `Circle::hidden()` from outside `hidden`'s module; `calleeSpan` ends
  /// with the method's name.
  func checkMethodPrivacy(_ index: Int, calleeSpan: SourceSpan) {
    let declaration = signatures[index].declaration
    guard signatures[index].owner != nil,
      !isVisible(declaration.visibility, declaredIn: declaration.modulePath)
    else { return }
    let name = declaration.name
    let start = SourceLocation(
      line: calleeSpan.end.line, column: max(1, calleeSpan.end.column - name.unicodeScalars.count))
    let kind = declaration.selfParameter == nil ? "associated function" : "method"
    var diagnostic = Diagnostic(
      "\(kind) `\(name)` is private", at: SourceSpan(start: start, end: calleeSpan.end))
    diagnostic.code = "E0624"
    diagnostics.append(diagnostic)
  }
}
