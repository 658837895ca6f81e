import MemoryModel
import RustFrontEnd

extension Compiler {
  /// `"text".into()`: `String::from(text)`, or, where the call's type settled to
  /// `Box<dyn Error>`, std's `From<&str> for Box<dyn Error>`: the text copied into a `String`,
  /// moved into a boxed `StringError`, and the box paired with that type's vtable.
  func compileTextInto(_ arguments: [TypedExpr], expr: TypedExpr) {
    guard let text = arguments.first else { return }
    let string =
      resolved(text.type) == .string
      ? text : TypedExpr(kind: .builtin(.strToString, arguments: [text]), type: .string, span: expr.span)
    guard case .box = resolved(expr.type) else {
      compileValue(string)
      return
    }
    let errorType = TypeTerm.structure(Checker.stringErrorName)
    let value = TypedExpr(
      kind: .structLiteral(name: Checker.stringErrorName, fields: [(0, string)], base: nil), type: errorType,
      span: expr.span)
    let boxed = TypedExpr(kind: .builtin(.boxNew, arguments: [value]), type: .box(errorType), span: expr.span)
    let object = TypedExpr(
      kind: .coerce(.traitObject(vtable: "<\(Checker.stringErrorName) as Error>", mutable: false), boxed),
      type: expr.type, span: expr.span)
    compileValue(object)
  }
}
