/// Read-only data placed in the binary: string literals (and `static`/`const` items).
struct StaticItem: Sendable, Equatable {
  enum Section: String, Sendable {
    case rodata = ".rodata"
    case data = ".data"
  }

  var address: UInt64
  var bytes: [UInt8]
  var section: Section
  /// What the program calls it: the literal's text or the static's name.
  var label: String
  /// Line where it first appears in the source.
  var line: Int
}
