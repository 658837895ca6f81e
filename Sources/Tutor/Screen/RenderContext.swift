/// What every panel needs besides its data: the colours and the line characters.
struct RenderContext: Sendable {
  var theme: Theme
  var glyphs: BoxDrawing

  init(theme: Theme = .dark, glyphs: BoxDrawing = .unicode) {
    self.theme = theme
    self.glyphs = glyphs
  }

  subscript(role: ThemeRole) -> Style { theme[role] }
}
