import Testing

/// The one serialized parent suite for every test that starts ncurses (in-process or in a real
/// binary under tmux). ncurses is process-wide state and tmux sessions compete for the two cores,
/// so such suites must never run at the same time as each other.
///
/// Add a suite that touches ncurses or tmux by nesting it here, in its own file:
///
///     extension TerminalTests {
///       @Suite struct MyScreenEndToEndTests {
///         @Test func opensAndQuits() throws { … }
///       }
///     }
///
/// Tests that only build `ScreenBuffer`s or drive `update`/`view` need none of this: keep them
/// outside so they run in parallel.
@Suite(.serialized) struct TerminalTests {}
