import Testing

/// The one serialized parent suite for every test that starts ncurses in this process: ncurses
/// is process-wide state, so such suites must never run at the same time as each other. (Tests
/// that run the real binary under tmux live in `TutorTests`' `EndToEndTests`.)
///
/// Add a suite that touches ncurses by nesting it here, in its own file:
///
///     extension TerminalTests {
///       @Suite struct MyScreenTests {
///         @Test func drawsAndCloses() throws { … }
///       }
///     }
///
/// Tests that only build `ScreenBuffer`s or drive `update`/`view` need none of this: keep them
/// outside so they run in parallel.
@Suite(.serialized) struct TerminalTests {}
