#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Monotonic wall time and process CPU time, in seconds.
package enum TerminalClock {
  package static func now() -> Double { read(CLOCK_MONOTONIC) }

  package static func cpuTime() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }
  /// CPU time of the calling thread alone (a test's measure, unaffected by other tests running).
  package static func threadCPUTime() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

  private static func read(_ clock: clockid_t) -> Double {
    var time = timespec()
    guard clock_gettime(clock, &time) == 0 else { return 0 }
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
  }
}
