import RustFrontEnd

/// A `{kind name}` hole in narration or a question, filled from the trace at a step.
///
/// Numbers in a lesson come from the run itself, so they cannot drift from what the
/// program does: `{cap v}` is whatever the capacity of `v` is at that step.
package struct Placeholder: Sendable, Equatable {
  package enum Kind: String, Sendable, CaseIterable {
    /// Length of a `String`, `Vec`, slice, `&str` or array.
    case len
    /// Capacity of a `String` or `Vec`.
    case cap
    /// Bytes of the variable's stack slot.
    case size
    /// Address of the variable's stack slot.
    case addr
    /// Address the variable points to (its heap block for `String`/`Vec`/`Box`/`Rc`).
    case heap
    /// Bytes of the heap block the variable points to.
    case block
    /// The variable's value (integers, booleans, characters, floats, text).
    case value
    /// Strong count of the `Rc` the variable holds.
    case strong
    /// Weak count of the `Rc` the variable holds.
    case weak
    /// Modelled size of the innermost frame, or of the named function's frame.
    case frame
    /// Number of frames on the stack.
    case frames
    /// Bytes of stack in use.
    case stack
    /// The modelled stack limit in bytes.
    case limit
    /// The most frames the stack has held so far.
    case deepest
    /// Live heap blocks.
    case blocks
    /// Heap blocks leaked so far.
    case leaked
    /// The exit status the program ends with (134 after a stack overflow, 101 after a panic).
    case exit

    /// Whether the kind names a variable (`{len v}`), may name a function (`{frame f}`)
    /// or takes nothing (`{frames}`).
    package var argument: Argument {
      switch self {
      case .len, .cap, .size, .addr, .heap, .block, .value, .strong, .weak: .variable
      case .frame: .optionalFunction
      case .frames, .stack, .limit, .deepest, .blocks, .leaked, .exit: .none
      }
    }

    package enum Argument: Sendable { case variable, optionalFunction, none }

    /// Whether the value is a number of bytes (a question shows "bytes" after it).
    package var countsBytes: Bool {
      switch self {
      case .size, .block, .frame, .stack, .limit: true
      default: false
      }
    }
  }

  /// Which state the placeholder reads: after the step (the default) or just before it.
  package enum Timing: String, Sendable { case after, before }

  package var kind: Kind
  /// The variable (or, for `frame`, function) named, if any.
  package var name: String?
  /// `main::v` reads `v` in the innermost frame of `main`; nil means the innermost frame.
  package var function: String?
  package var timing: Timing = .after
  /// Where the placeholder sits in the lesson file (its `{`).
  package var location: SourceLocation

  /// The text a teacher writes for it, for messages.
  package var spelling: String {
    var parts = [kind.rawValue]
    if let name {
      parts.append(function.map { "\($0)::\(name)" } ?? name)
    }
    if timing == .before { parts.append("before") }
    return "{" + parts.joined(separator: " ") + "}"
  }

  package init(
    kind: Kind, name: String? = nil, function: String? = nil, timing: Timing = .after,
    location: SourceLocation
  ) {
    self.kind = kind
    self.name = name
    self.function = function
    self.timing = timing
    self.location = location
  }
}
