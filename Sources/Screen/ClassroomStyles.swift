/// The styles the menu, question and presenter screens draw with.
package struct ClassroomStyles: Sendable, Equatable {
  package var title = Style(foreground: .cyan, bold: true)
  package var border = Style(foreground: .cyan, bold: true)
  package var text = Style()
  package var dim = Style(dim: true)
  package var option = Style(bold: true)
  package var selected = Style(foreground: .black, background: .cyan, bold: true)
  package var input = Style(reverse: true)
  package var right = Style(foreground: .green, bold: true)
  package var wrong = Style(foreground: .red, bold: true)
  package var warning = Style(foreground: .yellow, bold: true)
  package var status = Style(foreground: .black, background: .cyan)
  package var statusKey = Style(foreground: .black, background: .cyan, bold: true)

  package static let standard = ClassroomStyles()
  package static let monochrome = ClassroomStyles(
    title: Style(bold: true), border: Style(bold: true), text: Style(), dim: Style(dim: true),
    option: Style(bold: true), selected: Style(bold: true, reverse: true), input: Style(reverse: true),
    right: Style(bold: true), wrong: Style(bold: true, underline: true),
    warning: Style(bold: true, underline: true), status: Style(reverse: true),
    statusKey: Style(bold: true, reverse: true))
}

extension ClassroomStyles {
  /// The classroom screens in a theme's colours, so `--theme` and `NO_COLOR` reach them too.
  package init(theme: Theme) {
    self.init(
      title: theme[.panelTitle], border: theme[.highlight], text: theme[.narration], dim: theme[.modelLabel],
      option: theme[.slotName], selected: theme[.currentLine], input: theme[.changedValue],
      right: theme[.justRunMarker], wrong: theme[.warning], warning: theme[.warning], status: theme[.status],
      statusKey: theme[.statusKey])
  }
}
