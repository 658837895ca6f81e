import Glibc
import Terminal
import Testing

/// The signal flag is one object: what the handler records (here, from this test module, which
/// inlines nothing of Terminal's) is what the loop takes.
@Suite(.serialized) struct TerminalSignalsTests {
  @Test func aRecordedSignalIsSeenOnceThenCleared() {
    _ = TerminalSignals.takePending()
    TerminalSignals.record(SIGTERM)
    #expect(TerminalSignals.hasPending)
    #expect(TerminalSignals.takePending() == SIGTERM)
    #expect(!TerminalSignals.hasPending)
    #expect(TerminalSignals.takePending() == nil)
  }

  @Test func exitStatusesAreTheShellsConvention() {
    #expect(TerminalSignals.exitStatus(for: SIGINT) == 130)
    #expect(TerminalSignals.exitStatus(for: SIGTERM) == 143)
    #expect(TerminalSignals.exitStatus(for: SIGHUP) == 129)
  }
}
