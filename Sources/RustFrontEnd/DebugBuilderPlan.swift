/// A `Formatter::debug_struct("P").field("x", &self.x)….finish()` chain as one call: what the
/// builder is, and what each of its calls adds, in order. The call's arguments are the
/// formatter, then one value per `field`/`entry` (two for a map's `entry`, one collection for
/// `entries`); a value whose type has a hand-written `Debug` comes as the result of its `fmt`
/// call, whose text the interpreter takes from that call's formatter.
package struct DebugBuilderPlan: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    /// `debug_struct(name)`
    case structure(String)
    /// `debug_tuple(name)`
    case tuple(String)
    case list
    case set
    case map
  }

  package enum Step: Sendable, Hashable {
    /// `field(name, &value)` (a struct's), `field(&value)` (a tuple's) or `entry(&value)`.
    case field(name: String?, rendered: Bool)
    /// A map's `entry(&key, &value)`.
    case mapEntry(keyRendered: Bool, valueRendered: Bool)
    /// `entries(collection)`: every element of the collection (a map's pairs for `debug_map`).
    case entries
  }

  package var kind: Kind
  package var steps: [Step]
  /// Ended by `finish_non_exhaustive()` (a struct's `..`) rather than `finish()`.
  package var nonExhaustive: Bool

  package init(kind: Kind, steps: [Step], nonExhaustive: Bool) {
    self.kind = kind
    self.steps = steps
    self.nonExhaustive = nonExhaustive
  }

  /// How many of the call's values are `fmt` results rather than values.
  package var renderedCount: Int {
    steps.reduce(0) { count, step in
      switch step {
      case .field(_, let rendered): count + (rendered ? 1 : 0)
      case .mapEntry(let key, let value): count + (key ? 1 : 0) + (value ? 1 : 0)
      case .entries: count
      }
    }
  }
}
