/// Where a step's narration comes from: a lesson's own words for some steps. Steps it has
/// no text for get narration generated from the trace's events (`Narrator`).
struct NarrationSource: Sendable {
  /// Shown as the narration panel's title (a lesson's name), when set.
  var title: String?
  /// The text for a step (0-based trace position), or nil to fall back to the generated one.
  var text: @Sendable (_ step: Int) -> String?
  /// Source lines (1-based) that hold the lesson's own markup, which the Code panel leaves out.
  var hiddenLines: Set<Int>

  init(
    title: String? = nil, hiddenLines: Set<Int> = [], text: @escaping @Sendable (_ step: Int) -> String?
  ) {
    self.title = title
    self.hiddenLines = hiddenLines
    self.text = text
  }
}
