/// What is fixed before a program runs: its source, its frame layouts and its static data.
struct ProgramImage: Sendable {
  var path: String
  var source: String
  var layouts: [FrameLayout]
  var statics: [StaticItem]
  /// The modelled stack limit in bytes (8 MiB unless `--stack-size` says otherwise).
  var stackLimit: Int
  /// The modelled address of the stack's top (main's frame starts just below it).
  var stackTop: UInt64
}
