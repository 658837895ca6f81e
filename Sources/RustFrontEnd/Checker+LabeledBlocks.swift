/// The checker's side of labeled blocks (`Parser.parseLabeledBlock`).
extension Checker {
  /// True for the body `parseLabeledBlock` makes: its only expression a `break` spanning
  /// exactly the block it leaves with (a written `break 'a { … }` starts at `break`).
  func isLabeledBlock(_ body: Block) -> Bool {
    guard body.statements.isEmpty, let tail = body.tail, case .breakLoop(_, let value?) = tail.kind,
      case .block = value.kind
    else { return false }
    return tail.span == value.span && body.span == value.span
  }

  /// E0695: `break` or `continue` without a label would leave a labeled block.
  func reportUnlabeledJump(isContinue: Bool, at span: SourceSpan) {
    let keyword = isContinue ? "continue" : "break"
    var diagnostic = Diagnostic("unlabeled `\(keyword)` inside of a labeled block", at: span)
    diagnostic.code = "E0695"
    diagnostic.primaryLabel =
      "`\(keyword)` statements that would diverge to or through a labeled block need to bear a label"
    diagnostics.append(diagnostic)
  }

  /// E0696: `continue 'a` where `'a` labels a block, not a loop.
  func reportContinueToBlock(at span: SourceSpan) {
    var diagnostic = Diagnostic("`continue` pointing to a labeled block", at: span)
    diagnostic.code = "E0696"
    diagnostic.primaryLabel = "labeled blocks cannot be `continue`'d"
    diagnostics.append(diagnostic)
  }
}
