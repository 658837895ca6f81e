/// The styles the menu, question and presenter screens draw with.
struct ClassroomStyles: Sendable, Equatable {
  var title = Style(foreground: .cyan, bold: true)
  var border = Style(foreground: .cyan, bold: true)
  var text = Style()
  var dim = Style(dim: true)
  var option = Style(bold: true)
  var selected = Style(foreground: .black, background: .cyan, bold: true)
  var input = Style(reverse: true)
  var right = Style(foreground: .green, bold: true)
  var wrong = Style(foreground: .red, bold: true)
  var warning = Style(foreground: .yellow, bold: true)
  var status = Style(foreground: .black, background: .cyan)
  var statusKey = Style(foreground: .black, background: .cyan, bold: true)

  static let standard = ClassroomStyles()
  static let monochrome = ClassroomStyles(
    title: Style(bold: true), border: Style(bold: true), text: Style(), dim: Style(dim: true),
    option: Style(bold: true), selected: Style(bold: true, reverse: true), input: Style(reverse: true),
    right: Style(bold: true), wrong: Style(bold: true, underline: true),
    warning: Style(bold: true, underline: true), status: Style(reverse: true),
    statusKey: Style(bold: true, reverse: true))
}

extension ClassroomStyles {
  /// The classroom screens in a theme's colours, so `--theme` and `NO_COLOR` reach them too.
  init(theme: Theme) {
    self.init(
      title: theme[.panelTitle], border: theme[.highlight], text: theme[.narration], dim: theme[.modelLabel],
      option: theme[.slotName], selected: theme[.currentLine], input: theme[.changedValue],
      right: theme[.justRunMarker], wrong: theme[.warning], warning: theme[.warning], status: theme[.status],
      statusKey: theme[.statusKey])
  }
}
