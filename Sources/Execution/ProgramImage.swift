import MemoryModel

/// What is fixed before a program runs: its source, its frame layouts and its static data.
package struct ProgramImage: Sendable {
  package var path: String
  package var source: String
  package var layouts: [FrameLayout]
  package var statics: [StaticItem]
  /// The modelled stack limit in bytes (8 MiB unless `--stack-size` says otherwise).
  package var stackLimit: Int
  /// The modelled address of the stack's top (main's frame starts just below it).
  package var stackTop: UInt64
  /// The end of the stack mapping: the bytes from `stackTop` up to it were in use before
  /// `main` (arguments, environment, the runtime's frames) and count against `stackLimit`.
  package var stackRegionEnd: UInt64
  package var stackInUseBeforeMain: Int { Int(stackRegionEnd - stackTop) }
  /// Field names of named structs (`Person` → `name`, `age`) and of struct-like enum
  /// variants (`Shape::Rect` → `w`, `h`), in declaration order, for drawing values.
  package var fieldNames: [String: [String]] = [:]
  /// Whether the program calls `io::stdin()`: the tutor then says where its input comes from.
  package var readsStandardInput = false

  package init(
    path: String, source: String, layouts: [FrameLayout], statics: [StaticItem], stackLimit: Int,
    stackTop: UInt64, stackRegionEnd: UInt64? = nil
  ) {
    self.stackRegionEnd = max(stackTop, stackRegionEnd ?? stackTop)
    self.path = path
    self.source = source
    self.layouts = layouts
    self.statics = statics
    self.stackLimit = stackLimit
    self.stackTop = stackTop
  }
}
