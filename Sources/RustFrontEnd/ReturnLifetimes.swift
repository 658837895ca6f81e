/// What a function's signature says about the references it returns: which parameters the
/// returned value may borrow from, as its lifetimes (named or elided) connect them.
package struct ReturnLifetimes: Sendable, Equatable {
  package enum Flow: Sendable, Equatable {
    /// The result borrows nothing the parameter holds.
    case none
    /// The result may hold the parameter's own reference (or, by value, anything it holds).
    case whole
    /// Only references the parameter's referent holds (`&self` of `Excerpt<'a>` returning `&'a str`).
    case inner
  }

  /// Per parameter, `self` first.
  package var flows: [Flow]
  /// Per parameter, every lifetime its type names (elided ones get names starting with `#`).
  package var parameterLifetimes: [Set<String>]
  /// Per parameter, the lifetime of its own outermost `&` (nil for a parameter by value).
  package var parameterOuterLifetimes: [String?] = []
  /// Per parameter, its name and whether its type has a lifetime left out.
  package var parameterNames: [String]
  package var parameterHasElidedLifetime: [Bool]
  /// The lifetimes of the returned type, after elision.
  package var returned: Set<String>
  /// Pairs `(a, b)` meaning `'a: 'b`, implied by well-formed parameter types (`&'b T<'a>`).
  package var outlives: Set<[String]>
  /// `&'a mut self` in `impl<'a> Parser<'a>`: `&mut` makes `Parser<'a>` invariant, so the
  /// receiver stays borrowed for as long as the value itself lives on.
  package var selfBorrowedForItsOwnLifetime = false
  /// Per parameter that is a `&mut`, the other parameters whose values its referent may come
  /// to hold: those naming a lifetime or type parameter of the referent's type
  /// (`fn add(&mut self, s: &'a str)` in `impl<'a> Holder<'a>`, `fn push(&mut self, x: T)`).
  /// `.inner` when only what the parameter's referent holds can be stored (`x: &T` of a `T: Copy`).
  package var storedInto: [[Int: Flow]] = []

  /// True when a value of lifetime `lifetime` may be returned.
  package func mayReturn(_ lifetime: String) -> Bool {
    outlivesAny(lifetime, of: returned)
  }

  /// True when `lifetime` is `'static`, one of `targets`, or known to outlive one of them.
  package func outlivesAny(_ lifetime: String, of targets: Set<String>) -> Bool {
    let returned = targets
    if lifetime == "static" || returned.contains(lifetime) { return true }
    var reached: Set<String> = [lifetime]
    var frontier = [lifetime]
    while let next = frontier.popLast() {
      for pair in outlives where pair[0] == next && reached.insert(pair[1]).inserted {
        if returned.contains(pair[1]) { return true }
        frontier.append(pair[1])
      }
    }
    return false
  }

  /// The first named lifetime of the return type, as rustc names it in E0621.
  package var returnedName: String? {
    Self.firstNamed(returned)
  }

  static func firstNamed(_ lifetimes: Set<String>) -> String? {
    lifetimes.filter { !$0.hasPrefix("#") && $0 != "static" }.sorted().first
  }
}
