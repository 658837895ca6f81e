import Foundation

/// CPU time a running process has used, from /proc/PID/stat (Linux).
package enum ProcessCPU {
  package struct Unavailable: Error, CustomStringConvertible {
    package let pid: Int32
    package var description: String { "cannot read the CPU time of process \(pid) from /proc" }
  }

  /// User + system CPU seconds used by `pid` so far.
  package static func seconds(pid: Int32) throws -> Double {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let nameEnd = stat.lastIndex(of: ")")
    else { throw Unavailable(pid: pid) }
    // Fields after "pid (name)": state is field 3, utime 14 and stime 15 (1-based).
    let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
    guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
      throw Unavailable(pid: pid)
    }
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    return (user + system) / ticksPerSecond
  }
}
