import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of another program as a whole process: wall time, its own peak memory (from
/// `wait4`, so the parent's memory is not mixed in) and exit status. Output goes to /dev/null.
struct ProcessMeasure: Sendable {
  var seconds: Double
  var peakBytes: Int
  var status: Int32

  /// Runs `executable` with `arguments`; nil when it cannot be started.
  static func run(_ executable: String, _ arguments: [String]) -> ProcessMeasure? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { return nil }
    }
    let elapsed = Benchmark.seconds(clock.now - start)
    // WIFEXITED / WEXITSTATUS; a signal shows as 128 + its number, as a shell says.
    let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ProcessMeasure(seconds: elapsed, peakBytes: Int(usage.ru_maxrss) * 1024, status: exitStatus)
  }
}
