/// What a finished child process left behind.
struct ProcessResult: Sendable, Equatable {
  var stdout: String
  var stderr: String
  /// The exit status as a shell reports it: 128 + the signal number when killed by one.
  var status: Int32
  /// True when it ran past its time limit and was killed.
  var timedOut = false
}
