/// `mod name { … }`, visibility and `type Name<T> = Target;`.
extension Parser {
  /// `pub`, `pub(crate)`, `pub(super)`, `pub(self)`; `pub(in path)` is refused.
  @discardableResult
  package func skipVisibility() throws -> Visibility {
    guard eat(.pub) else {
      lastVisibility = .private
      return .private
    }
    lastVisibility = .public
    if check(.openParen) {
      let close = partners[position]
      if close == position + 2 {
        switch kind(at: 1) {
        case .keyword(.crate): lastVisibility = .public
        case .keyword(.super): lastVisibility = .parentModule
        case .keyword(.self): lastVisibility = .private
        default:
          throw Diagnostic.unsupported("`pub(…)` other than `pub(crate)`, `pub(super)`", at: current.span)
        }
      } else {
        throw Diagnostic.unsupported("the `pub(in …)` visibility", at: current.span)
      }
      position = close + 1
    }
    return lastVisibility
  }

  func parseModule(start: SourceLocation) throws -> ModuleDecl {
    advance()
    let (name, nameSpan) = try expectIdentifier()
    if check(.semicolon) {
      throw Diagnostic.unsupported("modules in other files (`mod \(name);`)", at: span(from: start))
    }
    guard check(.openBrace) else { throw unexpected("`{` or `;`") }
    let close = partners[position]
    advance()
    skipInnerAttributes()
    var items: [Item] = []
    var visibilities: [Visibility] = []
    while position < close {
      let itemStart = position
      let reportedBefore = diagnostics.count
      do {
        if let item = try parseItem() {
          items.append(item)
          visibilities.append(lastItemVisibility)
        }
      } catch {
        report(error, unlessAlreadyReportedSince: reportedBefore)
        recover(from: itemStart, failedAt: position, insideBlock: false)
        if position > close { position = close }
      }
    }
    position = close + 1
    return ModuleDecl(
      name: name, nameSpan: nameSpan, items: items, itemVisibilities: visibilities, span: span(from: start))
  }

  func parseTypeAlias(start: SourceLocation) throws -> TypeAliasDecl {
    advance()
    let (name, nameSpan) = try expectIdentifier()
    var parameters: [String] = []
    if eat(.less) {
      while !eat(.greater) {
        guard case .identifier(let parameter) = current.kind, check(.comma, at: 1) || check(.greater, at: 1)
        else {
          throw Diagnostic.unsupported("type aliases with lifetimes or bounds", at: current.span)
        }
        parameters.append(parameter)
        advance()
        _ = eat(.comma)
      }
    }
    try expect(.equal)
    let target = try parseType()
    try expect(.semicolon)
    return TypeAliasDecl(
      name: name, nameSpan: nameSpan, parameters: parameters, target: target, span: span(from: start))
  }
}
