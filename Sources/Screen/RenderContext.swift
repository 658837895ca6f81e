/// What every panel needs besides its data: the colours and the line characters.
package struct RenderContext: Sendable {
  package var theme: Theme
  package var glyphs: BoxDrawing

  package init(theme: Theme = .dark, glyphs: BoxDrawing = .unicode) {
    self.theme = theme
    self.glyphs = glyphs
  }

  package subscript(role: ThemeRole) -> Style { theme[role] }
}
