import Foundation
import TestSupport
import Testing

/// The real binary's command-line output: a failed write ends with status 74 and one line, not a
/// crash; text from files, file names and programs reaches the terminal inert, except a program's
/// own standard output in `run`, which stays byte for byte.
@Suite struct CommandOutputTests {
  static let printsALot = """
    fn main() {
        for i in 0..200000 {
            println!("{}", i);
        }
    }

    """

  static func scratch(_ files: [String: String]) throws -> TemporaryDirectory {
    let temporary = try TemporaryDirectory()
    for (name, text) in files {
      let url = temporary.url.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return temporary
  }

  // MARK: - Write errors

  @Test(arguments: MemtutorCommand.builds)
  func runIntoAFullDiskSaysSoAndExits74(build: MemtutorBuild) throws {
    let temporary = try Self.scratch(["big.rs": Self.printsALot])
    let result = try MemtutorCommand.run(
      "\"$MEMTUTOR\" run big.rs > /dev/full", in: temporary.url, build: build)
    #expect(result.status == 74, "\(build) binary")
    #expect(result.stderr == "memtutor: write error: No space left on device\n", "\(build) binary")
  }

  @Test(arguments: MemtutorCommand.builds)
  func runIntoAClosedPipeSaysSoAndExits74(build: MemtutorBuild) throws {
    let temporary = try Self.scratch(["big.rs": Self.printsALot])
    let result = try MemtutorCommand.run(
      "{ \"$MEMTUTOR\" run big.rs; echo $? > status; } | head -c 1 > /dev/null", in: temporary.url,
      build: build)
    let status = try String(contentsOf: temporary.url.appendingPathComponent("status"), encoding: .utf8)
    #expect(status == "74\n", "\(build) binary")
    #expect(result.stderr == "memtutor: write error: Broken pipe\n", "\(build) binary")
  }

  @Test(arguments: [
    "trace big.rs", "trace --json big.rs", "check --no-rustc lesson.rs", "list", "progress",
    "render big.rs --step 1",
  ])
  func everyCommandIntoAFullDiskFails(command: String) throws {
    let temporary = try Self.scratch([
      "big.rs": "fn main() {\n    let x = 1;\n    println!(\"{}\", x);\n}\n",
      "lesson.rs": "//! title: A lesson\n//! summary: One line.\n\nfn main() {\n    let x = 1;\n}\n",
    ])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" \(command) > /dev/full", in: temporary.url)
    #expect(result.status == 74, "memtutor \(command): \(result.stderr)")
    #expect(result.stderr.hasSuffix("memtutor: write error: No space left on device\n"), "\(result.stderr)")
  }

  @Test func traceStopsAtItsOutputBudget() throws {
    let temporary = try Self.scratch(["big.rs": Self.printsALot])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" trace --max-output 20KiB big.rs", in: temporary.url)
    #expect(result.status == 3)
    #expect(result.stdout.utf8.count < 20 * 1024 + 4096)
    #expect(result.stdout.hasPrefix("memtutor trace of big.rs"))
    #expect(result.stderr.contains("stopped the trace after 20480 bytes (output budget, --max-output)"))
  }

  @Test func traceJSONStaysValidWhenCutShort() throws {
    let loops =
      "fn main() {\n    let mut sum: u64 = 0;\n    for i in 0..200000 {\n        sum += i;\n    }\n}\n"
    let temporary = try Self.scratch(["big.rs": loops])
    let result = try MemtutorCommand.run(
      "\"$MEMTUTOR\" trace --json --max-output 20KiB big.rs", in: temporary.url)
    #expect(result.status == 3)
    let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let steps = try #require(document?["steps"] as? [Any])
    #expect(!steps.isEmpty && steps.count < 1000)
  }

  // MARK: - Escape sequences

  @Test func runsDiagnosticsShowTheOffendingLineInert() throws {
    let temporary = try Self.scratch([
      "osc.rs": "fn main() {\n    let x\u{1b}]0;PWNED\u{07} = \"a\u{1b}[2Jb\u{9b}c\";\n}\n"
    ])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" run osc.rs", in: temporary.url)
    #expect(result.status == 65)
    #expect(!MemtutorCommand.containsTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
    #expect(result.stderr.contains("let x\\x1b]0;PWNED\\x07"))
  }

  @Test func aProgramsStandardOutputIsByteExactButItsStandardErrorIsInert() throws {
    let temporary = try Self.scratch([
      "print.rs": """
      fn main() {
          println!("out \\u{1b}[31mred\\u{1b}[0m \\u{202e}");
          eprintln!("err \\u{1b}]0;title\\u{7} \\u{202e}rtl");
      }

      """
    ])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" run print.rs", in: temporary.url)
    #expect(result.status == 0)
    #expect(result.stdout == "out \u{1b}[31mred\u{1b}[0m \u{202e}\n")
    #expect(result.stderr == "err \\x1b]0;title\\x07 \\u{202e}rtl\n")
  }

  @Test func listShowsALessonTitleInert() throws {
    let title = "Evil\u{1b}]0;TITLE\u{07}\u{1b}[2J\u{1b}]52;c;cHduZWQ=\u{07}\u{202e}"
    let temporary = try Self.scratch([
      "extra/evil.rs":
        "//! title: \(title)\n//! summary: Sum\u{1b}[2Jmary.\n\nfn main() {\n    let x = 1;\n}\n"
    ])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" list --lessons extra", in: temporary.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Evil\\x1b]0;TITLE"))
    #expect(!MemtutorCommand.containsTerminalControl(result.stdout), "\(result.stdout.debugDescription)")
    #expect(!MemtutorCommand.containsTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
  }

  @Test(arguments: ["check --no-rustc", "trace", "run"])
  func fileNamesAreShownInert(command: String) throws {
    let name = "bad\u{1b}]0;X\u{07}.rs"
    let temporary = try Self.scratch([name: "fn main() {\n    let x: u8 = \"a\";\n}\n"])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" \(command) bad*.rs", in: temporary.url)
    #expect(result.status != 0)
    #expect(result.stdout.contains("bad\\x1b]0;X\\x07.rs") || result.stderr.contains("bad\\x1b]0;X\\x07.rs"))
    #expect(!MemtutorCommand.containsTerminalControl(result.stdout), "\(result.stdout.debugDescription)")
    #expect(!MemtutorCommand.containsTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
  }

  @Test(arguments: [
    "\"$MEMTUTOR\" \"$(printf 'x\\033]0;T\\007')\"",
    "\"$MEMTUTOR\" run a.rs --stack-size \"$(printf '\\033[2J')\"",
    "\"$MEMTUTOR\" \"$(printf '\\342\\200\\256evil')\"",
  ])
  func messagesAboutArgumentsAreInert(script: String) throws {
    let temporary = try Self.scratch(["a.rs": "fn main() {}\n"])
    let result = try MemtutorCommand.run(script, in: temporary.url)
    #expect(result.status != 0)
    #expect(result.stderr.contains("Error:"))
    #expect(!MemtutorCommand.containsTerminalControl(result.stderr), "\(result.stderr.debugDescription)")
  }

  @Test func progressShowsItsNoticeInert() throws {
    let temporary = try Self.scratch(["state/memtutor/progress.json": "{\"lessons\": \u{1b}]0;X\u{07}"])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" progress", in: temporary.url)
    #expect(result.status == 0)
    #expect(result.stderr.contains("moved to"))
    #expect(!MemtutorCommand.containsTerminalControl(result.stderr + result.stdout))
  }
}
