/// Read-only data placed in the binary: string literals (and `static`/`const` items).
package struct StaticItem: Sendable, Equatable {
  package enum Section: String, Sendable {
    case rodata = ".rodata"
    case data = ".data"
  }

  package var address: UInt64
  package var bytes: [UInt8]
  package var section: Section
  /// What the program calls it: the literal's text or the static's name.
  package var label: String
  /// Line where it first appears in the source.
  package var line: Int

  package init(address: UInt64, bytes: [UInt8], section: Section, label: String, line: Int) {
    self.address = address
    self.bytes = bytes
    self.section = section
    self.label = label
    self.line = line
  }
}
