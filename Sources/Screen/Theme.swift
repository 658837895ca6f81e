/// A colour scheme: one style per `ThemeRole`.
///
/// `mono` uses only bold, dim, reverse and underline, for `NO_COLOR` and terminals
/// without colour.
package struct Theme: Sendable {
  package enum Name: String, Sendable, CaseIterable {
    case dark
    case light
    case highContrast = "high-contrast"
    case mono
  }

  package let name: Name
  private let styles: [Style]

  package init(name: Name, styles: [ThemeRole: Style]) {
    self.name = name
    self.styles = ThemeRole.allCases.map { styles[$0] ?? .plain }
  }

  package subscript(role: ThemeRole) -> Style {
    styles[role.rawValue]
  }

  package static func named(_ name: Name) -> Theme {
    switch name {
    case .dark: dark
    case .light: light
    case .highContrast: highContrast
    case .mono: mono
    }
  }

  /// The theme to use when none was asked for: `mono` when `NO_COLOR` is set (to anything
  /// but the empty string), `dark` otherwise.
  package static func preferred(environment: [String: String]) -> Theme {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return mono }
    return dark
  }

  /// Whether any role uses a colour (mono must not).
  package var usesColour: Bool {
    styles.contains { $0.foreground != .default || $0.background != .default }
  }
}
