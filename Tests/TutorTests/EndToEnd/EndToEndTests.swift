import Testing

/// The one serialized parent suite for every test that runs the real binary under tmux: tmux
/// sessions compete for the machine's cores, so they must not run at the same time as each other.
///
/// Add such a suite by nesting it here, in its own file:
///
///     extension EndToEndTests {
///       @Suite struct MyScreenEndToEndTests {
///         @Test func opensAndQuits() throws { … }
///       }
///     }
@Suite(.serialized) struct EndToEndTests {}
