/// What a finished child process left behind.
package struct ProcessResult: Sendable, Equatable {
  package var stdout: String
  package var stderr: String
  /// The exit status as a shell reports it: 128 + the signal number when killed by one.
  package var status: Int32
  /// True when it ran past its time limit and was killed.
  package var timedOut = false
}
